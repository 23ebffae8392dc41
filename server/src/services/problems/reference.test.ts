import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Judge, JudgeRequest, JudgeResult, TestFile } from "../../judge/types.ts";
import { IDLE_JUDGE } from "../../judge/fixtures.ts";
import { makeTempDir, writeProblem } from "../../problems/fixtures.ts";
import { loadProblem, type Problem } from "../../problems/load.ts";
import { createReferenceRuns, plannedTestCount } from "./reference.ts";

/** Answers each call with the next verdict (or throws), two tests per file, and records the requests. */
function scriptedJudge(outcomes: (JudgeResult["verdict"] | Error)[]) {
  const requests: JudgeRequest[] = [];
  const judge: Judge = {
    ...IDLE_JUDGE,
    async judge(request) {
      requests.push(request);
      const outcome = outcomes.shift() ?? "Accepted";
      if (outcome instanceof Error) throw outcome;
      const tests = request.tests.flatMap((file, f) =>
        [0, 1].map((i) => ({ index: f * 2 + i, name: `t${i}`, file: file.path, visibility: file.visibility, status: "passed" as const, durationMs: 1, console: [] })),
      );
      return { verdict: outcome, message: outcome, tests, summary: { total: tests.length, passed: tests.length, failed: 0, skipped: 0 }, runtimeMs: 7.5 };
    },
  };
  return { judge, requests };
}

let root: string;
let problem: Problem;

beforeAll(async () => {
  root = await makeTempDir("rehearse-reference-");
  problem = await loadProblem(await writeProblem(root, "add-two"));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("createReferenceRuns", () => {
  it("judges the reference solution once, however often it is asked for", async () => {
    const { judge, requests } = scriptedJudge(["Accepted"]);
    const references = createReferenceRuns(judge);
    const [a, b] = await Promise.all([references.get(problem), references.get(problem)]);
    await references.get(problem);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.solution.code).toBe(problem.solution);
    expect(requests[0]?.tests.map((t) => t.path)).toEqual(["add.sample.test.ts", "add.test.ts"]);
    expect(a).toBe(b);
    expect(a?.runtimeMs).toBe(7.5);
    expect(Object.fromEntries(a?.testsPerFile ?? [])).toEqual({ "add.sample.test.ts": 2, "add.test.ts": 2 });
  });

  it("forgets a failed or rejected reference run, so the next caller tries again", async () => {
    const { judge, requests } = scriptedJudge([new Error("queue full"), "Time Limit Exceeded", "Accepted"]);
    const references = createReferenceRuns(judge);
    expect(await references.get(problem)).toBeUndefined();
    expect(await references.get(problem)).toBeUndefined();
    expect(await references.get(problem)).toMatchObject({ runtimeMs: 7.5 });
    expect(requests).toHaveLength(3);
  });
});

describe("plannedTestCount", () => {
  const file = (path: string): TestFile => ({ path, code: "", visibility: "sample" });
  const reference = { runtimeMs: 1, testsPerFile: new Map([["a.sample.test.ts", 3], ["b.test.ts", 5]]) };

  it("adds up the tests of the files to judge, the candidate's own cases included", () => {
    expect(plannedTestCount(reference, [file("a.sample.test.ts"), file("b.test.ts")])).toBe(8);
    expect(plannedTestCount(reference, [file("a.sample.test.ts"), file("mine.test.ts")], new Map([["mine.test.ts", 2]]))).toBe(5);
  });

  it("knows nothing without a reference run or for a file it never saw", () => {
    expect(plannedTestCount(undefined, [file("a.sample.test.ts")])).toBeUndefined();
    expect(plannedTestCount(reference, [file("other.test.ts")])).toBeUndefined();
  });
});
