import { mkdirSync } from "node:fs";
import { dirname, isAbsolute } from "node:path";
import { z } from "zod";

/** The one place that reads process.env. Everything else takes its configuration as arguments. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .min(1)
    .refine((url) => /^(file:|libsql:|https?:|wss?:|:memory:$)/.test(url), "must be a file:, libsql:, http(s):, ws(s): or :memory: URL")
    .default("file:data/rehearse.db"),
  /** Only for a remote libSQL server (Turso, sqld). */
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  PROBLEMS_DIR: z.string().min(1).default("problems"),
  JUDGE_WORKERS: z.coerce.number().int().min(1).max(32).default(2),
  JUDGE_MAX_QUEUE: z.coerce.number().int().min(0).max(1024).default(64),
  /** Where users reach the app, when it is behind a proxy; used in links the server prints. */
  PUBLIC_URL: z.url().optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the environment, failing fast with every wrong field named. Empty strings count as unset. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  ensureDatabaseDir(parsed.data.DATABASE_URL);
  return parsed.data;
}

/** libSQL does not create missing folders: make the one a relative `file:` URL points into. */
function ensureDatabaseDir(url: string): void {
  if (!url.startsWith("file:")) return;
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (path === "" || isAbsolute(path) || path.startsWith("//")) return;
  mkdirSync(dirname(path), { recursive: true });
}
