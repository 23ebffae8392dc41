import { describe, expect, it } from "vitest";
import { makeRubric } from "./fixtures.ts";
import type { LlmFeedback } from "./llm.ts";
import { WITHHELD_TEXT, withholdAnswerKey } from "./llm-key-guard.ts";

/** A team's private question: its key ideas appear nowhere in the prompt or the titles. */
const rubric = makeRubric({
  id: "guard-queue",
  kind: "design",
  prompt: "Design the checkout service's order pipeline for a flash sale.",
  criteria: [
    {
      id: "writes",
      title: "Absorbing the spike",
      weight: 2,
      concepts: [{ name: "token bucket", synonyms: ["leaky bucket"] }, "write-ahead queue"],
      modelAnswer: "Put a durable write-ahead queue in front of the order database and drain it with idempotent consumers keyed by order id.",
    },
    { id: "stock", title: "Stock", weight: 1, concepts: ["reservation ttl"] },
  ],
});

function feedback(texts: { writes: [string, string]; stock: [string, string]; overall: string; errors?: string[] }): LlmFeedback {
  const criterion = (id: string, title: string, [reasoning, suggestion]: [string, string]) => ({
    id,
    title,
    level: 2 as const,
    scorerLevel: 2 as const,
    flagged: false,
    evidence: [],
    droppedQuotes: 0,
    reasoning,
    suggestion,
  });
  return {
    status: "ok",
    model: "test-model",
    latencyMs: 5,
    usage: null,
    criteria: [criterion("writes", "Absorbing the spike", texts.writes), criterion("stock", "Stock", texts.stock)],
    overall: texts.overall,
    complete: true,
    missing: [],
    unknownCriteria: [],
    assessment: { errors: texts.errors ?? [], reasoning: "On the question.", relevant: true, correct: true },
    outputMode: "json_schema",
  };
}

const ANSWER = "Orders go straight into the database; during the sale we scale the database vertically and hope it copes.";

describe("withholdAnswerKey", () => {
  it("withholds every comment that names a key idea the candidate never wrote, and counts them", () => {
    const guarded = withholdAnswerKey(
      feedback({
        writes: ["The answer writes synchronously under the spike.", "Add a token bucket at the edge so bursts wait."],
        stock: ["No stock handling.", "Hold stock with a reservation TTL."],
        overall: "Decent start; the write path needs a buffer like a write-ahead queue.",
        errors: ["Vertical scaling alone will not survive; idempotent consumers keyed by order id are missing."],
      }),
      rubric,
      ANSWER,
    );
    if (guarded.status !== "ok") throw new Error("expected ok");
    expect(guarded.criteria.map((c) => [c.reasoning, c.suggestion])).toEqual([
      ["The answer writes synchronously under the spike.", WITHHELD_TEXT],
      ["No stock handling.", WITHHELD_TEXT],
    ]);
    expect(guarded.overall).toBe(WITHHELD_TEXT);
    expect(guarded.assessment?.errors).toEqual([WITHHELD_TEXT]);
    expect(guarded.withheld).toBe(4);
  });

  it("keeps comments that use key terms the candidate already wrote", () => {
    const answer = `${ANSWER} Maybe a token bucket at the load balancer.`;
    const guarded = withholdAnswerKey(
      feedback({ writes: ["The token bucket is named but not sized.", "Say how the token bucket is sized."], stock: ["Fine.", "Nothing to add."], overall: "Good." }),
      rubric,
      answer,
    );
    if (guarded.status !== "ok") throw new Error("expected ok");
    expect(guarded.criteria[0]?.suggestion).toBe("Say how the token bucket is sized.");
    expect(guarded.withheld).toBe(0);
  });

  it("catches a synonym of a concept as the key too", () => {
    const guarded = withholdAnswerKey(feedback({ writes: ["x", "A leaky bucket would smooth it."], stock: ["y", "z"], overall: "ok" }), rubric, ANSWER);
    if (guarded.status !== "ok") throw new Error("expected ok");
    expect(guarded.criteria[0]?.suggestion).toBe(WITHHELD_TEXT);
  });

  it("passes an error through untouched", () => {
    const error: LlmFeedback = { status: "error", model: "m", latencyMs: 1, message: "timed out" };
    expect(withholdAnswerKey(error, rubric, ANSWER)).toEqual(error);
  });
});
