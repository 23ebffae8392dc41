import { describe, expect, it } from "vitest";
import { LimitExceededError } from "./errors.ts";
import { clientOfAddress, clientOfUser, createMemoryRateLimits } from "./rate-limits.ts";

describe("createMemoryRateLimits", () => {
  it("keeps a budget per action and per client, refusing past it until the minute is over", async () => {
    let now = 0;
    const limits = createMemoryRateLimits({ diagramRead: 1, answer: 1, run: 2, submit: 1, llmFeedback: 1 }, () => now);
    const alice = clientOfAddress("203.0.113.1");
    await limits.consume("run", alice);
    await limits.consume("run", alice);
    await limits.consume("submit", alice);
    await limits.consume("run", clientOfUser("alice"));
    now = 20_000;
    const refused = await limits.consume("run", alice).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LimitExceededError);
    expect(refused).toMatchObject({ retryAfterSeconds: 40, message: "Too many runs from you. Try again in 40 s." });
    now = 60_000;
    await expect(limits.consume("run", alice)).resolves.toBeUndefined();
  });

  it("counts AI feedback per day, not per minute, and says when it is back in hours", async () => {
    let now = 0;
    const limits = createMemoryRateLimits({ diagramRead: 1, answer: 1, run: 1, submit: 1, llmFeedback: 2 }, () => now);
    const bob = clientOfUser("bob");
    await limits.consume("llmFeedback", bob);
    now = 60 * 60_000;
    await limits.consume("llmFeedback", bob);
    const refused = await limits.consume("llmFeedback", bob).catch((error: unknown) => error);
    expect(refused).toMatchObject({ retryAfterSeconds: 23 * 3600, message: "Too many AI feedback requests today from you. Try again in 23 h." });
    // A minute later is still the same day.
    now += 60_000;
    await expect(limits.consume("llmFeedback", bob)).rejects.toBeInstanceOf(LimitExceededError);
    now = 24 * 60 * 60_000;
    await expect(limits.consume("llmFeedback", bob)).resolves.toBeUndefined();
  });
});
