import { describe, expect, it } from "vitest";
import { sample } from "./fixtures.ts";
import { createMetrics } from "./metrics.ts";

describe("createMetrics", () => {
  it("counts judge events by verdict and reason, and times judging and waiting", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.judgeEvent({ type: "judged", verdict: "Accepted", judgeMs: 120, waitedMs: 30 });
    metrics.judgeEvent({ type: "judged", verdict: "Accepted", judgeMs: 80, waitedMs: 0 });
    metrics.judgeEvent({ type: "judged", verdict: "Wrong Answer", judgeMs: 3_000, waitedMs: 10 });
    metrics.judgeEvent({ type: "refused", reason: "client_cap" });
    metrics.judgeEvent({ type: "worker_replaced", reason: "watchdog" });
    metrics.judgeEvent({ type: "worker_replaced", reason: "watchdog" });
    const { body } = await metrics.expose();
    expect(sample(body, 'rehearse_judge_verdicts_total{verdict="Accepted"}')).toBe(2);
    expect(sample(body, 'rehearse_judge_verdicts_total{verdict="Wrong Answer"}')).toBe(1);
    expect(sample(body, 'rehearse_judge_duration_seconds_sum{verdict="Accepted"}')).toBeCloseTo(0.2);
    expect(sample(body, 'rehearse_judge_duration_seconds_bucket{le="2",verdict="Wrong Answer"}')).toBe(0);
    expect(sample(body, "rehearse_judge_wait_seconds_count")).toBe(3);
    expect(sample(body, 'rehearse_judge_refusals_total{reason="client_cap"}')).toBe(1);
    expect(sample(body, 'rehearse_judge_worker_restarts_total{reason="watchdog"}')).toBe(2);
    expect(sample(body, 'rehearse_judge_worker_restarts_total{reason="crash"}')).toBeUndefined();
  });

  it("counts attempt closes, LLM calls and their failures", async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    metrics.attemptClosed("expired");
    metrics.attemptClosed("submitted");
    metrics.attemptClosed("expired");
    metrics.llmCall(false);
    metrics.llmCall(true);
    const { body } = await metrics.expose();
    expect(sample(body, 'rehearse_attempt_closes_total{status="expired"}')).toBe(2);
    expect(sample(body, 'rehearse_attempt_closes_total{status="submitted"}')).toBe(1);
    expect(sample(body, "rehearse_llm_calls_total")).toBe(2);
    expect(sample(body, "rehearse_llm_failures_total")).toBe(1);
  });

  it("includes the process metrics, each registry its own", async () => {
    const a = createMetrics();
    const b = createMetrics({ defaultMetrics: false });
    a.attemptClosed("submitted");
    expect((await a.expose()).body).toContain("process_cpu_user_seconds_total");
    expect((await a.expose()).body).toContain("nodejs_eventloop_lag_seconds");
    const other = (await b.expose()).body;
    expect(other).not.toContain("process_cpu_user_seconds_total");
    expect(sample(other, 'rehearse_attempt_closes_total{status="submitted"}')).toBeUndefined();
  });
});
