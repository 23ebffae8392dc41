import { LimitExceededError } from "../../lib/errors.ts";
import { LLM_OFF_MESSAGE, type LlmFeedback, type LlmFeedbackInput, type LlmReviewer } from "../../scoring/llm.ts";
import type { Rubric } from "../../scoring/rubric.ts";
import { scoreAnswer } from "../../scoring/score.ts";
import { findRubric } from "../rubrics/find.ts";
import { type AnswerInput, resolveDiagram } from "./score.ts";

/** Model requests in flight at once, per server: beyond it, feedback requests get a 429. */
export const MAX_FEEDBACK_IN_FLIGHT = 8;

export type FeedbackOutcome = { status: "off"; message: string } | { status: "done"; feedback: LlmFeedback };

/** AI feedback for answers, or "off" without a reviewer; bounds how many model requests run at once. */
export interface AnswerFeedback {
  readonly enabled: boolean;
  readonly model: string | null;
  /** Checks the input (throwing the usual errors) and takes a slot; the returned function asks the model. */
  prepare(rubrics: readonly Rubric[], input: AnswerInput): () => Promise<FeedbackOutcome>;
}

export function createAnswerFeedback(reviewer: LlmReviewer | null, maxInFlight = MAX_FEEDBACK_IN_FLIGHT): AnswerFeedback {
  let inFlight = 0;
  return {
    enabled: reviewer !== null,
    model: reviewer?.model ?? null,
    prepare(rubrics, input) {
      const rubric = findRubric(rubrics, input.rubricId);
      const { graph } = resolveDiagram(input);
      if (!reviewer) return async () => ({ status: "off", message: LLM_OFF_MESSAGE });
      if (inFlight >= maxInFlight) throw new LimitExceededError("Too many AI feedback requests at once. Try again in a few seconds.", 5);
      inFlight++;
      const request: LlmFeedbackInput = {
        rubric,
        answer: input.answer,
        ...(graph ? { diagram: graph } : {}),
        score: scoreAnswer(rubric, input.answer, graph),
      };
      return async () => {
        try {
          return { status: "done", feedback: await reviewer.review(request) };
        } finally {
          inFlight--;
        }
      };
    },
  };
}
