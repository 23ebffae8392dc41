import { withJudgeOptions } from "../../judge/index.ts";
import type { Judge } from "../../judge/types.ts";
import { clientOfUser } from "../../lib/rate-limits.ts";
import type { TeamDeps } from "../../teams/deps.ts";

/** What attempts are run and closed with: no HTTP, no auth, so the periodic sweep can use it too. */
export type AttemptDeps = Pick<TeamDeps, "db" | "judge" | "problems" | "rubrics" | "llm" | "now" | "log" | "metrics">;

/** The server's time, from the injected clock when there is one. */
export function nowOf(deps: { now?: (() => Date) | undefined }): Date {
  return deps.now?.() ?? new Date();
}

/**
 * The judge for an attempt's items: a timed clock is running, so they go before practice in
 * the queue, counted against the candidate (or, when the server closes an attempt, no one).
 */
export function attemptJudge(judge: Judge, userId?: string): Judge {
  return withJudgeOptions(judge, { priority: "attempt", ...(userId ? { client: clientOfUser(userId) } : {}) });
}
