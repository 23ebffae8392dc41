import { describe, expect, it } from "vitest";
import { extractKeyIdeas, findKeyIdea } from "./keyphrases.ts";
import { analyzeText } from "./text.ts";

const MODEL =
  "SQS standard queues deliver at least once, so a consumer must be idempotent. Give every message an idempotency key, " +
  "and store processed keys in an idempotency table with a conditional write. Expire old keys with a TTL.";

describe("extractKeyIdeas", () => {
  const ideas = extractKeyIdeas(MODEL);
  const phrases = ideas.map((i) => i.phrase);

  it("keeps content-word phrases, heaviest first, with no everyday verbs in them", () => {
    expect(phrases).toContain("idempotency key");
    expect(phrases).toContain("idempotency table");
    expect(phrases.some((p) => /\b(give|expire|must|deliver)\b/.test(p))).toBe(false);
    const weights = ideas.map((i) => i.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it("weighs words the model answer repeats above words it says once", () => {
    const key = ideas.find((i) => i.phrase === "idempotency key")!;
    // "key" is said three times, "table" once.
    const table = ideas.find((i) => i.phrase === "idempotency table")!;
    expect(key.weight).toBeGreaterThan(table.weight);
  });

  it("keeps between 4 and 12 ideas", () => {
    expect(ideas.length).toBeGreaterThanOrEqual(4);
    expect(extractKeyIdeas(`${MODEL} `.repeat(20)).length).toBeLessThanOrEqual(12);
  });
});

describe("findKeyIdea", () => {
  const idea = { phrase: "idempotency table", stems: ["idempot", "tabl"], anchor: "idempot", weight: 2 };

  it("finds an idea's words together in one sentence, in any order and form", () => {
    expect(findKeyIdea(analyzeText("We keep a table of idempotent request ids."), idea).credit).toBe(1);
  });

  it("does not join words from different sentences, nor count a negated mention", () => {
    expect(findKeyIdea(analyzeText("It is idempotent. We use a table."), idea).credit).toBe(0);
    expect(findKeyIdea(analyzeText("We have no idempotency table."), idea).credit).toBe(0);
  });

  it("gives half credit for two of three words with the weightiest one", () => {
    const three = { phrase: "dynamodb idempotency table", stems: ["dynamodb", "idempot", "tabl"], anchor: "idempot", weight: 3 };
    expect(findKeyIdea(analyzeText("An idempotency table."), three).credit).toBe(0.5);
    expect(findKeyIdea(analyzeText("A DynamoDB table."), three).credit).toBe(0);
  });
});
