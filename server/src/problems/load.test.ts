import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ValidationError } from "../lib/errors.ts";
import { FRONT_MATTER, makeTempDir, problemFiles, SAMPLE_TEST, writeProblem } from "./fixtures.ts";
import { loadProblem, loadProblems } from "./load.ts";

let root: string;
beforeEach(async () => {
  root = await makeTempDir();
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const CASES = {
  function: "add",
  cases: [
    { args: [1, 2], expected: 3, sample: true },
    { name: "negative", args: [-1, -2], expected: -3 },
    { args: [0, 0], expected: 0 },
  ],
};

async function loadError(files: Record<string, string | undefined>, slug = "add-two"): Promise<ValidationError> {
  const dir = await writeProblem(root, slug, problemFiles(files));
  const error = await loadProblem(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe("loadProblem", () => {
  it("reads the front matter, statement, code and tests of a folder", async () => {
    const dir = await writeProblem(
      root,
      "add-two",
      problemFiles({
        "problem.md": `---\n${FRONT_MATTER}timeLimitMs: 500\nmemoryLimitMb: 32\n---\n\n# Add\n\nSum them.\n`,
        "editorial.md": "\nUse +.\n",
        "tests/edge.test.ts": SAMPLE_TEST,
        "tests/more.sample.test.ts": SAMPLE_TEST,
        "notes.ts": "// not a test",
      }),
    );
    const problem = await loadProblem(dir);
    expect(problem).toMatchObject({
      slug: "add-two",
      title: "Add two numbers",
      difficulty: "easy",
      tags: ["math"],
      area: "algorithms",
      hints: ["Use the plus sign."],
      statement: "# Add\n\nSum them.",
      editorial: "Use +.",
      limits: { testTimeMs: 500, memoryMb: 32 },
    });
    expect(problem.solution).toContain("return a + b");
    expect(problem.starter).toContain("return 0");
    expect(problem.tests.map((t) => [t.path, t.visibility])).toEqual([
      ["add.sample.test.ts", "sample"],
      ["add.test.ts", "hidden"],
      ["tests/edge.test.ts", "hidden"],
      ["tests/more.sample.test.ts", "sample"],
    ]);
    expect(problem.casesFunction).toBeUndefined();
  });

  it("leaves out what is optional", async () => {
    const problem = await loadProblem(await writeProblem(root, "add-two"));
    expect(problem).not.toHaveProperty("editorial");
    expect(problem.limits).toEqual({});
  });

  it("turns cases.json into sample and hidden test files", async () => {
    const dir = await writeProblem(
      root,
      "add-cases",
      problemFiles({ "add.sample.test.ts": undefined, "add.test.ts": undefined, "cases.json": JSON.stringify(CASES) }),
    );
    const problem = await loadProblem(dir);
    expect(problem.tests.map((t) => [t.path, t.visibility])).toEqual([
      ["cases.sample.json", "sample"],
      ["cases.json", "hidden"],
    ]);
    expect(problem.casesFunction).toBe("add");
    expect(problem.casesCompare).toBe("equal");
    expect(problem.sampleCases).toEqual([{ args: [1, 2], expected: 3 }]);
    expect(problem.tests[0]?.code).not.toContain("negative");
  });

  it.each([
    ["no sample test", { "add.sample.test.ts": undefined }, /no sample test/],
    ["no hidden test", { "add.test.ts": undefined }, /no hidden test/],
    ["an empty test file", { "add.test.ts": "  \n" }, /add\.test\.ts: the test file is empty/],
    ["no solution", { "solution.ts": undefined }, /solution\.ts: missing/],
    ["no starter", { "starter.ts": undefined }, /starter\.ts: missing/],
    ["no problem.md", { "problem.md": undefined }, /problem\.md: missing/],
    ["no front matter", { "problem.md": "# Add\n" }, /problem\.md: must start with YAML front matter/],
    ["an empty statement", { "problem.md": `---\n${FRONT_MATTER}---\n\n` }, /statement .* is empty/],
  ])("rejects a problem with %s", async (_, files, message) => {
    expect((await loadError(files)).message).toMatch(message);
  });

  it("names the line of a YAML error", async () => {
    const error = await loadError({ "problem.md": "---\ntitle: Add\ndifficulty: [easy\n---\nBody\n" });
    expect(error.message).toMatch(/problem\.md:\d+:\d+: invalid YAML front matter: [^\n]*\]$/);
    const line = Number(/problem\.md:(\d+)/.exec(error.message)?.[1]);
    expect(line).toBeGreaterThanOrEqual(3);
  });

  it("names the front matter field that is wrong", async () => {
    const error = await loadError({ "problem.md": `---\n${FRONT_MATTER.replace("easy", "extreme")}colour: red\n---\nBody\n` });
    expect(error.message).toContain("problem.md: invalid front matter");
    expect(error.message).toMatch(/^ {2}difficulty: /m);
    expect(error.message).toMatch(/colour/);
  });

  it("names the file of invalid JSON and the field of an invalid case", async () => {
    expect((await loadError({ "cases.json": "{ nope" })).message).toMatch(/cases\.json: invalid JSON/);
    const bad = { ...CASES, cases: [{ args: "1, 2", expected: 3 }] };
    const error = await loadError({ "cases.json": JSON.stringify(bad) });
    expect(error.message).toMatch(/cases\.json: invalid cases:\n {2}cases\.0\.args: /);
  });

  it("rejects a folder name that is not a slug", async () => {
    const error = await loadError({}, "Add_Two");
    expect(error.message).toMatch(/"Add_Two" is not a valid slug/);
  });
});

describe("loadProblems", () => {
  it("loads every problem folder, in slug order, ignoring loose files and dot folders", async () => {
    await writeProblem(root, "zeta");
    await writeProblem(root, "alpha");
    await writeProblem(root, ".git", { HEAD: "ref" });
    await writeFile(join(root, "README.md"), "# Problems\n");
    const problems = await loadProblems(root);
    expect(problems.map((p) => p.slug)).toEqual(["alpha", "zeta"]);
  });

  it("returns nothing for an empty folder", async () => {
    expect(await loadProblems(root)).toEqual([]);
  });

  it("reports every broken problem at once", async () => {
    await writeProblem(root, "good");
    await writeProblem(root, "no-solution", problemFiles({ "solution.ts": undefined }));
    await writeProblem(root, "no-tests", problemFiles({ "add.test.ts": undefined }));
    const error = await loadProblems(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/^2 problem\(s\) failed to load/);
    expect((error as Error).message).toMatch(/no-solution[/\\]solution\.ts: missing/);
    expect((error as Error).message).toMatch(/no-tests: no hidden test/);
  });

  it("fails clearly when the folder does not exist", async () => {
    await expect(loadProblems(join(root, "missing"))).rejects.toThrow(/cannot read the problems folder/);
  });
});
