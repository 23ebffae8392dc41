import type { LlmReviewer } from "../scoring/llm.ts";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./metrics.ts";

/**
 * The same reviewer, each call counted and each failure logged (the reviewer reports failures, it
 * never throws them). A review cancelled because the person left is not the model failing.
 */
export function observeLlm(reviewer: LlmReviewer, log: Logger, metrics: Metrics | null): LlmReviewer {
  return {
    ...reviewer,
    async review(input, signal) {
      const feedback = await reviewer.review(input, signal);
      const failed = feedback.status === "error" && !signal?.aborted;
      metrics?.llmCall(failed);
      if (failed) log.warn({ event: "llm_failed", model: feedback.model, latencyMs: feedback.latencyMs, reason: feedback.message }, "AI feedback failed");
      else if (feedback.status === "error") log.info({ event: "llm_cancelled", model: feedback.model, latencyMs: feedback.latencyMs }, "AI feedback cancelled: the client left");
      return feedback;
    },
  };
}
