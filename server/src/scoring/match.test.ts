import { describe, expect, it } from "vitest";
import { compileConcept, findConcept } from "./match.ts";
import { analyzeText } from "./text.ts";

const dlq = compileConcept("dead-letter queue", ["DLQ", "dead letter queue", "poison queue"]);
const cache = compileConcept("cache", ["caching", "Redis"]);

function affirmed(text: string, concept = cache) {
  return findConcept(analyzeText(text), concept).mentions.map((m) => text.slice(m.start, m.end));
}

describe("findConcept", () => {
  it("matches case, punctuation, plurals and word forms", () => {
    expect(affirmed("Failed messages land in Dead Letter Queues.", dlq)).toEqual(["Dead Letter Queues"]);
    expect(affirmed("We send them to a dead-letter-queue", dlq)).toEqual(["dead-letter-queue"]);
    expect(affirmed("Responses are cached for a minute.")).toEqual(["cached"]);
    expect(affirmed("We rely on caching heavily.")).toEqual(["caching"]);
    expect(affirmed("Two caches sit in front of it.")).toEqual(["caches"]);
  });

  it("matches synonyms and abbreviations, with an article between words or not", () => {
    expect(affirmed("After three tries it goes to the DLQ.", dlq)).toEqual(["DLQ"]);
    expect(affirmed("Those end up in our DLQs.", dlq)).toEqual(["DLQs"]);
    expect(affirmed("A poison queue keeps them.", dlq)).toEqual(["poison queue"]);
    expect(affirmed("Sessions live in Redis.")).toEqual(["Redis"]);
  });

  it("does not match the words apart, out of order, or across sentences", () => {
    expect(affirmed("The letter was dead. The queue was full.", dlq)).toEqual([]);
    expect(affirmed("A queue of dead letters.", dlq)).toEqual([]);
  });

  it("does not take a negated mention as evidence", () => {
    for (const text of [
      "We did not add a cache.",
      "We didn't add a cache.",
      "We shipped it without a cache.",
      "There is no caching at all.",
      "We never used Redis.",
      "A cache wasn't needed.",
      "A cache was not needed here.",
      "We went with Memcached instead of Redis.",
      "We avoided caching entirely.",
    ]) {
      const match = findConcept(analyzeText(text), compileConcept("cache", ["caching", "Redis"]));
      expect(match.mentions, text).toEqual([]);
      expect(match.negated.length, text).toBeGreaterThan(0);
    }
  });

  it("stops a negation at the end of its clause", () => {
    expect(affirmed("No database calls on the hot path, so we added a cache.")).toEqual(["cache"]);
    expect(affirmed("We did not want stale reads, but a cache was still worth it.")).toEqual(["cache"]);
    expect(affirmed("Not every read goes through it. The cache takes the rest.")).toEqual(["cache"]);
  });

  it("counts a concept said many times as one concept with many mentions", () => {
    const text = "Cache, cache, cache. We cache everything in the cache.";
    const match = findConcept(analyzeText(text), cache);
    expect(match.mentions.length).toBe(5);
    expect(new Set(match.mentions.map((m) => m.start)).size).toBe(5);
  });

  it("counts overlapping names once: 'dead letter queue' is not also a 'poison queue'", () => {
    const concept = compileConcept("dead-letter queue", ["dead letter queue", "letter queue"]);
    expect(affirmed("The dead letter queue is checked daily.", concept)).toEqual(["dead letter queue"]);
  });
});

describe("stems that would join unrelated words", () => {
  it("does not take a release train for training, an engine for an engineer, or a stage for staging", () => {
    const training = compileConcept("support", ["training", "pairing"]);
    expect(affirmed("We shipped a release train every two weeks.", training)).toEqual([]);
    expect(affirmed("I set up training for the new hires, and she trained two more.", training)).toEqual(["training", "trained"]);
    expect(affirmed("The search engine was slow.", compileConcept("engineer"))).toEqual([]);
    expect(affirmed("Two engineers and the engineering manager.", compileConcept("engineer"))).toEqual(["engineers", "engineering"]);
    expect(affirmed("At this stage we had no tests.", compileConcept("staging"))).toEqual([]);
    expect(affirmed("From our experience, it works.", compileConcept("experiment"))).toEqual([]);
  });

  it("matches whole words only: 'test' is not in 'latest' or 'contest'", () => {
    expect(affirmed("The latest contest went well.", compileConcept("test"))).toEqual([]);
  });
});
