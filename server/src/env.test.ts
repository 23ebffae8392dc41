import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadEnv } from "./env.ts";

// A URL other than the default, so tests never create folders inside the repository.
const MEMORY = { DATABASE_URL: ":memory:" };

describe("loadEnv", () => {
  it("fills in the defaults", () => {
    expect(loadEnv(MEMORY)).toEqual({
      NODE_ENV: "development",
      PORT: 3000,
      HOST: "0.0.0.0",
      DATABASE_URL: ":memory:",
      PROBLEMS_DIR: "problems",
      JUDGE_WORKERS: 2,
      JUDGE_MAX_QUEUE: 64,
    });
  });

  it("coerces numbers and keeps optional fields", () => {
    const env = loadEnv({
      ...MEMORY,
      PORT: "8080",
      JUDGE_WORKERS: "4",
      JUDGE_MAX_QUEUE: "10",
      DATABASE_AUTH_TOKEN: "secret",
      PUBLIC_URL: "https://rehearse.example.com",
      NODE_ENV: "production",
    });
    expect(env).toMatchObject({ PORT: 8080, JUDGE_WORKERS: 4, JUDGE_MAX_QUEUE: 10, DATABASE_AUTH_TOKEN: "secret", NODE_ENV: "production" });
    expect(env.PUBLIC_URL).toBe("https://rehearse.example.com");
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
    ["JUDGE_WORKERS", "33"],
    ["JUDGE_MAX_QUEUE", "-1"],
    ["PUBLIC_URL", "not a url"],
    ["NODE_ENV", "staging"],
    ["DATABASE_URL", "postgres://localhost/db"],
  ])("fails fast naming %s when it is %j", (field, value) => {
    expect(() => loadEnv({ ...MEMORY, [field]: value })).toThrow(new RegExp(`^Invalid environment:[\\s\\S]*${field}:`));
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
