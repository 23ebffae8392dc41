import { and, eq, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { type AttemptItemRow, attemptItems, attempts } from "../../db/schema/index.ts";
import { AppError, LimitExceededError } from "../../lib/errors.ts";
import { silentLogger } from "../../observability/logger.ts";
import type { LlmFeedbackInput } from "../../scoring/llm.ts";
import { judgeSubmission } from "../problems/submit.ts";
import { loadItemContent } from "./content.ts";
import { type AttemptDeps, attemptJudge, nowOf } from "./deps.ts";
import { requestFeedback } from "./feedback.ts";
import { codingGrade, errorGrade, type ItemGrade, rubricGrade, scoreRubricAnswer, storeGrade } from "./grade.ts";

export type ClosedStatus = "submitted" | "expired";
const OPEN_STATUSES = ["not_started", "in_progress"] as const;
const CLOSED_STATUSES = ["submitted", "expired"] as const;

/** How often the server looks for attempts whose time ran out. */
export const ATTEMPT_SWEEP_INTERVAL_MS = 15_000;

/** Closings under way in this process, so a sweep, a results read and the candidate's own request share one. */
const closing = new Map<string, Promise<void>>();

/**
 * Closes an attempt with what was saved: every item with a draft but no grade is judged or
 * scored from the draft, then the total is written. Safe to call again: a closed attempt whose
 * total is missing (the server stopped midway, the judge was full) is finished; else nothing happens.
 */
export function closeAttempt(deps: AttemptDeps, attemptId: string, status: ClosedStatus): Promise<void> {
  const running = closing.get(attemptId);
  if (running) return running;
  const run = closeNow(deps, attemptId, status).finally(() => closing.delete(attemptId));
  closing.set(attemptId, run);
  return run;
}

async function closeNow(deps: AttemptDeps, attemptId: string, status: ClosedStatus): Promise<void> {
  const [attempt] = await deps.db.select().from(attempts).where(eq(attempts.id, attemptId)).limit(1);
  if (!attempt) return;
  if (attempt.status === "not_started" || attempt.status === "in_progress") {
    // Out of time, the attempt closed at its deadline, however late the server noticed.
    const closedAt = status === "expired" && attempt.deadlineAt ? attempt.deadlineAt : nowOf(deps);
    const closed = await deps.db
      .update(attempts)
      .set({ status, closedAt })
      .where(and(eq(attempts.id, attemptId), inArray(attempts.status, OPEN_STATUSES)))
      .returning({ id: attempts.id });
    // Counted by whoever won the update: another server closing the same attempt does not count it twice.
    if (closed.length > 0) {
      deps.metrics?.attemptClosed(status);
      (deps.log ?? silentLogger).info({ event: "attempt_closed", attemptId, status }, `attempt ${status}`);
    }
  } else if (attempt.awardedPoints !== null) {
    return;
  }
  await gradeSavedDrafts(deps, attemptId);
  await totalUp(deps.db, attemptId);
}

async function gradeSavedDrafts(deps: AttemptDeps, attemptId: string): Promise<void> {
  const items = await deps.db
    .select()
    .from(attemptItems)
    .where(and(eq(attemptItems.attemptId, attemptId), isNull(attemptItems.result)))
    .orderBy(attemptItems.position);
  for (const item of items) {
    const draft = item.draft ?? "";
    if (draft.trim() === "") continue;
    const { grade, review } = await gradeDraft(deps, item, draft);
    await storeGrade(deps.db, item.id, grade);
    if (review) void requestFeedback(deps, item.id, null, review);
  }
}

/** One saved draft, graded as a submission would be; the candidate's own mistakes (too long, unreadable) score 0. */
async function gradeDraft(deps: AttemptDeps, item: AttemptItemRow, draft: string): Promise<{ grade: ItemGrade; review?: LlmFeedbackInput }> {
  try {
    const content = await loadItemContent(deps, item);
    if (content.kind === "coding") {
      const { full } = await judgeSubmission({ judge: attemptJudge(deps.judge) }, content.problem, draft);
      return { grade: codingGrade(item.points, draft, "draft", full) };
    }
    const scene = item.scene ?? undefined;
    const scored = scoreRubricAnswer(content.rubric, { answer: draft, ...(scene !== undefined ? { scene } : {}) }, true, deps.rubrics);
    const review = { rubric: content.rubric, answer: draft, score: scored.score, ...(scored.graph ? { diagram: scored.graph } : {}) };
    return { grade: rubricGrade(item.points, "draft", scored), review };
  } catch (error) {
    // A full judge queue is retried by the next sweep; anything unexpected too.
    if (error instanceof AppError && !(error instanceof LimitExceededError)) {
      return { grade: errorGrade("draft", error.message) };
    }
    throw error;
  }
}

async function totalUp(db: Db, attemptId: string): Promise<void> {
  await db
    .update(attemptItems)
    .set({ awardedPoints: 0 })
    .where(and(eq(attemptItems.attemptId, attemptId), isNull(attemptItems.awardedPoints)));
  const [row] = await db
    .select({ sum: sql<number>`coalesce(sum(${attemptItems.awardedPoints}), 0)` })
    .from(attemptItems)
    .where(eq(attemptItems.attemptId, attemptId));
  await db
    .update(attempts)
    .set({ awardedPoints: Math.round((row?.sum ?? 0) * 100) / 100 })
    .where(eq(attempts.id, attemptId));
}

/** Whether the attempt's clock ran out and it is still open. */
export function isOverdue(attempt: { status: string; deadlineAt: Date | null }, now: Date): boolean {
  return attempt.status === "in_progress" && attempt.deadlineAt !== null && attempt.deadlineAt.getTime() <= now.getTime();
}

/** Which attempts a sweep looks at: all, or one set's, or one candidate's. */
export interface SweepScope {
  setId?: string;
  userId?: string;
}

/**
 * Closes every attempt whose deadline passed, as "expired", and finishes closed attempts left
 * without a total. One attempt at a time, so a sweep never floods the judge; one failing is
 * logged and left for the next sweep. Returns how many were closed or finished.
 */
export async function closeOverdueAttempts(deps: AttemptDeps, scope: SweepScope = {}): Promise<number> {
  const overdue = or(
    and(eq(attempts.status, "in_progress"), lte(attempts.deadlineAt, nowOf(deps))),
    and(inArray(attempts.status, CLOSED_STATUSES), isNull(attempts.awardedPoints)),
  );
  const conditions: (SQL | undefined)[] = [overdue];
  if (scope.setId) conditions.push(eq(attempts.setId, scope.setId));
  if (scope.userId) conditions.push(eq(attempts.userId, scope.userId));
  const rows = await deps.db
    .select({ id: attempts.id, status: attempts.status })
    .from(attempts)
    .where(and(...conditions));
  let done = 0;
  for (const row of rows) {
    try {
      await closeAttempt(deps, row.id, row.status === "submitted" ? "submitted" : "expired");
      done++;
    } catch (error) {
      (deps.log ?? silentLogger).warn({ event: "attempt_close_failed", attemptId: row.id, err: error }, "attempt could not be closed yet; the next sweep tries again");
    }
  }
  return done;
}

/** Runs `closeOverdueAttempts` every `intervalMs` without keeping the process alive; `stop` waits for a sweep under way. */
export function startAttemptSweep(deps: AttemptDeps, intervalMs = ATTEMPT_SWEEP_INTERVAL_MS): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = closeOverdueAttempts(deps)
      .catch((error: unknown) => (deps.log ?? silentLogger).error({ event: "attempt_sweep_failed", err: error }, "the attempt sweep failed"))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
