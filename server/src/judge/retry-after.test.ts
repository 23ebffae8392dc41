import { describe, expect, it } from "vitest";
import { estimateRetryAfterSeconds, INITIAL_JOB_MS, JobTimeAverage, RETRY_AFTER_SECONDS } from "./retry-after.ts";

describe("estimateRetryAfterSeconds", () => {
  it("grows with the queue ahead and shrinks with more workers", () => {
    const meanJobMs = 1_000;
    expect(estimateRetryAfterSeconds({ queued: 0, workers: 2, meanJobMs })).toBe(1);
    expect(estimateRetryAfterSeconds({ queued: 8, workers: 2, meanJobMs })).toBe(5);
    expect(estimateRetryAfterSeconds({ queued: 8, workers: 4, meanJobMs })).toBe(3);
    expect(estimateRetryAfterSeconds({ queued: 16, workers: 2, meanJobMs })).toBe(9);
  });

  it("scales with how long jobs take", () => {
    expect(estimateRetryAfterSeconds({ queued: 4, workers: 2, meanJobMs: 3_000 })).toBe(9);
    expect(estimateRetryAfterSeconds({ queued: 4, workers: 2, meanJobMs: 300 })).toBe(1);
  });

  it("clamps to a sane range", () => {
    expect(estimateRetryAfterSeconds({ queued: 0, workers: 2, meanJobMs: 0 })).toBe(RETRY_AFTER_SECONDS.min);
    expect(estimateRetryAfterSeconds({ queued: 1_000, workers: 1, meanJobMs: 5_000 })).toBe(RETRY_AFTER_SECONDS.max);
    expect(estimateRetryAfterSeconds({ queued: -3, workers: 0, meanJobMs: 1_500 })).toBe(2);
  });
});

describe("JobTimeAverage", () => {
  it("starts from the initial guess and moves toward recent jobs", () => {
    const mean = new JobTimeAverage();
    expect(mean.ms).toBe(INITIAL_JOB_MS);
    for (let i = 0; i < 50; i++) mean.record(400);
    expect(mean.ms).toBeCloseTo(400, 0);
    mean.record(4_400);
    expect(mean.ms).toBeGreaterThan(400);
    expect(mean.ms).toBeLessThan(4_400);
  });

  it("ignores nonsense times", () => {
    const mean = new JobTimeAverage(1_000);
    mean.record(Number.NaN);
    mean.record(-5);
    expect(mean.ms).toBe(1_000);
  });
});
