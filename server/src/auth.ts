import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Db } from "./db/client.ts";
import * as authSchema from "./db/schema/auth.ts";
import { PASSWORD_LENGTH } from "./lib/accounts.ts";

/** better-auth's log levels; the function gets every line it would print. */
export type AuthLogLevel = "debug" | "info" | "warn" | "error";
export type AuthLog = (level: AuthLogLevel, message: string, ...args: unknown[]) => void;

export interface AuthConfig {
  db: Db;
  /** Where people reach the app, e.g. `https://rehearse.example.com`: the origin sign-in forms are posted from. */
  baseURL: string;
  /** Signs session cookies; at least 32 random characters in production. */
  secret: string;
  /** Other origins allowed to post to `/api/auth/*` (the Vite dev server, another host name). */
  trustedOrigins?: string[];
  /** Where better-auth's own log lines go; the console by default. */
  log?: AuthLog;
  /** The least severe line logged; "warn" by default. */
  logLevel?: AuthLogLevel;
}

export const AUTH_BASE_PATH = "/api/auth";

/**
 * Email-and-password accounts with cookie sessions, kept by drizzle in the app's database.
 * The origin check is on whatever NODE_ENV says (better-auth turns it off under test by
 * default), so the tests exercise what production does.
 */
export function createAuth({ db, baseURL, secret, trustedOrigins = [], log, logLevel = "warn" }: AuthConfig) {
  return betterAuth({
    appName: "Rehearse",
    baseURL,
    basePath: AUTH_BASE_PATH,
    secret,
    trustedOrigins,
    database: drizzleAdapter(db, { provider: "sqlite", schema: authSchema, usePlural: true }),
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: PASSWORD_LENGTH.min,
      maxPasswordLength: PASSWORD_LENGTH.max,
    },
    telemetry: { enabled: false },
    advanced: { disableOriginCheck: false, disableCSRFCheck: false },
    logger: { level: logLevel, ...(log ? { log } : {}) },
  });
}

export type Auth = ReturnType<typeof createAuth>;
/** The signed-in user as better-auth loads it from a session cookie. */
export type SessionUser = NonNullable<Awaited<ReturnType<Auth["api"]["getSession"]>>>["user"];
