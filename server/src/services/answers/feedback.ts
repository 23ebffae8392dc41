import { LimitExceededError } from "../../lib/errors.ts";
import { clientOfUser, type RateLimits } from "../../lib/rate-limits.ts";
import { LLM_OFF_MESSAGE, type LlmFeedback, type LlmFeedbackInput, type LlmReviewer } from "../../scoring/llm.ts";
import { withholdAnswerKey } from "../../scoring/llm-key-guard.ts";
import type { Rubric } from "../../scoring/rubric.ts";
import { scoreAnswer } from "../../scoring/score.ts";
import { findRubric } from "../rubrics/find.ts";
import { type AnswerInput, resolveDiagram } from "./score.ts";

/** Model requests in flight at once, per server: beyond it, feedback requests get a 429. */
export const MAX_FEEDBACK_IN_FLIGHT = 8;

export type FeedbackOutcome = { status: "off"; message: string } | { status: "done"; feedback: LlmFeedback };

/** Asks the model; `signal` aborts its request (the person asking went away). */
export type FeedbackRun = (signal: AbortSignal) => Promise<FeedbackOutcome>;

/** AI feedback for answers, or "off" without a reviewer; bounds how many model requests run at once. */
export interface AnswerFeedback {
  readonly enabled: boolean;
  readonly model: string | null;
  /**
   * Checks the input (throwing the usual errors), counts the request against `userId`'s daily
   * quota and takes a slot; the returned function asks the model. Off costs no quota.
   */
  prepare(rubrics: readonly Rubric[], input: AnswerInput, userId: string): Promise<FeedbackRun>;
}

/** Whether the user has revealed the question's model answer: until then the AI's comments keep its key hidden. */
export type RevealedCheck = (userId: string, rubricId: string) => Promise<boolean>;

export function createAnswerFeedback(
  reviewer: LlmReviewer | null,
  rateLimits: RateLimits,
  revealed: RevealedCheck,
  maxInFlight = MAX_FEEDBACK_IN_FLIGHT,
): AnswerFeedback {
  let inFlight = 0;
  return {
    enabled: reviewer !== null,
    model: reviewer?.model ?? null,
    async prepare(rubrics, input, userId) {
      const rubric = findRubric(rubrics, input.rubricId);
      const { graph } = resolveDiagram(input);
      if (!reviewer) return async () => ({ status: "off", message: LLM_OFF_MESSAGE });
      const busy = () => new LimitExceededError("Too many AI feedback requests at once. Try again in a few seconds.", 5);
      // Checked before the quota, so a busy server costs nobody their quota, and again after its await.
      if (inFlight >= maxInFlight) throw busy();
      await rateLimits.consume("llmFeedback", clientOfUser(userId));
      if (inFlight >= maxInFlight) throw busy();
      const keyShown = await revealed(userId, rubric.id);
      inFlight++;
      const request: LlmFeedbackInput = {
        rubric,
        answer: input.answer,
        ...(graph ? { diagram: graph } : {}),
        score: scoreAnswer(rubric, input.answer, graph, { bank: rubrics }),
      };
      return async (signal) => {
        try {
          const feedback = await reviewer.review(request, signal);
          return { status: "done", feedback: keyShown ? feedback : withholdAnswerKey(feedback, rubric, input.answer) };
        } finally {
          inFlight--;
        }
      };
    },
  };
}
