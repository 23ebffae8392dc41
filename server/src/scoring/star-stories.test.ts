import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadRubricFile } from "./load.ts";
import { publicScorecard } from "./public.ts";
import { STAR_PARTS, type StarPart } from "./rubric.ts";
import { scoreAnswer } from "./score.ts";

// Stories written for these tests, each told with Situation/Task/Action/Result headings; the
// same words are also scored under headings the scorer does not know, and with none at all.
const DIR = new URL("./star-stories/", import.meta.url);
const RUBRICS = new URL("../../../rubrics/", import.meta.url);

type Parts = Record<StarPart, string>;

function readStory(rubricId: string, level: string): Parts {
  const text = readFileSync(new URL(`${rubricId}/${level}.md`, DIR), "utf8");
  const parts = {} as Parts;
  for (const m of text.matchAll(/^## (\w+)\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)) parts[m[1]!.toLowerCase() as StarPart] = m[2]!.trim();
  return parts;
}

const FORMATS = {
  star: (p: Parts) => STAR_PARTS.map((part) => `${part[0]!.toUpperCase()}${part.slice(1)}:\n${p[part]}`).join("\n\n"),
  odd: (p: Parts) => `What happened and what I did:\n${p.situation} ${p.task}\n${p.action}\n\nResult and what changed:\n${p.result}`,
  none: (p: Parts) => STAR_PARTS.map((part) => p[part]).join(" "),
};

const rubric = (id: string) => loadRubricFile(fileURLToPath(new URL(`${id}.yaml`, RUBRICS)));
const score = async (id: string, answer: string) => scoreAnswer(await rubric(id), answer);

/** The order each question's stories should come in, written down before the scorer was changed. */
const ORDER = ["strong", "adequate", "weak"] as const;

for (const rubricId of readdirSync(DIR)) {
  describe(`${rubricId}: stories read by what they say`, () => {
    it(`orders ${ORDER.join(" > ")}, in every format`, async () => {
      for (const [format, render] of Object.entries(FORMATS)) {
        const totals = await Promise.all(ORDER.map(async (level) => (await score(rubricId, render(readStory(rubricId, level)))).total));
        for (let i = 1; i < totals.length; i++) expect(totals[i - 1], `${format}: ${totals.join(" > ")}`).toBeGreaterThan(totals[i]!);
      }
    });

    it("puts a blaming story clearly below the honest ones, and names the blame", async () => {
      for (const [format, render] of Object.entries(FORMATS)) {
        const [strong, adequate, blame] = await Promise.all(["strong", "adequate", "blame"].map(async (level) => score(rubricId, render(readStory(rubricId, level)))));
        expect(blame!.total, `${format}: blame ${blame!.total} vs strong ${strong!.total}`).toBeLessThanOrEqual(strong!.total - 20);
        expect(blame!.total, `${format}: blame ${blame!.total} vs adequate ${adequate!.total}`).toBeLessThan(adequate!.total);
        expect(blame!.criteria.flatMap((c) => c.redFlags.map((f) => f.label)).join("; ")).toMatch(/blame/i);
        // Before the model answer is revealed too: the public scorecard says why it cost.
        expect(publicScorecard(blame!).criteria.flatMap((c) => c.redFlags.map((f) => f.reason)).join("; ")).toMatch(/blam/i);
      }
    });

    it("finds the same parts, and about the same score, whatever the headings", async () => {
      for (const level of ["strong", "adequate", "weak", "blame"]) {
        const parts = readStory(rubricId, level);
        const results = await Promise.all(Object.values(FORMATS).map((render) => score(rubricId, render(parts))));
        const present = results.map((r) => r.star!.parts.filter((p) => p.present).map((p) => p.part));
        expect(present[1], `${level}: odd headings`).toEqual(present[0]);
        expect(present[2], `${level}: no headings`).toEqual(present[0]);
        const totals = results.map((r) => r.total);
        expect(Math.max(...totals) - Math.min(...totals), `${level}: ${totals.join(", ")}`).toBeLessThanOrEqual(5);
      }
    });
  });
}

describe("leadership-underperformer: a release-train story is not about a struggling engineer", () => {
  it("scores well below an adequate answer to the question", async () => {
    const offTopic = await score("leadership-underperformer", FORMATS.star(readStory("leadership-underperformer", "off-topic")));
    const adequate = await score("leadership-underperformer", FORMATS.star(readStory("leadership-underperformer", "adequate")));
    expect(offTopic.total).toBeLessThan(adequate.total - 15);
    const said = offTopic.criteria.flatMap((c) => c.evidence.flatMap((e) => (e.said ? [e.said] : [])));
    expect(said.filter((w) => /train/i.test(w))).toEqual([]);
  });
});

describe("behavioral-production-mistake: what a story earns for owning it and for its result", () => {
  it("does not credit owning the change from a defensive sentence", async () => {
    const blame = await score("behavioral-production-mistake", FORMATS.star(readStory("behavioral-production-mistake", "blame")));
    const said = blame.criteria.flatMap((c) => c.evidence.flatMap((e) => (e.said ? [e.said] : [])));
    expect(said.join("; ")).not.toMatch(/my change/i);
    expect(blame.criteria.find((c) => c.id === "ownership")!.level).toBeLessThanOrEqual(2);
  });

  it("gives a result of lessons only less than one with an outcome", async () => {
    const story = readStory("behavioral-production-mistake", "strong");
    const lessons = { ...story, result: "I learned that retries need an idempotency key. I learned to test what happens after a timeout." };
    const [withOutcome, lessonsOnly] = await Promise.all([story, lessons].map((p) => score("behavioral-production-mistake", FORMATS.none(p))));
    expect(lessonsOnly!.total).toBeLessThan(withOutcome!.total - 5);
    expect(lessonsOnly!.criteria.find((c) => c.id === "star")!.missing.join(" ")).toMatch(/outcome/);
  });
});
