import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../lib/errors.ts";
import type { DiagramGraph } from "./diagram.ts";
import { makeRubric } from "./fixtures.ts";
import { loadRubrics } from "./load.ts";
import type { ScoreResult } from "./result.ts";
import { MAX_ANSWER_CHARS, scoreAnswer } from "./score.ts";

const RELIABILITY = makeRubric({
  kind: "design",
  criteria: [
    {
      id: "reliability",
      title: "Reliability",
      weight: 1,
      concepts: [
        { name: "dead-letter queue", synonyms: ["dead letter queue", "poison queue"], abbreviations: ["DLQ"] },
        { name: "idempotency", synonyms: ["idempotent", "idempotency key"] },
        { name: "retries", synonyms: ["retry", "exponential backoff"] },
        { name: "cache", synonyms: ["caching", "Redis"] },
      ],
      redFlags: [{ phrase: "exactly-once delivery", reason: "queues deliver at least once" }],
    },
  ],
});

function criterion(result: ScoreResult, id = result.criteria[0]!.id) {
  return result.criteria.find((c) => c.id === id)!;
}

/** Every quote from the answer is exactly the text at its offsets; diagram quotes have none. */
function expectExactEvidence(result: ScoreResult, answer: string) {
  const all = [
    ...result.criteria.flatMap((c) => [...c.evidence, ...c.redFlags]),
    ...(result.star?.parts.flatMap((p) => (p.quote ? [p.quote] : [])) ?? []),
    ...(result.sections?.flatMap((s) => (s.quote ? [s.quote] : [])) ?? []),
    ...(result.competencies?.flatMap((c) => c.evidence) ?? []),
  ];
  for (const e of all) {
    if (e.source === "diagram") {
      expect(e.start).toBeUndefined();
      expect(e.quote).toMatch(/^diagram: /);
    } else {
      expect(answer.slice(e.start, e.end), e.label).toBe(e.quote);
      expect(e.quote.trim()).toBe(e.quote);
      expect(e.quote.length).toBeGreaterThan(0);
    }
  }
}

describe("scoreAnswer", () => {
  it("scores the smallest rubric, a model answer alone, from its key ideas", () => {
    const rubric = makeRubric({
      criteria: [
        {
          id: "answer",
          title: "Answer",
          weight: 1,
          modelAnswer: "A dead-letter queue keeps messages that failed processing several times, so a poison message cannot block the queue and can be inspected and redriven later.",
        },
      ],
    });
    const good = scoreAnswer(rubric, "Messages that keep failing processing go to a dead-letter queue after several attempts, so one poison message cannot block the queue; we inspect them and redrive them later.");
    const poor = scoreAnswer(rubric, "It is a queue for letters.");
    expect(good.total).toBeGreaterThan(60);
    expect(poor.total).toBeLessThan(good.total);
    expect(good.keyIdeas?.found.length).toBeGreaterThan(0);
    expect(poor.keyIdeas?.missed.length).toBeGreaterThan(good.keyIdeas!.missed.length);
  });

  it("explains every point with a quote, and scores a criterion without evidence 0 with what would have earned it", () => {
    const r = scoreAnswer(RELIABILITY, "I would write clean code and test it well.");
    const c = criterion(r);
    expect(c).toMatchObject({ level: 0, points: 0, evidence: [] });
    expect(c.missing).toEqual(['concept "dead-letter queue"', 'concept "idempotency"', 'concept "retries"', 'concept "cache"']);
    expect(c.suggestion).toMatch(/dead-letter queue/);
    expect(r.total).toBe(0);
  });

  it("counts synonyms, abbreviations and word forms, and quotes them exactly", () => {
    const answer = "Failed messages go to a DLQ.\nThe consumer is idempotent and retries with exponential backoff; reads are cached.";
    const r = scoreAnswer(RELIABILITY, answer);
    const c = criterion(r);
    expect(c.level).toBe(4);
    expect(c.evidence.map((e) => e.label)).toEqual(['concept "dead-letter queue"', 'concept "idempotency"', 'concept "retries"', 'concept "cache"']);
    expect(c.evidence[0]!.quote).toBe("Failed messages go to a DLQ.");
    expectExactEvidence(r, answer);
  });

  it("does not count negated mentions, and says so", () => {
    const r = scoreAnswer(RELIABILITY, "We did not add a DLQ. There is no caching. Retries use exponential backoff so the dependency can recover, and the consumer is idempotent because a message can arrive twice.");
    const c = criterion(r);
    expect(c.missing).toContain('concept "dead-letter queue" (mentioned only in the negative)');
    expect(c.missing).toContain('concept "cache" (mentioned only in the negative)');
    expect(c.level).toBe(3);
  });

  it("counts a concept repeated ten times once", () => {
    const repeated = scoreAnswer(RELIABILITY, "Cache. ".repeat(10));
    const varied = scoreAnswer(RELIABILITY, "A cache, a DLQ and retries.");
    expect(criterion(repeated).evidence).toHaveLength(1);
    expect(repeated.total).toBeLessThan(varied.total);
  });

  it("takes a level for a red flag, but not for one the answer rules out", () => {
    const base = "Failed messages go to a DLQ, the consumer is idempotent, retries back off, reads are cached.";
    const flagged = scoreAnswer(RELIABILITY, `${base} SQS gives exactly-once delivery.`);
    const ruledOut = scoreAnswer(RELIABILITY, `${base} SQS does not give exactly-once delivery.`);
    expect(criterion(flagged).redFlags.map((f) => f.reason)).toEqual(["queues deliver at least once"]);
    expect(criterion(flagged).level).toBe(3);
    expect(criterion(flagged).suggestion).toMatch(/^Avoid "exactly-once delivery": queues deliver at least once/);
    expect(criterion(ruledOut).redFlags).toEqual([]);
    expect(criterion(ruledOut).level).toBe(4);
  });

  it("weights criteria into a total out of 100", () => {
    const rubric = makeRubric({
      criteria: [
        { id: "a", title: "A", weight: 3, concepts: ["queue"] },
        { id: "b", title: "B", weight: 1, concepts: ["cache"] },
      ],
    });
    const r = scoreAnswer(rubric, "Put a queue in front of it so that spikes wait.");
    expect(r.criteria.map((c) => [c.points, c.maxPoints])).toEqual([
      [75, 75],
      [0, 25],
    ]);
    expect(r.total).toBe(75);
    // Ten words: the number stands, marked as not to be trusted.
    expect(r.summary).toContain("75/100");
    expect(r.reliability?.reasons.map((x) => x.code)).toEqual(["too-short"]);
  });

  it("gives a bare number half the credit of a number with a unit", () => {
    const rubric = makeRubric({ kind: "behavioral", criteria: [{ id: "impact", title: "Impact", weight: 1, quantities: { min: 1 } }] });
    const withUnit = criterion(scoreAnswer(rubric, "Latency fell to 120 ms."));
    const bare = criterion(scoreAnswer(rubric, "We fixed 12 of them."));
    expect(withUnit.points).toBe(100);
    expect(bare.points).toBe(50);
    expect(bare.suggestion).toMatch(/"12" of what/);
  });

  it("halves the Action part when the actions are all 'we'", () => {
    const rubric = makeRubric({ kind: "behavioral", criteria: [{ id: "star", title: "Story", weight: 1, structure: ["situation", "task", "action", "result"] }] });
    const story = (who: string) =>
      `At my last job our release process took a whole day. My goal was to get it under an hour. ${who} automated the build, ${who.toLowerCase()} added a canary stage and ${who.toLowerCase()} wrote a runbook. As a result releases now take 40 minutes.`;
    const mine = scoreAnswer(rubric, story("I"));
    const ours = scoreAnswer(rubric, story("We"));
    expect(mine.star?.ownership.share).toBe(1);
    expect(ours.star?.ownership.share).toBe(0);
    expect(criterion(mine).points).toBe(100);
    expect(criterion(ours).points).toBe(87.5);
    expect(criterion(ours).suggestion).toMatch(/Say what you did yourself/);
    expectExactEvidence(ours, story("We"));
  });

  describe("with a diagram", () => {
    const rubric = makeRubric({
      kind: "design",
      criteria: [
        {
          id: "architecture",
          title: "Architecture",
          weight: 1,
          structure: ["high-level-design"],
          components: ["queue", "function"],
          connections: [
            { from: "api-gateway", to: "queue" },
            { from: "producer", to: "consumer", forbidden: true, note: "producers do not call consumers directly" },
          ],
        },
      ],
    });
    const diagram: DiagramGraph = {
      components: [
        { id: "gw", label: "API", kind: "api-gateway" },
        { id: "q", label: "orders-queue", kind: "queue" },
        { id: "p", label: "order producer", kind: "service" },
        { id: "c", label: "billing consumer", kind: "function" },
      ],
      connections: [
        { from: "gw", to: "q" },
        { from: "q", to: "c" },
      ],
    };

    it("takes components and connections as evidence, marked as from the diagram", () => {
      const answer = "See the diagram.";
      const r = scoreAnswer(rubric, answer, diagram);
      const c = criterion(r);
      expect(c.evidence.map((e) => e.quote)).toEqual([
        "diagram: 4 components, 2 connections",
        'diagram: component "orders-queue" (queue)',
        'diagram: component "billing consumer" (function)',
        'diagram: connection "API" (api-gateway) → "orders-queue" (queue)',
      ]);
      expect(c.level).toBe(4);
      expectExactEvidence(r, answer);
    });

    it("costs a level for a forbidden connection, with the rubric's note", () => {
      const bad = { ...diagram, connections: [...diagram.connections, { from: "p", to: "c" }] };
      const c = criterion(scoreAnswer(rubric, "See the diagram.", bad));
      expect(c.redFlags).toEqual([
        expect.objectContaining({ source: "diagram", reason: "producers do not call consumers directly", quote: 'diagram: connection "order producer" (service) → "billing consumer" (function)' }),
      ]);
      expect(c.level).toBe(3);
    });

    it("without a diagram, finds the same things in the text", () => {
      const answer = "API Gateway puts each order on an SQS queue, and a Lambda function consumes it.";
      const c = criterion(scoreAnswer(rubric, answer));
      expect(c.evidence.every((e) => e.source === "answer")).toBe(true);
      expect(c.missing).toEqual([]);
    });
  });

  it("counts structure and numbers for less in an answer about something else", () => {
    const rubric = makeRubric({
      kind: "behavioral",
      competencies: ["mentoring"],
      criteria: [
        { id: "star", title: "Story", weight: 1, structure: ["situation", "action", "result"] },
        { id: "mentoring", title: "Mentoring", weight: 1, concepts: ["pairing", "feedback"] },
      ],
    });
    const offTopic = scoreAnswer(rubric, "At my last job the build was slow. I moved it to a faster runner. As a result builds take 3 minutes instead of 20 minutes.");
    expect(offTopic.relevance).toEqual({ hits: 0, formFactor: 0.3 });
    expect(criterion(offTopic, "star").points).toBe(15);
    expect(offTopic.summary).toMatch(/says little about what was asked/);
  });

  it("refuses an answer beyond the size limit", () => {
    expect(() => scoreAnswer(RELIABILITY, "a".repeat(MAX_ANSWER_CHARS + 1))).toThrow(ValidationError);
  });

  it("quotes exactly, for every calibration answer against its rubric", async () => {
    const dir = join(import.meta.dirname, "../../../test/fixtures/calibration");
    const rubrics = new Map((await loadRubrics(join(import.meta.dirname, "../../../rubrics"))).map((r) => [r.id, r]));
    const sets = readdirSync(dir);
    expect(sets.length).toBeGreaterThanOrEqual(9);
    for (const id of sets) {
      const rubric = rubrics.get(id);
      expect(rubric, `a calibration set without a rubric: ${id}`).toBeDefined();
      for (const file of readdirSync(join(dir, id))) {
        const answer = readFileSync(join(dir, id, file), "utf8");
        expectExactEvidence(scoreAnswer(rubric!, answer), answer);
      }
    }
  });
});
