import { describe, expect, it } from "vitest";
import { LimitExceededError } from "./errors.ts";
import { createFixedWindowLimiter } from "./fixed-window.ts";

describe("createFixedWindowLimiter", () => {
  it("lets `limit` requests through per key and window, then says how long to wait", () => {
    let now = 1_000_000;
    const limiter = createFixedWindowLimiter({ limit: 2, windowMs: 60_000, now: () => now, what: "requests" });
    limiter.hit("a");
    limiter.hit("a");
    limiter.hit("b");
    now += 15_000;
    let error: unknown;
    try {
      limiter.hit("a");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LimitExceededError);
    expect((error as LimitExceededError).retryAfterSeconds).toBe(45);
    expect((error as LimitExceededError).message).toMatch(/Too many requests/);
    now += 45_000;
    expect(() => limiter.hit("a")).not.toThrow();
  });
});
