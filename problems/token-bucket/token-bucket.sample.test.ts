import { beforeEach, describe, expect, it, jest } from "@jest/globals";
import { TokenBucket } from "./solution";

describe("TokenBucket (samples)", () => {
  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(1_700_000_000_000);
  });

  it("starts full and refuses once empty", () => {
    const bucket = new TokenBucket(3, 1);
    expect(bucket.tryRemove()).toBe(true);
    expect(bucket.tryRemove()).toBe(true);
    expect(bucket.tryRemove()).toBe(true);
    expect(bucket.tryRemove()).toBe(false);
  });

  it("refills at refillPerSecond", () => {
    const bucket = new TokenBucket(2, 1);
    bucket.tryRemove(2);
    jest.advanceTimersByTime(500);
    expect(bucket.available()).toBeCloseTo(0.5);
    jest.advanceTimersByTime(499);
    expect(bucket.tryRemove()).toBe(false);
    jest.advanceTimersByTime(1);
    expect(bucket.tryRemove()).toBe(true);
  });

  it("takes n tokens at once, or none", () => {
    const bucket = new TokenBucket(5, 1);
    expect(bucket.tryRemove(3)).toBe(true);
    expect(bucket.tryRemove(3)).toBe(false);
    expect(bucket.available()).toBe(2);
  });
});
