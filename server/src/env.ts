import { mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, isAbsolute } from "node:path";
import { z } from "zod";
import { WORKER_MEMORY_MB } from "./judge/limits.ts";
import { LOG_LEVELS } from "./observability/logger.ts";
import { DEFAULT_RATE_LIMITS } from "./lib/rate-limits.ts";

/**
 * Signs session cookies outside production, so `npm start` works out of the box. Anyone can
 * read it here, which is why production refuses to start without BETTER_AUTH_SECRET.
 */
export const DEV_AUTH_SECRET = "rehearse-development-only-secret-never-use-in-production";

/** The Vite dev server's origin (`npx vite --config web/vite.config.ts`), which proxies /api to us. */
const VITE_DEV_ORIGIN = "http://localhost:5173";

const databaseFields = {
  DATABASE_URL: z
    .string()
    .min(1)
    .refine((url) => /^(file:|libsql:|https?:|wss?:|:memory:$)/.test(url), "must be a file:, libsql:, http(s):, ws(s): or :memory: URL")
    .default("file:data/rehearse.db"),
  /** Only for a remote libSQL server (Turso, sqld). */
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
};

/** The one place that reads process.env. Everything else takes its configuration as arguments. */
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    ...databaseFields,
    /** Apply pending migrations at start (under a lock other instances wait for); otherwise a schema behind refuses to start. */
    MIGRATE_ON_START: z.stringbool().default(false),
    PROBLEMS_DIR: z.string().min(1).default("problems"),
    /** Submissions judged at once. Judging is CPU-bound: one worker per core available to this process. */
    JUDGE_WORKERS: z.coerce.number().int().min(1).max(128).default(() => Math.min(availableParallelism(), 128)),
    JUDGE_MAX_QUEUE: z.coerce.number().int().min(0).max(1024).default(64),
    /** Submissions one client (account, or address when signed out) may have waiting or running in the judge. */
    JUDGE_MAX_PER_CLIENT: z.coerce.number().int().min(1).max(64).default(3),
    /** Resident memory per judge worker (MB): the judge holds at most JUDGE_WORKERS times this. */
    JUDGE_WORKER_MEMORY_MB: z.coerce.number().int().min(WORKER_MEMORY_MB.floor).max(WORKER_MEMORY_MB.ceiling).default(WORKER_MEMORY_MB.default),
    /** Where users reach the app: the origin every state-changing request (sign-in included) must come from, and links the server prints. */
    PUBLIC_URL: z.url().optional(),
    /** Signs session cookies: required in production, at least 32 characters (`openssl rand -base64 32`). */
    BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try `openssl rand -base64 32`)").optional(),
    /** Mail for verifying emails and resetting passwords; without it emails stay unverified (see the README). */
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.com" }).optional(),
    /** The sender of that mail: `address` or `Name <address>`. */
    MAIL_FROM: z.string().refine(isMailbox, "must be an email address or `Name <address>`").optional(),
    RUBRICS_DIR: z.string().min(1).default("rubrics"),
    /** Behind a reverse proxy: the header it sets to the client's address (e.g. x-forwarded-for), for rate limits. */
    PROXY_CLIENT_IP_HEADER: z.string().regex(/^[A-Za-z0-9-]+$/, "must be a header name").toLowerCase().optional(),
    /** Sign-in and sign-up attempts allowed per client per minute. */
    SIGN_IN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
    /** Invitation-link lookups allowed per client per minute (links cannot be enumerated). */
    INVITATION_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
    /** Per client per minute: diagram reads, scored answers, runs and submissions (practice and attempts). */
    DIAGRAM_READ_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_RATE_LIMITS.diagramRead),
    ANSWER_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_RATE_LIMITS.answer),
    RUN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_RATE_LIMITS.run),
    SUBMIT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_RATE_LIMITS.submit),
    /** Days a submission made without signing in is kept (nobody can read it back); then the hourly sweep deletes it. */
    ANONYMOUS_SUBMISSION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
    /** On SIGTERM: how long work already accepted may take to finish before the server exits anyway (what is left is judged on the next start). */
    SHUTDOWN_DRAIN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
    /** AI feedback on answers: on with an API key, or with the base URL of an OpenAI-compatible server that needs none. */
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. http://localhost:11434/v1" }).optional(),
    OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
    /** Per attempt; a timed-out request is tried once more. */
    OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(300_000).default(30_000),
    /** AI feedback requests one signed-in user may make per day (each costs a model call). */
    LLM_FEEDBACK_PER_USER_PER_DAY: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_RATE_LIMITS.llmFeedback),
    /** The least severe log line written (JSON, to stdout). */
    LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
    /** Serves /metrics on a listener of its own, at METRICS_HOST (loopback by default), away from the public port. */
    METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
    METRICS_HOST: z.string().min(1).default("127.0.0.1"),
    /** A scrape must send `Authorization: Bearer <token>`; with it /metrics is served on the main port too. */
    METRICS_TOKEN: z.string().min(16, "must be at least 16 characters (try `openssl rand -hex 24`)").optional(),
  })
  .superRefine((env, ctx) => {
    // One without the other is a half-configured mail server: say so now, not when a mail fails.
    if (env.SMTP_URL !== undefined && env.MAIL_FROM === undefined) ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required with SMTP_URL" });
    if (env.MAIL_FROM !== undefined && env.SMTP_URL === undefined) ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "is required with MAIL_FROM" });
    if (env.METRICS_PORT !== undefined && env.METRICS_PORT === env.PORT) ctx.addIssue({ code: "custom", path: ["METRICS_PORT"], message: "must differ from PORT" });
    if (env.NODE_ENV === "production" && env.BETTER_AUTH_SECRET === undefined) {
      ctx.addIssue({ code: "custom", path: ["BETTER_AUTH_SECRET"], message: "is required in production (try `openssl rand -base64 32`)" });
    } else if (env.NODE_ENV === "production" && env.BETTER_AUTH_SECRET === DEV_AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["BETTER_AUTH_SECRET"], message: "is the public development secret; generate your own" });
    }
  })
  .transform((env) => ({ ...env, BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET ?? DEV_AUTH_SECRET }));

export type Env = z.infer<typeof envSchema>;

/** Parses the environment, failing fast with every wrong field named. Empty strings count as unset. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  return parseEnv(envSchema, source);
}

const databaseEnvSchema = z.object(databaseFields);
export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

/** Just the database settings, for the CLI's database commands (which need no secret or mail). */
export function loadDatabaseEnv(source: Record<string, string | undefined> = process.env): DatabaseEnv {
  return parseEnv(databaseEnvSchema, source);
}

function parseEnv<S extends z.ZodType<{ DATABASE_URL: string }>>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  ensureDatabaseDir(parsed.data.DATABASE_URL);
  return parsed.data;
}

/**
 * What `npm start` prints when sessions are signed with the public development secret (allowed
 * outside production): anyone who reads this repository could forge a session cookie.
 */
export function devSecretWarning(env: Pick<Env, "BETTER_AUTH_SECRET">): string | null {
  if (env.BETTER_AUTH_SECRET !== DEV_AUTH_SECRET) return null;
  return [
    "Warning: sessions are signed with the public development secret, so anyone can forge one.",
    "Before anyone else can reach this server, set your own: BETTER_AUTH_SECRET=\"$(openssl rand -base64 32)\" npm start",
  ].join("\n");
}

/**
 * The origins state-changing requests (sign-in included) must come from. Without PUBLIC_URL that is localhost on PORT,
 * with 127.0.0.1 trusted too, and outside production the Vite dev server as well.
 */
export function authOrigins(env: Pick<Env, "NODE_ENV" | "PORT" | "PUBLIC_URL">): { baseURL: string; trustedOrigins: string[] } {
  const dev = env.NODE_ENV === "production" ? [] : [VITE_DEV_ORIGIN];
  if (env.PUBLIC_URL) return { baseURL: new URL(env.PUBLIC_URL).origin, trustedOrigins: dev };
  return { baseURL: `http://localhost:${env.PORT}`, trustedOrigins: [`http://127.0.0.1:${env.PORT}`, ...dev] };
}

/** `a@b.example` or `Name <a@b.example>`, on one line (a line break would let the value add mail headers). */
function isMailbox(value: string): boolean {
  if (/[\r\n]/.test(value)) return false;
  const address = /^[^<>]*<([^<>]+)>$/.exec(value.trim())?.[1] ?? value.trim();
  return z.email().safeParse(address).success;
}

/** libSQL does not create missing folders: make the one a relative `file:` URL points into. */
function ensureDatabaseDir(url: string): void {
  if (!url.startsWith("file:")) return;
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (path === "" || isAbsolute(path) || path.startsWith("//")) return;
  mkdirSync(dirname(path), { recursive: true });
}
