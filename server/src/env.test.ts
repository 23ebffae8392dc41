import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { authOrigins, DEV_AUTH_SECRET, devSecretWarning, loadDatabaseEnv, loadEnv } from "./env.ts";

// A URL other than the default, so tests never create folders inside the repository.
const MEMORY = { DATABASE_URL: ":memory:" };
const SECRET = "s3cr3t-for-tests-0123456789abcdefghij";

describe("loadEnv", () => {
  it("fills in the defaults", () => {
    expect(loadEnv(MEMORY)).toEqual({
      NODE_ENV: "development",
      PORT: 3000,
      HOST: "0.0.0.0",
      DATABASE_URL: ":memory:",
      PROBLEMS_DIR: "problems",
      JUDGE_WORKERS: availableParallelism(),
      MIGRATE_ON_START: false,
      JUDGE_MAX_QUEUE: 64,
      JUDGE_WORKER_MEMORY_MB: 768,
      JUDGE_MAX_PER_CLIENT: 3,
      DIAGRAM_READ_RATE_LIMIT_PER_MINUTE: 120,
      ANSWER_RATE_LIMIT_PER_MINUTE: 20,
      RUN_RATE_LIMIT_PER_MINUTE: 30,
      SUBMIT_RATE_LIMIT_PER_MINUTE: 10,
      ANONYMOUS_SUBMISSION_RETENTION_DAYS: 7,
      SHUTDOWN_DRAIN_TIMEOUT_MS: 30_000,
      BETTER_AUTH_SECRET: DEV_AUTH_SECRET,
      RUBRICS_DIR: "rubrics",
      OPENAI_MODEL: "gpt-4o-mini",
      OPENAI_TIMEOUT_MS: 30_000,
      LLM_FEEDBACK_PER_USER_PER_DAY: 30,
      SIGN_IN_RATE_LIMIT_PER_MINUTE: 10,
      INVITATION_RATE_LIMIT_PER_MINUTE: 30,
      LOG_LEVEL: "info",
      METRICS_HOST: "127.0.0.1",
    });
  });

  it("takes a known log level, and a metrics port apart from PORT with a token long enough to resist guessing", () => {
    expect(loadEnv({ ...MEMORY, LOG_LEVEL: "warn", METRICS_PORT: "9464", METRICS_TOKEN: "0123456789abcdef" })).toMatchObject({ LOG_LEVEL: "warn", METRICS_PORT: 9464, METRICS_TOKEN: "0123456789abcdef" });
    expect(() => loadEnv({ ...MEMORY, LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL/);
    expect(() => loadEnv({ ...MEMORY, METRICS_PORT: "3000" })).toThrow(/METRICS_PORT: must differ from PORT/);
    expect(() => loadEnv({ ...MEMORY, METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
  });

  it("reads a proxy's address header as a lower-case header name, and refuses anything else", () => {
    expect(loadEnv({ ...MEMORY, PROXY_CLIENT_IP_HEADER: "X-Forwarded-For" }).PROXY_CLIENT_IP_HEADER).toBe("x-forwarded-for");
    expect(() => loadEnv({ ...MEMORY, PROXY_CLIENT_IP_HEADER: "x forwarded: for" })).toThrow(/PROXY_CLIENT_IP_HEADER: must be a header name/);
    expect(() => loadEnv({ ...MEMORY, SIGN_IN_RATE_LIMIT_PER_MINUTE: "0" })).toThrow(/SIGN_IN_RATE_LIMIT_PER_MINUTE/);
  });

  it("holds the abuse limits to their hard ceilings", () => {
    expect(loadEnv({ ...MEMORY, SUBMIT_RATE_LIMIT_PER_MINUTE: "10000", JUDGE_MAX_PER_CLIENT: "64" })).toMatchObject({ SUBMIT_RATE_LIMIT_PER_MINUTE: 10_000, JUDGE_MAX_PER_CLIENT: 64 });
    expect(() => loadEnv({ ...MEMORY, DIAGRAM_READ_RATE_LIMIT_PER_MINUTE: "10001" })).toThrow(/DIAGRAM_READ_RATE_LIMIT_PER_MINUTE/);
    expect(() => loadEnv({ ...MEMORY, JUDGE_MAX_PER_CLIENT: "65" })).toThrow(/JUDGE_MAX_PER_CLIENT/);
    expect(() => loadEnv({ ...MEMORY, ANONYMOUS_SUBMISSION_RETENTION_DAYS: "0" })).toThrow(/ANONYMOUS_SUBMISSION_RETENTION_DAYS/);
    expect(loadEnv({ ...MEMORY, LLM_FEEDBACK_PER_USER_PER_DAY: "5" }).LLM_FEEDBACK_PER_USER_PER_DAY).toBe(5);
    expect(() => loadEnv({ ...MEMORY, LLM_FEEDBACK_PER_USER_PER_DAY: "0" })).toThrow(/LLM_FEEDBACK_PER_USER_PER_DAY/);
    expect(() => loadEnv({ ...MEMORY, LLM_FEEDBACK_PER_USER_PER_DAY: "10001" })).toThrow(/LLM_FEEDBACK_PER_USER_PER_DAY/);
  });

  it("coerces numbers and keeps optional fields", () => {
    const env = loadEnv({
      ...MEMORY,
      PORT: "8080",
      JUDGE_WORKERS: "4",
      JUDGE_MAX_QUEUE: "10",
      JUDGE_WORKER_MEMORY_MB: "2048",
      DATABASE_AUTH_TOKEN: "secret",
      PUBLIC_URL: "https://rehearse.example.com",
      NODE_ENV: "production",
      BETTER_AUTH_SECRET: SECRET,
    });
    expect(env).toMatchObject({ PORT: 8080, JUDGE_WORKERS: 4, JUDGE_MAX_QUEUE: 10, JUDGE_WORKER_MEMORY_MB: 2048, DATABASE_AUTH_TOKEN: "secret", NODE_ENV: "production" });
    expect(env.PUBLIC_URL).toBe("https://rehearse.example.com");
  });

  it("keeps a judge worker's memory ceiling above the largest sandbox plus the worker's own memory", () => {
    // 512 MB sandbox + 128 MB for Node and isolated-vm: lower, an honest large submission would be killed.
    expect(loadEnv({ ...MEMORY, JUDGE_WORKER_MEMORY_MB: "640" }).JUDGE_WORKER_MEMORY_MB).toBe(640);
    expect(() => loadEnv({ ...MEMORY, JUDGE_WORKER_MEMORY_MB: "639" })).toThrow(/JUDGE_WORKER_MEMORY_MB: Too small: expected number to be >=640/);
    expect(loadEnv({ ...MEMORY, JUDGE_WORKER_MEMORY_MB: "4096" }).JUDGE_WORKER_MEMORY_MB).toBe(4096);
  });

  it("treats empty strings as unset", () => {
    const env = loadEnv({ ...MEMORY, PORT: "", PUBLIC_URL: "" });
    expect(env.PORT).toBe(3000);
    expect(env).not.toHaveProperty("PUBLIC_URL");
  });

  it.each([
    ["PORT", "not-a-port"],
    ["PORT", "70000"],
    ["JUDGE_WORKERS", "0"],
    ["JUDGE_WORKERS", "129"],
    ["MIGRATE_ON_START", "perhaps"],
    ["JUDGE_MAX_QUEUE", "-1"],
    ["JUDGE_WORKER_MEMORY_MB", "639"],
    ["JUDGE_WORKER_MEMORY_MB", "4097"],
    ["JUDGE_WORKER_MEMORY_MB", "1e3x"],
    ["PUBLIC_URL", "not a url"],
    ["NODE_ENV", "staging"],
    ["DATABASE_URL", "postgres://localhost/db"],
    ["OPENAI_BASE_URL", "localhost:11434"],
    ["OPENAI_TIMEOUT_MS", "10"],
    ["SHUTDOWN_DRAIN_TIMEOUT_MS", "-1"],
    ["SHUTDOWN_DRAIN_TIMEOUT_MS", "600001"],
  ])("fails fast naming %s when it is %j", (field, value) => {
    expect(() => loadEnv({ ...MEMORY, [field]: value })).toThrow(new RegExp(`^Invalid environment:[\\s\\S]*${field}:`));
  });

  it("requires a real BETTER_AUTH_SECRET in production, and keeps the one given", () => {
    expect(() => loadEnv({ ...MEMORY, NODE_ENV: "production" })).toThrow(/BETTER_AUTH_SECRET: is required in production/);
    expect(() => loadEnv({ ...MEMORY, NODE_ENV: "production", BETTER_AUTH_SECRET: DEV_AUTH_SECRET })).toThrow(/BETTER_AUTH_SECRET: is the public development secret/);
    expect(() => loadEnv({ ...MEMORY, BETTER_AUTH_SECRET: "too-short" })).toThrow(/BETTER_AUTH_SECRET: must be at least 32 characters/);
    expect(loadEnv({ ...MEMORY, NODE_ENV: "production", BETTER_AUTH_SECRET: SECRET }).BETTER_AUTH_SECRET).toBe(SECRET);
  });

  it("trusts sign-ins from PUBLIC_URL, or from localhost on PORT without it", () => {
    expect(authOrigins(loadEnv({ ...MEMORY, PORT: "8080" }))).toEqual({
      baseURL: "http://localhost:8080",
      trustedOrigins: ["http://127.0.0.1:8080", "http://localhost:5173"],
    });
    const production = loadEnv({ ...MEMORY, NODE_ENV: "production", BETTER_AUTH_SECRET: SECRET, PUBLIC_URL: "https://rehearse.example.com/" });
    expect(authOrigins(production)).toEqual({ baseURL: "https://rehearse.example.com", trustedOrigins: [] });
  });

  it("creates the folder of a relative file: database", () => {
    const root = mkdtempSync(join(tmpdir(), "rehearse-env-"));
    try {
      const dbPath = relative(process.cwd(), join(root, "nested", "data", "rehearse.db"));
      loadEnv({ DATABASE_URL: `file:${dbPath}` });
      expect(existsSync(join(root, "nested", "data"))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("loadDatabaseEnv", () => {
  it("reads only the database settings, so the CLI works without the server's secrets", () => {
    expect(loadDatabaseEnv({ NODE_ENV: "production", DATABASE_URL: "libsql://db.example:8080", DATABASE_AUTH_TOKEN: "t" })).toEqual({
      DATABASE_URL: "libsql://db.example:8080",
      DATABASE_AUTH_TOKEN: "t",
    });
  });

  it("still refuses a database URL it cannot open", () => {
    expect(() => loadDatabaseEnv({ DATABASE_URL: "postgres://localhost/db" })).toThrow(/DATABASE_URL/);
  });
});

describe("devSecretWarning", () => {
  it("warns, with the command to fix it, when no secret is set outside production", () => {
    const warning = devSecretWarning(loadEnv(MEMORY));
    expect(warning).toContain("public development secret");
    expect(warning).toContain('BETTER_AUTH_SECRET="$(openssl rand -base64 32)"');
  });

  it("stays quiet with a secret of one's own", () => {
    expect(devSecretWarning(loadEnv({ ...MEMORY, BETTER_AUTH_SECRET: SECRET }))).toBeNull();
  });
});
