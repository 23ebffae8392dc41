import type { LlmReviewer } from "../scoring/llm.ts";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./metrics.ts";

/** The same reviewer, each call counted and each failure logged (the reviewer reports failures, it never throws them). */
export function observeLlm(reviewer: LlmReviewer, log: Logger, metrics: Metrics | null): LlmReviewer {
  return {
    ...reviewer,
    async review(input) {
      const feedback = await reviewer.review(input);
      const failed = feedback.status === "error";
      metrics?.llmCall(failed);
      if (failed) log.warn({ event: "llm_failed", model: feedback.model, latencyMs: feedback.latencyMs, reason: feedback.message }, "AI feedback failed");
      return feedback;
    },
  };
}
