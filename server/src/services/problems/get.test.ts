import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "../../lib/errors.ts";
import { HIDDEN_MARKER, makeTempDir, problemFiles, SOLUTION, writeProblem } from "../../problems/fixtures.ts";
import { loadProblem, type Problem } from "../../problems/load.ts";
import { getProblem } from "./get.ts";
import { listProblems } from "./list.ts";

let root: string;
let plain: Problem;
let cases: Problem;

beforeAll(async () => {
  root = await makeTempDir();
  plain = await loadProblem(await writeProblem(root, "add-two", problemFiles({ "editorial.md": `Editorial ${HIDDEN_MARKER}` })));
  const casesJson = {
    function: "add",
    cases: [
      { args: [1, 2], expected: 3, sample: true },
      { name: `big ${HIDDEN_MARKER}`, args: [40_000, 2_000], expected: 42_000 },
    ],
  };
  cases = await loadProblem(
    await writeProblem(
      root,
      "add-cases",
      problemFiles({ "add.sample.test.ts": undefined, "add.test.ts": undefined, "cases.json": JSON.stringify(casesJson) }),
    ),
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("listProblems", () => {
  it("gives summaries only", () => {
    expect(listProblems([plain])).toEqual([
      { slug: "add-two", title: "Add two numbers", difficulty: "easy", tags: ["math"], area: "algorithms" },
    ]);
  });
});

describe("getProblem", () => {
  it("shows the statement, starter, hints, limits and sample tests", () => {
    const view = getProblem([plain, cases], "add-two");
    expect(view).toMatchObject({
      slug: "add-two",
      statement: expect.stringContaining("Return the sum"),
      starter: plain.starter,
      hints: ["Use the plus sign."],
      limits: { testTimeMs: 2000, memoryMb: 64, codeBytes: 65536 },
      samples: [{ path: "add.sample.test.ts", code: expect.stringContaining("adds small numbers") }],
    });
    expect(view).not.toHaveProperty("customCases");
  });

  it.each(["add-two", "add-cases"])("never reveals hidden tests, the solution or the editorial of %s", (slug) => {
    const text = JSON.stringify(getProblem([plain, cases], slug));
    expect(text).not.toContain(HIDDEN_MARKER);
    expect(text).not.toContain(JSON.stringify(SOLUTION).slice(1, -1));
    expect(text).not.toContain("editorial");
  });

  it("shows a cases problem's sample cases and what custom cases call", () => {
    const view = getProblem([plain, cases], "add-cases");
    expect(view.sampleCases).toEqual([{ args: [1, 2], expected: 3 }]);
    expect(view.customCases).toEqual({ function: "add", max: 20 });
    expect(view.samples.map((s) => s.path)).toEqual(["cases.sample.json"]);
  });

  it("throws NotFoundError for an unknown slug", () => {
    expect(() => getProblem([plain], "nope")).toThrow(NotFoundError);
  });
});
