import { ConflictError } from "../../lib/errors.ts";
import { findOwnAttempt, selectAttempt } from "./access.ts";
import { closeAttempt } from "./close.ts";
import type { AttemptDeps } from "./deps.ts";
import { type AttemptOverview, attemptOverview } from "./view.ts";

/** Hands the attempt in: what was saved but not submitted is graded, the total written. Finishing a closed attempt changes nothing. */
export async function finishAttempt(deps: AttemptDeps, userId: string, attemptId: string): Promise<AttemptOverview> {
  const attempt = await findOwnAttempt(deps, userId, attemptId);
  if (attempt.status === "not_started") throw new ConflictError("Start the attempt first: there is nothing to hand in yet.");
  if (attempt.status === "in_progress") await closeAttempt(deps, attempt.id, "submitted");
  return attemptOverview(deps, (await selectAttempt(deps.db, attempt.id)) ?? attempt);
}
