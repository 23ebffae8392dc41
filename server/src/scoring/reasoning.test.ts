import { describe, expect, it } from "vitest";
import { compileConcept, findConcept } from "./match.ts";
import { sentenceSupport, statesRelation } from "./reasoning.ts";
import { analyzeText } from "./text.ts";

describe("sentenceSupport", () => {
  it("tells an explained claim from a plain one, a list and a heading", () => {
    const t = analyzeText(
      [
        "Add a dead-letter queue so that poison messages stop blocking the consumer.",
        "The consumer writes every order to a dead-letter queue.",
        "Dead-letter queue, retries, backoff, idempotency key, TTL, alarms.",
        "Reliability",
      ].join("\n"),
    );
    expect(sentenceSupport(t)).toEqual(["explained", "claim", "listed", "listed"]);
  });

  it("reads a comma list as a list even with an 'and' in it", () => {
    const t = analyzeText("Raw and curated zones, columnar format, partitioning by date, Glue catalog, Redshift warehouse.");
    expect(sentenceSupport(t)).toEqual(["listed"]);
  });
});

describe("statesRelation", () => {
  const ends = (text: string) => {
    const t = analyzeText(text);
    const a = findConcept(t, compileConcept("API Gateway")).mentions[0]!;
    const b = findConcept(t, compileConcept("queue")).mentions[0]!;
    return statesRelation(t, a, b);
  };

  it("is true where a verb or an arrow relates the two names", () => {
    expect(ends("API Gateway sends each order to the queue and answers 202 at once.")).toBe(true);
    expect(ends("API Gateway -> queue -> Lambda, so the client never waits on the charge.")).toBe(true);
  });

  it("is false for two names in one list sentence", () => {
    expect(ends("API Gateway, queue, Lambda, Step Functions, DynamoDB, alarms.")).toBe(false);
    expect(ends("We use API Gateway and a queue and several other AWS services here.")).toBe(false);
  });
});

describe("rejections without a not", () => {
  const rejected = (text: string, name: string) => {
    const m = findConcept(analyzeText(text), compileConcept(name));
    return m.mentions.length === 0 && m.negated.length > 0;
  };

  it("reads 'overkill', 'unnecessary', 'never matters' and 'decided against' as ruling a term out", () => {
    expect(rejected("A queue is overkill for this load.", "queue")).toBe(true);
    expect(rejected("Column order never matters in a composite index.", "column order")).toBe(true);
    expect(rejected("Pre-aggregating is unnecessary here.", "pre-aggregating")).toBe(true);
    expect(rejected("We decided against a queue.", "queue")).toBe(true);
    expect(rejected("Rather than a queue, we call the service directly.", "queue")).toBe(true);
  });

  it("still credits a term the answer uses", () => {
    expect(rejected("A queue absorbs the spikes so the database never sees them.", "queue")).toBe(false);
    expect(rejected("We protect against SQL injection with parameterised queries.", "SQL injection")).toBe(false);
  });
});
