import { afterAll, describe, expect, it } from "vitest";
import { type CasesFile, casesFileSchema, casesToTestFiles } from "../problems/cases.ts";
import { consoleLines, judgeRequest, secretSearcher, testFile, testNamed } from "./fixtures.ts";
import { createJudge } from "./index.ts";
import type { CaseOutcome, JudgeResult } from "./types.ts";

/** Data-driven cases end to end: the worker holds what each case expects, the isolate never does. */
const judge = createJudge({ workers: 1, maxQueue: 8 });
afterAll(() => judge.close());

const spec = (input: unknown): CasesFile => casesFileSchema.parse(input);
const judgeCases = (solution: string, cases: CasesFile) => judge.judge(judgeRequest(solution, casesToTestFiles(cases)));

const SQRT = spec({
  function: "root",
  cases: [
    { args: [4], expected: 2, sample: true },
    { args: [-1], throws: "negative", sample: true },
    { name: "nine", args: [9], expected: 3 },
    { name: "minus four", args: [-4], throws: "negative" },
  ],
});
const RIGHT = `export function root(n: number): number {
  if (n < 0) throw new RangeError("n is negative");
  return Math.sqrt(n);
}`;

describe("cases.json problems", () => {
  it("accepts a right solution, throws cases included", async () => {
    const result = await judgeCases(RIGHT, SQRT);
    expect(result.tests.map((t) => [t.name, t.status])).toEqual([
      ["root > root(4)", "passed"],
      ["root > root(-1)", "passed"],
      ["root > nine", "passed"],
      ["root > minus four", "passed"],
    ]);
    expect(result.verdict).toBe("Accepted");
  });

  it("fails a wrong value with expected and received, and a missing throw", async () => {
    const result = await judgeCases("export function root(n: number): number { return n / 2; }", SQRT);
    expect(testNamed(result, "root > root(4)").status).toBe("passed");
    expect(testNamed(result, "root > nine")).toMatchObject({ status: "failed", expected: "3", received: "4.5" });
    expect(testNamed(result, "root > nine").message).toBe("expect(received).toEqual(expected) // deep equality\n\nExpected: 3\nReceived: 4.5");
    expect(testNamed(result, "root > root(-1)")).toMatchObject({ status: "failed", received: "did not throw" });
    expect(testNamed(result, "root > root(-1)").message).toContain('Expected substring: "negative"');
    expect(result.verdict).toBe("Wrong Answer");
  });

  it("ends a call that throws where a value is expected as a Runtime Error at the candidate's line", async () => {
    const result = await judgeCases('export function root(n: number): number {\n  if (n > 5) throw new TypeError("too big");\n  if (n < 0) throw new RangeError("negative");\n  return Math.sqrt(n);\n}', SQRT);
    const nine = testNamed(result, "root > nine");
    expect(nine.status).toBe("error");
    expect(nine.message).toMatch(/^TypeError: too big/);
    expect(nine.location).toMatchObject({ file: "solution.ts", line: 2 });
    expect(result.verdict).toBe("Runtime Error");
  });

  it("compares as the problem says: in any order, or within 5 digits", async () => {
    const groups = spec({ function: "group", compare: "unordered", cases: [{ args: [], expected: [[1, 2], [3], [Number.MAX_SAFE_INTEGER]], sample: true }] });
    expect((await judgeCases(`export const group = () => [[${Number.MAX_SAFE_INTEGER}], [3], [2, 1]];`, groups)).verdict).toBe("Accepted");
    expect((await judgeCases("export const group = () => [[1], [3], [2]];", groups)).verdict).toBe("Wrong Answer");
    const ratio = spec({ function: "ratio", compare: "closeTo", cases: [{ args: [1, 3], expected: 0.333333, sample: true }] });
    expect((await judgeCases("export const ratio = (a: number, b: number) => a / b;", ratio)).verdict).toBe("Accepted");
    expect((await judgeCases("export const ratio = (a: number, b: number) => a / b + 0.0001;", ratio)).verdict).toBe("Wrong Answer");
  });

  it("fails a value nested too deeply to compare, and the run goes on", async () => {
    const deep = "export const root = (n: number) => { let v: unknown[] = []; for (let i = 0; i < 200_000; i++) v = [v]; return n === 1 ? v : n; };";
    const result = await judgeCases(deep, spec({ function: "root", cases: [{ args: [1], expected: [[]], sample: true }, { args: [2], expected: 2, sample: true }] }));
    expect(result.tests.map((t) => t.status)).toEqual(["failed", "passed"]);
    expect(result.tests[0]?.message).toMatch(/could not be (copied|compared)/);
  });

  it("fails a value it cannot copy out of the sandbox, rather than guessing", async () => {
    const result = await judgeCases("export const root = () => () => 2;", spec({ function: "root", cases: [{ args: [4], expected: 2, sample: true }] }));
    expect(result.tests[0]?.status).toBe("failed");
    expect(result.tests[0]?.message).toMatch(/could not be copied out of the sandbox/);
  });
});

describe("what a submission can reach", () => {
  // Built at run time, so the solution's own source (which it reads too) does not hold it.
  const NEEDLE = ["EXPECTED", "MARKER", "5d1e"].join("_");
  const leaky = spec({
    function: "solve",
    cases: [
      { args: [1], expected: `${NEEDLE}_sample`, sample: true },
      { args: [2], expected: `${NEEDLE}_hidden` },
      { args: [3], expected: { nested: [`${NEEDLE}_deep`] } },
      { args: [4], throws: `${NEEDLE}_thrown` },
    ],
  });
  const SEARCHER = `${secretSearcher(["EXPECTED", "MARKER", "5d1e"])}
const moduleArgs = arguments;
export function solve(...args: unknown[]): unknown {
  walk(globalThis);
  walk(args);
  walk(moduleArgs);
  walk(new Error("where am I").stack);
  for (const name of ["@jest/globals", "vitest", "./cases", "./cases.json", "./cases.sample.json", "./reference"]) {
    try { walk(require(name)); } catch (e) { walk(e); walk(String(e)); }
  }
  try { walk((solve as unknown as { caller: unknown }).caller); } catch (e) { walk(String(e)); }
  // Ask the matcher itself, with a guess, for every case there is.
  // The solution has no test API today; should it ever reach one, ask the matcher too.
  let expect: ((v: unknown) => Record<string, (i: number) => void>) | undefined;
  try { expect = (require("@jest/globals") as { expect: typeof expect }).expect; } catch (e) { walk(String(e)); }
  for (let i = 0; i < 4 && expect; i++) {
    for (const guess of [() => 0, () => { throw new Error("guess"); }]) {
      try { expect(guess).toMatchCase(i); texts.push("no error"); } catch (e) { walk(e); texts.push(String(e), String((e as Error).stack)); }
    }
  }
  const found = texts.filter((t) => t.includes(needle));
  console.log(found.length > 0 ? "FOUND " + found.join(" | ") : "nothing in " + texts.length + " texts");
  if (found.length > 0) return found[0];
  return "nothing";
}`;

  it("finds no expected value: not in globals, arguments, stacks, modules, function sources or the matcher's replies", async () => {
    const result: JudgeResult = await judgeCases(SEARCHER, leaky);
    expect(result.tests).toHaveLength(4);
    const lines = consoleLines(result);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^nothing in \d+ texts$/);
    // What the isolate knew shows in its console, its return values and what it threw; the
    // expected values themselves are in the worker's own failure messages, and only there.
    for (const t of result.tests) {
      expect(t.status).not.toBe("passed");
      expect(t.received ?? "").not.toContain(NEEDLE);
      expect(JSON.stringify(t.console)).not.toContain(NEEDLE);
      expect(t.message ?? "").not.toMatch(new RegExp(`Received.*${NEEDLE}`));
    }
    // Cases are looked up in the running test's own file: probing from a sample test shows no hidden value.
    const sample = result.tests.filter((t) => t.visibility === "sample");
    expect(sample).toHaveLength(1);
    expect(JSON.stringify(sample)).not.toMatch(/_hidden|_deep|_thrown/);
  });

  it("keeps the expected values out of the code the sandbox runs", () => {
    for (const file of casesToTestFiles(leaky)) expect(file.code).not.toContain(NEEDLE);
  });
});

describe("toRecordCase", () => {
  const recording = (code: string) =>
    testFile(`import { expect, it } from "@jest/globals";\nimport { f } from "./solution";\n${code}`, "reference-answers.test.ts", "hidden");

  it("keeps each call's outcome, as copied values, in the result", async () => {
    const file = { ...recording('it("a", () => { expect(() => f(0)).toRecordCase(0); });\nit("b", () => { expect(() => f(1)).toRecordCase(1); });\nit("c", () => { expect(() => f(2)).toRecordCase(2); });'), recordsOutcomes: true };
    const solution = 'export function f(n: number): unknown {\n  if (n === 1) throw new RangeError("no one");\n  return n === 0 ? [-0, Number.NaN, undefined] : new Map([["k", 1]]);\n}';
    const result = await judge.judge(judgeRequest(solution, [file]));
    expect(result.verdict).toBe("Accepted");
    const outcomes = result.recorded?.["reference-answers.test.ts"] as CaseOutcome[];
    expect(outcomes[1]).toEqual({ threw: { name: "RangeError", message: "no one" } });
    const first = (outcomes[0] as { returned: unknown[] }).returned;
    expect(Object.is(first[0], -0) && Number.isNaN(first[1]) && first.length === 3).toBe(true);
    expect(outcomes[2]).toEqual({ returned: new Map([["k", 1]]) });
  });

  it("is refused in any other file, and records nothing there", async () => {
    const result = await judge.judge(judgeRequest("export const f = () => 1;", [recording('it("a", () => { expect(() => f()).toRecordCase(0); });')]));
    expect(result.tests[0]?.status).toBe("failed");
    expect(result.tests[0]?.message).toMatch(/only the judge's own recording runs/);
    expect(result).not.toHaveProperty("recorded");
  });
});
