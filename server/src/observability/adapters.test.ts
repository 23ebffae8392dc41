import { describe, expect, it } from "vitest";
import type { LlmFeedback, LlmReviewer } from "../scoring/llm.ts";
import { authLogTo } from "./auth-log.ts";
import { capturedLogger, sample } from "./fixtures.ts";
import { observeLlm } from "./llm.ts";
import { createMetrics } from "./metrics.ts";

describe("authLogTo", () => {
  it("turns better-auth's refusals into warnings and keeps its real errors as errors", () => {
    const { log, lines } = capturedLogger();
    const authLog = authLogTo(log);
    authLog("error", "Invalid origin: https://evil.example");
    authLog("error", "Failed to create session", new Error("SQLITE_BUSY"));
    authLog("info", "Signed in");
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, source: "better-auth", msg: "Invalid origin: https://evil.example" }),
      expect.objectContaining({ level: 50, source: "better-auth", msg: "Failed to create session", err: expect.objectContaining({ message: "SQLITE_BUSY" }) }),
      expect.objectContaining({ level: 30, source: "better-auth" }),
    ]);
  });
});

describe("observeLlm", () => {
  it("counts every review and logs and counts the failed ones", async () => {
    const { log, lines } = capturedLogger();
    const metrics = createMetrics({ defaultMetrics: false });
    const replies: LlmFeedback[] = [
      { status: "ok", model: "m", latencyMs: 5, usage: null, criteria: [], overall: "fine", complete: true, missing: [], unknownCriteria: [], assessment: null, outputMode: "json_schema" },
      { status: "error", model: "m", latencyMs: 30_000, message: "The model did not answer in time." },
    ];
    const reviewer: LlmReviewer = { model: "m", review: async () => replies.shift()! };
    const observed = observeLlm(reviewer, log, metrics);
    const input = {} as Parameters<LlmReviewer["review"]>[0];
    expect((await observed.review(input)).status).toBe("ok");
    expect((await observed.review(input)).status).toBe("error");
    expect(observed.model).toBe("m");
    const { body } = await metrics.expose();
    expect(sample(body, "rehearse_llm_calls_total")).toBe(2);
    expect(sample(body, "rehearse_llm_failures_total")).toBe(1);
    expect(lines).toEqual([expect.objectContaining({ level: 40, event: "llm_failed", reason: "The model did not answer in time." })]);
  });

  it("counts a review the client cancelled, without calling it a failure", async () => {
    const { log, lines } = capturedLogger();
    const metrics = createMetrics({ defaultMetrics: false });
    const reviewer: LlmReviewer = { model: "m", review: async () => ({ status: "error", model: "m", latencyMs: 12, message: "The request was cancelled." }) };
    const left = new AbortController();
    left.abort();
    await observeLlm(reviewer, log, metrics).review({} as Parameters<LlmReviewer["review"]>[0], left.signal);
    const { body } = await metrics.expose();
    expect(sample(body, "rehearse_llm_calls_total")).toBe(1);
    expect(sample(body, "rehearse_llm_failures_total")).toBe(0);
    expect(lines).toEqual([expect.objectContaining({ level: 30, event: "llm_cancelled" })]);
  });
});
