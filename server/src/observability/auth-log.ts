import type { AuthLog } from "../auth.ts";
import type { Logger } from "./logger.ts";

/**
 * better-auth logs a refused request ("Invalid origin: …", "Invalid callbackURL: …") at error
 * level, but a stranger's bad request is not the server failing: those become warnings, so
 * error lines keep meaning something an operator must fix.
 */
const REFUSAL = /^Invalid [A-Za-z ]+:/;

/** better-auth's log lines as JSON lines of ours, each tagged with where it came from. */
export function authLogTo(log: Logger): AuthLog {
  return (level, message, ...args) => {
    const err = args.find((arg) => arg instanceof Error);
    const fields = { source: "better-auth", ...(err ? { err } : {}) };
    log[level === "error" && REFUSAL.test(message) ? "warn" : level](fields, message.slice(0, 500));
  };
}
