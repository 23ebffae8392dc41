import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { attemptItems } from "../../db/schema/index.ts";
import { type Logger, silentLogger } from "../../observability/logger.ts";
import type { LlmFeedbackInput, LlmReviewer } from "../../scoring/llm.ts";

/** Model requests in flight at once for attempts; the rest wait their turn (a closing set can score many answers). */
export const MAX_ATTEMPT_REVIEWS_IN_FLIGHT = 4;

const waiting: (() => void)[] = [];
let inFlight = 0;

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (inFlight >= MAX_ATTEMPT_REVIEWS_IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
  inFlight++;
  try {
    return await work();
  } finally {
    inFlight--;
    waiting.shift()?.();
  }
}

/**
 * Asks the model for a second opinion on a scored answer, in the background: the candidate does
 * not wait for it. Kept on the item only if the item still holds the grade it was asked about
 * (the same submission time, or none for a draft graded at close).
 */
export function requestFeedback(deps: { db: Db; llm: LlmReviewer | null; log?: Logger | undefined }, itemId: string, submittedAt: Date | null, input: LlmFeedbackInput): Promise<void> {
  const { llm } = deps;
  if (!llm) return Promise.resolve();
  return slot(() => llm.review(input))
    .then(async (feedback) => {
      const same = submittedAt ? eq(attemptItems.submittedAt, submittedAt) : isNull(attemptItems.submittedAt);
      await deps.db.update(attemptItems).set({ feedback }).where(and(eq(attemptItems.id, itemId), same));
    })
    .catch((error: unknown) => (deps.log ?? silentLogger).error({ event: "llm_feedback_not_kept", itemId, err: error }, "AI feedback was not kept"));
}
