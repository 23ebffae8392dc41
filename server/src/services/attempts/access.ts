import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { type AttemptItemRow, type AttemptRow, attemptItems, attempts } from "../../db/schema/index.ts";
import { ConflictError, NotFoundError } from "../../lib/errors.ts";
import { closeAttempt, isOverdue } from "./close.ts";
import { type AttemptDeps, nowOf } from "./deps.ts";

/**
 * The candidate's own attempt, with the server's clock applied: past its deadline it is closed
 * (as "expired", with what was saved) before anything else happens. Anyone else's is a 404.
 */
export async function findOwnAttempt(deps: AttemptDeps, userId: string, attemptId: string): Promise<AttemptRow> {
  const attempt = await selectAttempt(deps.db, attemptId);
  if (!attempt || attempt.userId !== userId) throw new NotFoundError("No such attempt.");
  return closeIfDue(deps, attempt);
}

/** The attempt after the clock check: closed if overdue, its total finished if a close was interrupted. */
export async function closeIfDue(deps: AttemptDeps, attempt: AttemptRow): Promise<AttemptRow> {
  const unfinished = (attempt.status === "submitted" || attempt.status === "expired") && attempt.awardedPoints === null;
  if (!isOverdue(attempt, nowOf(deps)) && !unfinished) return attempt;
  await closeAttempt(deps, attempt.id, attempt.status === "submitted" ? "submitted" : "expired");
  return (await selectAttempt(deps.db, attempt.id)) ?? attempt;
}

export async function selectAttempt(db: Db, attemptId: string): Promise<AttemptRow | undefined> {
  const [row] = await db.select().from(attempts).where(eq(attempts.id, attemptId)).limit(1);
  return row;
}

/** Writes need the clock running: before the start, after the hand-in or the deadline, a 409 that says which. */
export function assertInProgress(attempt: Pick<AttemptRow, "status">): void {
  if (attempt.status === "in_progress") return;
  if (attempt.status === "not_started") throw new ConflictError("Start the attempt first: the clock starts when you do.");
  if (attempt.status === "submitted") throw new ConflictError("You handed this attempt in: it can no longer change.");
  throw new ConflictError("Time is up: the attempt closed with what you had saved.");
}

export async function findAttemptItem(db: Db, attemptId: string, position: number): Promise<AttemptItemRow> {
  const [item] = Number.isInteger(position)
    ? await db
        .select()
        .from(attemptItems)
        .where(and(eq(attemptItems.attemptId, attemptId), eq(attemptItems.position, position)))
        .limit(1)
    : [];
  if (!item) throw new NotFoundError(`No item ${position} in this attempt.`);
  return item;
}
