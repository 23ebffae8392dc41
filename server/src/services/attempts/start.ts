import { and, eq } from "drizzle-orm";
import { attempts } from "../../db/schema/index.ts";
import { findOwnAttempt, selectAttempt } from "./access.ts";
import { type AttemptDeps, nowOf } from "./deps.ts";
import { type AttemptOverview, attemptOverview } from "./view.ts";

/** Starts the server's clock: the deadline is the start plus the limit pinned on the attempt. Starting again changes nothing. */
export async function startAttempt(deps: AttemptDeps, userId: string, attemptId: string): Promise<AttemptOverview> {
  let attempt = await findOwnAttempt(deps, userId, attemptId);
  if (attempt.status === "not_started") {
    const startedAt = nowOf(deps);
    const deadlineAt = new Date(startedAt.getTime() + attempt.timeLimitMinutes * 60_000);
    await deps.db
      .update(attempts)
      .set({ status: "in_progress", startedAt, deadlineAt })
      .where(and(eq(attempts.id, attempt.id), eq(attempts.status, "not_started")));
    attempt = (await selectAttempt(deps.db, attempt.id)) ?? attempt;
  }
  return attemptOverview(deps, attempt);
}

export async function getAttempt(deps: AttemptDeps, userId: string, attemptId: string): Promise<AttemptOverview> {
  return attemptOverview(deps, await findOwnAttempt(deps, userId, attemptId));
}
