import { describe, expect, it } from "vitest";
import { feedbackRefusal } from "./feedback-refusal.ts";

const NOW = new Date("2026-12-08T06:00:00Z");

describe("feedbackRefusal", () => {
  it("asks a signed-out visitor to sign in", () => {
    expect(feedbackRefusal({ status: 401, message: "Sign in to see and keep your own work." }, NOW)).toEqual({ kind: "sign-in" });
  });

  it("says when the quota allows feedback again, from Retry-After", () => {
    const refusal = feedbackRefusal({ status: 429, message: "Too many AI feedback requests today from you. Try again in 5 h.", retryAfterSeconds: 5 * 3600 }, NOW);
    expect(refusal).toEqual({ kind: "quota", message: "Too many AI feedback requests today from you. Try again in 5 h.", retryAt: new Date("2026-12-08T11:00:00Z") });
  });

  it("gives no time without a usable Retry-After, and leaves other failures alone", () => {
    expect(feedbackRefusal({ status: 429, message: "busy", retryAfterSeconds: undefined }, NOW)).toEqual({ kind: "quota", message: "busy", retryAt: null });
    expect(feedbackRefusal({ status: 404, message: "No rubric" }, NOW)).toBeNull();
    expect(feedbackRefusal(new Error("network"), NOW)).toBeNull();
  });
});
