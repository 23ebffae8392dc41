import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bankCoverage, coverageTable, type BankCoverage } from "../../server/src/bank/coverage.ts";
import { DESIGN_EXERCISES, LEADERSHIP_ITEMS } from "../../server/src/bank/roadmap.ts";
import { loadProblems } from "../../server/src/problems/load.ts";
import { loadRubrics } from "../../server/src/scoring/load.ts";

/** The bank against the roadmap it follows (../shared/roadmap.md, named in roadmap.ts). */
const root = join(import.meta.dirname, "../..");
let coverage: BankCoverage;
let counts: { problems: number; design: number; behavioral: number; concept: number };
let problemList: Awaited<ReturnType<typeof loadProblems>>;

beforeAll(async () => {
  const [problems, rubrics] = await Promise.all([loadProblems(join(root, "problems")), loadRubrics(join(root, "rubrics"))]);
  coverage = bankCoverage(problems, rubrics);
  problemList = problems;
  counts = {
    problems: problems.length,
    design: rubrics.filter((r) => r.kind === "design").length,
    behavioral: rubrics.filter((r) => r.kind === "behavioral" || r.kind === "leadership").length,
    concept: rubrics.filter((r) => r.kind === "concept").length,
  };
});

describe("the problem bank", () => {
  it("has the size the issue asks for", () => {
    expect(counts.problems).toBeGreaterThanOrEqual(45);
    expect(counts.design).toBeGreaterThanOrEqual(15);
    expect(counts.behavioral).toBeGreaterThanOrEqual(30);
    expect(counts.concept).toBeGreaterThanOrEqual(40);
  });

  it("gives every coding problem 2-3 hints, an editorial, and sample and hidden tests", () => {
    const short = problemList.filter(
      (p) => p.hints.length < 2 || p.hints.length > 3 || !p.editorial?.trim() || !p.tests.some((t) => t.visibility === "sample") || !p.tests.some((t) => t.visibility === "hidden"),
    );
    expect(short.map((p) => p.slug)).toEqual([]);
  });

  it("gives every roadmap area at least two coding problems or concept questions", () => {
    expect(coverage.thinAreas).toEqual([]);
  });

  it("has a prompt for every design exercise and leadership item the roadmap lists", () => {
    expect(coverage.missingDesignExercises).toEqual([]);
    expect(coverage.missingLeadershipItems).toEqual([]);
  });

  it("names the roadmap's items exactly as the roadmap does", () => {
    const roadmap = join(root, "../shared/roadmap.md");
    // The roadmap sits beside the repository in CI and for the team; a lone clone has the lists only.
    if (!existsSync(roadmap)) return;
    const text = readFileSync(roadmap, "utf8").replace(/\*\*/g, "");
    for (const item of [...DESIGN_EXERCISES, ...LEADERSHIP_ITEMS]) expect(text, item).toContain(item);
  });

  it("is described by the README's coverage table as it is", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const table = /<!-- coverage:start -->\n([\s\S]*?)\n<!-- coverage:end -->/.exec(readme)?.[1];
    expect(table, "README.md needs the table between <!-- coverage:start --> and <!-- coverage:end --> (npm run bank:coverage)").toBe(coverageTable(coverage));
  });
});
