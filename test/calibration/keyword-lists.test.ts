import { describe, expect, it } from "vitest";
import { RUBRICS_DIR } from "../../bench/calibration.ts";
import { loadRubrics } from "../../server/src/scoring/load.ts";
import type { Rubric } from "../../server/src/scoring/rubric.ts";
import { scoreAnswer } from "../../server/src/scoring/score.ts";

const bank = await loadRubrics(RUBRICS_DIR);

/** The concepts and components a criterion names: what a candidate pasting the key would list. */
const terms = (c: Rubric["criteria"][number]) => [...(c.concepts ?? []), ...(c.components ?? [])].map((x) => (typeof x === "string" ? x : x.name));

/**
 * Issue 13's audit: a list of a rubric's terms scored 78–100, above honest adequate answers.
 * Over the whole bank, such a list (one sentence, or a line per criterion) now stays at the
 * level of an honest weak answer. The bound is what the scorer reaches, not a target: single
 * lines under twelve words are read as short answers rather than lists and keep up to 24.
 */
describe("a list of a rubric's own terms, on every rubric of the bank", () => {
  const lists = bank
    .filter((r) => r.criteria.flatMap(terms).length >= 3)
    .flatMap((r) => [
      { id: `${r.id} (one sentence)`, rubric: r, text: `${r.criteria.flatMap(terms).join(", ")}.` },
      { id: `${r.id} (a line per criterion)`, rubric: r, text: r.criteria.map((c) => `${c.title}: ${terms(c).join(", ")}.`).join("\n") },
    ]);

  it("covers the bank", () => {
    expect(lists.length).toBeGreaterThan(150);
  });

  it("scores 24 at most, and 15 on average", () => {
    const totals = lists.map((l) => ({ id: l.id, total: scoreAnswer(l.rubric, l.text, undefined, { bank }).total }));
    for (const t of totals) expect(t.total, t.id).toBeLessThanOrEqual(24);
    expect(totals.reduce((s, t) => s + t.total, 0) / totals.length).toBeLessThanOrEqual(15);
  });
});
