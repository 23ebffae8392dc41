import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { secretSearcher } from "../../judge/fixtures.ts";
import { createJudge } from "../../judge/index.ts";
import type { Judge, JudgeResult } from "../../judge/types.ts";
import { makeTempDir, problemFiles, writeProblem } from "../../problems/fixtures.ts";
import { loadProblem, type Problem } from "../../problems/load.ts";
import { runProblem } from "./run.ts";

/** Run with custom cases on the real judge: the reference answers them, never beside the candidate. */
const MARKER = ["REFERENCE", "SOURCE", "91ab"].join("_");
const REFERENCE = `export function add(a: number, b: number): number {
  const note = "${MARKER}: the reference's own words";
  if (a < 0) throw new RangeError("a must not be negative");
  return note.length > 0 ? a + b : 0;
}
`;
/** Right on every case, and looking everywhere it can for the reference while it runs. */
const SNOOP = `${secretSearcher(["REFERENCE", "SOURCE", "91ab"])}
const moduleArgs = arguments;
export function add(a: number, b: number): number {
  walk(globalThis);
  walk(moduleArgs);
  walk(new Error().stack);
  for (const name of ["./reference", "./reference.ts", "./solution", "./reference-answers.test", "@jest/globals"]) {
    try { walk(require(name)); } catch (e) { walk(String(e)); }
  }
  const found = texts.filter((t) => t.includes(needle));
  console.log(found.length > 0 ? "FOUND " + found.join(" | ") : "nothing in " + texts.length + " texts");
  return a + b;
}
`;

let root: string;
let judge: Judge;
let problems: Problem[];

beforeAll(async () => {
  root = await makeTempDir();
  const casesJson = { function: "add", cases: [{ args: [1, 2], expected: 3, sample: true }, { args: [2, 2], expected: 4 }] };
  const files = problemFiles({ "add.sample.test.ts": undefined, "add.test.ts": undefined, "cases.json": JSON.stringify(casesJson), "solution.ts": REFERENCE });
  problems = [await loadProblem(await writeProblem(root, "add-cases", files))];
  judge = createJudge({ workers: 1 });
});
afterAll(async () => {
  await judge.close();
  await rm(root, { recursive: true, force: true });
});

const CASES = [{ args: [2, 3] }, { name: "given", args: [1, 1], expected: 3 }, { name: "outside", args: [-1, 1] }];
const mine = (result: JudgeResult) => result.tests.filter((t) => t.file === "your-cases.test.ts");

describe("Run with custom cases", () => {
  it("expects the reference's answers, and the reference's source appears nowhere", async () => {
    const result = await runProblem({ problems, judge }, "add-cases", { code: SNOOP, cases: CASES });
    expect(mine(result).map((t) => [t.name, t.status])).toEqual([
      ["your cases > your case 1", "passed"],
      ["your cases > given", "failed"],
      ["your cases > outside", "failed"],
    ]);
    expect(mine(result)[1]).toMatchObject({ expected: "3", received: "2" });
    expect(mine(result)[2]?.message).toBe(
      "The reference solution fails on these arguments, so they are probably outside the problem's constraints: a must not be negative",
    );
    const lines = result.tests.flatMap((t) => t.console.map((c) => c.text));
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect(line).toMatch(/^nothing in \d+ texts$/);
    expect(JSON.stringify(result)).not.toContain(MARKER);
    expect(JSON.stringify(result)).not.toContain("note.length");
    expect(result).not.toHaveProperty("recorded");
  });

  it("shows a wrong answer against the reference's value", async () => {
    const wrong = "export function add(a: number, b: number): number { return a * b; }";
    const result = await runProblem({ problems, judge }, "add-cases", { code: wrong, cases: [{ args: [2, 3] }] });
    expect(mine(result)[0]).toMatchObject({ status: "failed", expected: "5", received: "6" });
    expect(result.verdict).toBe("Wrong Answer");
  });
});
