import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeRubric } from "./fixtures.ts";
import { extractKeyIdeas } from "./keyphrases.ts";
import { COMMON_WORDS, STOPWORDS } from "./lexicon.ts";
import { loadRubrics, parseRubric } from "./load.ts";
import { compileTerm, findTerm } from "./match.ts";
import { publicScorecard } from "./public.ts";
import type { Rubric } from "./rubric.ts";
import { GENERIC_FLAG_REASON, scoreAnswer } from "./score.ts";
import { analyzeText } from "./text.ts";
import { SECTION_TIPS, STAR_TIPS } from "./tips.ts";
import { DEEPEN_ADVICE } from "./hints.ts";
import { QUANTITY_ADVICE } from "./signals.ts";

const bank = await loadRubrics(join(import.meta.dirname, "../../../rubrics"));

/** Rubrics as a team lead writes them: private model answers, concepts with synonyms, a key idea the prompt never hints at. */
const teamRubrics: Rubric[] = [
  parseRubric(
    `id: team-events\ntitle: Reliable events\nprompt: How would you publish an event whenever an order is saved?\nkind: concept\ncriteria:\n  - id: atomicity\n    title: Atomicity\n    weight: 1\n    concepts: [{ name: transactional outbox, synonyms: [outbox table], abbreviations: [CDC] }]\n    modelAnswer: Write the event into an outbox table in the same transaction as the order, then a relay process polls the outbox and publishes with at-least-once delivery, consumers deduplicating by event id.\n`,
    "team-events.yaml",
  ),
  makeRubric({
    id: "team-shortener",
    kind: "design",
    prompt: "Design a link shortener for our marketing team.",
    criteria: [
      {
        id: "codes",
        title: "Short codes",
        weight: 2,
        description: "How codes avoid collisions",
        concepts: [{ name: "base62 encoding", synonyms: ["base 62"] }, "snowflake id", { name: "bloom filter" }],
        modelAnswer: "Allocate ranges of a global counter to each writer and encode the counter in base62, so codes never collide and no lookup is needed before insert.",
      },
      { id: "redirect", title: "Redirects", weight: 1, components: ["edge cache", "key-value store"], connections: [{ from: "edge cache", to: "key-value store" }] },
    ],
  }),
];

const content = (lower: string) => !STOPWORDS.has(lower);

/** The phrases a candidate must not learn from hints: concept names and their synonyms, components, key ideas, and every pair of content words of a model answer. */
function secretTerms(rubric: Rubric): string[] {
  const names = (c: string | { name: string; synonyms?: string[]; abbreviations?: string[] }) => (typeof c === "string" ? [c] : [c.name, ...(c.synonyms ?? []), ...(c.abbreviations ?? [])]);
  return rubric.criteria.flatMap((c) => {
    const pairs = c.modelAnswer
      ? analyzeText(c.modelAnswer)
          .tokens.map((t, i, all) => [t, all[i + 1]] as const)
          .filter(([a, b]) => b !== undefined && a.sentence === b.sentence && content(a.lower) && content(b.lower))
          .map(([a, b]) => `${a.lower} ${b!.lower}`)
      : [];
    return [
      ...(c.concepts ?? []).flatMap(names),
      ...(c.components ?? []).flatMap(names),
      ...(c.connections ?? []).flatMap((x) => [x.from, x.to]),
      ...(c.modelAnswer ? extractKeyIdeas(c.modelAnswer).map((k) => k.phrase) : []),
      ...pairs,
    ];
  });
}

/** Two content words or more, or one no everyday answer would use. */
function distinctive(term: string): boolean {
  const words = analyzeText(term).tokens.filter((t) => content(t.lower));
  return words.length >= 2 || (words.length === 1 && words[0]!.lower.length > 2 && !COMMON_WORDS.has(words[0]!.lower));
}

/** Everything the scorecard tells the candidate in words of its own (quotes of the answer aside). */
function hintTexts(card: ReturnType<typeof publicScorecard>): string[] {
  return [
    card.summary,
    card.reliability?.message ?? "",
    ...card.criteria.flatMap((c) => [...c.missing, c.suggestion, c.descriptor ?? "", ...c.redFlags.map((f) => f.reason), ...c.evidence.map((e) => e.label)]),
  ];
}

/** The parts an answer should have: the public rubric lists them, so naming one gives nothing away. */
const partNames = (rubric: Rubric) => rubric.criteria.flatMap((c) => (c.structure ?? []).map((p) => (typeof p === "string" ? p.replace(/-/g, " ") : p.part)));

/** What the candidate already has: their answer, the question, the criteria titles and parts, and the advice every question gets. */
function openText(rubric: Rubric, answer: string): string {
  const advice = [...Object.values(STAR_TIPS), ...Object.values(SECTION_TIPS), DEEPEN_ADVICE, QUANTITY_ADVICE, GENERIC_FLAG_REASON];
  return [answer, rubric.title, rubric.prompt, ...rubric.criteria.map((c) => c.title), ...partNames(rubric), ...advice].join("\n");
}

function leaks(rubric: Rubric, answer: string): string[] {
  const card = publicScorecard(scoreAnswer(rubric, answer));
  const hints = analyzeText(hintTexts(card).join("\n"));
  const open = analyzeText(openText(rubric, answer));
  const found = new Set<string>();
  for (const term of new Set(secretTerms(rubric).filter(distinctive))) {
    const compiled = compileTerm(term);
    if (compiled.stems.length === 0) continue;
    if (findTerm(hints, compiled).length > 0 && findTerm(open, compiled).length === 0) found.add(term);
  }
  return [...found];
}

const WEAK_ANSWERS = {
  "empty-ish": "I am not sure, I would need to think about it.",
  vague: "I would look at the problem carefully, talk with the people involved, write down a plan, and then do the work step by step. Afterwards I would check that everything went well and tell everyone how it turned out, and I would keep improving it over time as we learn more about it.",
  "story shape": "Situation: at my last job a project was late. Task: my job was to get it back on track. Action: I talked to the team, I made a plan and I followed it every week. Result: we finished two weeks later than planned, and I learned to plan earlier.",
};

describe("the scorecard a candidate gets before the reveal", () => {
  it("loads every rubric of the bank", () => {
    expect(bank.length).toBeGreaterThan(90);
  });

  for (const [name, answer] of Object.entries(WEAK_ANSWERS)) {
    it(`names no term of any answer key for a ${name} answer, bank and team rubrics alike`, () => {
      const found = Object.fromEntries([...bank, ...teamRubrics].map((r) => [r.id, leaks(r, answer)]).filter(([, l]) => (l?.length ?? 0) > 0));
      expect(found).toEqual({});
    });
  }

  it("would catch a leak: the full scorecard names what the public one hides", () => {
    const [outbox] = teamRubrics;
    const full = scoreAnswer(outbox!, WEAK_ANSWERS.vague);
    expect(JSON.stringify(full)).toMatch(/transactional outbox/);
    expect(JSON.stringify(publicScorecard(full))).not.toMatch(/outbox|CDC|relay/i);
  });

  it("names a gap at the level of the criterion, and the candidate's own words for what they did say", () => {
    const shortener = teamRubrics[1]!;
    const card = publicScorecard(scoreAnswer(shortener, "Each code is a snowflake id turned into text, and before the insert we check the database so no two links share a code, which keeps it simple for the marketing team."));
    const codes = card.criteria.find((c) => c.id === "codes")!;
    expect(codes.missing).toContain("more on how codes avoid collisions");
    expect(codes.suggestion).toMatch(/^Cover more of how codes avoid collisions: the answer names [1-9]\d* of the \d+ things this criterion looks for\.$/);
    expect(codes.evidence.map((e) => e.label)).toContain('concept "snowflake id"');
    expect(JSON.stringify(card)).not.toMatch(/base62|bloom|counter/i);
    expect(card).not.toHaveProperty("keyIdeas");
    expect(card.keyIdeaCount?.total).toBeGreaterThan(0);
  });

  it("says nothing generic when nothing is missing: a specific next step below the top, nothing at it", () => {
    const rubric = makeRubric({ criteria: [{ id: "retries", title: "Retries", weight: 1, concepts: ["exponential backoff"] }] });
    const top = scoreAnswer(rubric, "I retry failed calls with exponential backoff and jitter, capped at five attempts, so a struggling dependency gets time to recover instead of a thundering herd.");
    expect(top.criteria[0]!.level).toBe(4);
    expect(top.criteria[0]!.suggestion).toBe("");
    expect(publicScorecard(top).criteria[0]!.suggestion).toBe("");
    for (const answer of Object.values(WEAK_ANSWERS)) {
      for (const r of bank) {
        const result = scoreAnswer(r, answer);
        for (const c of [...result.criteria, ...publicScorecard(result).criteria]) expect(c.suggestion).not.toMatch(/Nothing missing here/);
      }
    }
  });
});
