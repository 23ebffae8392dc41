import { rm } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../db/client.ts";
import { migrateDb } from "../../db/migrate.ts";
import { type SubmissionRow, submissions } from "../../db/schema/index.ts";
import type { CaseOutcome, Judge, JudgeRequest, JudgeResult } from "../../judge/types.ts";
import { IDLE_JUDGE } from "../../judge/fixtures.ts";
import { LimitExceededError, NotFoundError, ValidationError } from "../../lib/errors.ts";
import { HIDDEN_MARKER, makeTempDir, problemFiles, SOLUTION, writeProblem } from "../../problems/fixtures.ts";
import { loadProblem, type Problem } from "../../problems/load.ts";
import { runProblem } from "./run.ts";
import { submitProblem } from "./submit.ts";

/** Records each request and passes every test file except those named in `failing`; a recording file gets `answers`. */
function recordingJudge(failing: string[] = [], answers: CaseOutcome[] = []) {
  const requests: JudgeRequest[] = [];
  const judge: Judge = {
    ...IDLE_JUDGE,
    async judge(request) {
      requests.push(request);
      const tests = request.tests.map((t, index) => ({
        index,
        name: `${t.path} > ${HIDDEN_MARKER}`,
        file: t.path,
        visibility: t.visibility,
        status: failing.includes(t.path) ? ("failed" as const) : ("passed" as const),
        durationMs: 2,
        expected: HIDDEN_MARKER,
        console: [{ level: "log" as const, text: HIDDEN_MARKER }],
      }));
      const passed = tests.filter((t) => t.status === "passed").length;
      const result: JudgeResult = {
        verdict: passed === tests.length ? "Accepted" : "Wrong Answer",
        message: "done",
        tests,
        summary: { total: tests.length, passed, failed: tests.length - passed, skipped: 0 },
        runtimeMs: 4.6,
      };
      const recording = request.tests.find((t) => t.recordsOutcomes);
      return recording ? { ...result, recorded: { [recording.path]: answers } } : result;
    },
  };
  return { judge, requests };
}

let root: string;
let db: Db;
let problems: Problem[];

beforeAll(async () => {
  root = await makeTempDir();
  const casesJson = { function: "add", compare: "unordered", cases: [{ args: [1, 2], expected: 3, sample: true }, { args: [2, 2], expected: 4 }] };
  problems = [
    await loadProblem(await writeProblem(root, "add-two")),
    await loadProblem(
      await writeProblem(root, "add-cases", problemFiles({ "add.sample.test.ts": undefined, "add.test.ts": undefined, "cases.json": JSON.stringify(casesJson) })),
    ),
  ];
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
});
afterAll(async () => {
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

describe("runProblem", () => {
  it("judges the sample tests only, as solution.ts", async () => {
    const { judge, requests } = recordingJudge();
    const result = await runProblem({ problems, judge }, "add-two", { code: SOLUTION });
    expect(requests[0]?.solution).toEqual({ path: "solution.ts", code: SOLUTION });
    expect(requests[0]?.tests.map((t) => t.path)).toEqual(["add.sample.test.ts"]);
    expect(requests[0]?.modules).toBeUndefined();
    expect(result.verdict).toBe("Accepted");
  });

  it("judges the reference alone on the cases without expected, then the candidate against its answers", async () => {
    const { judge, requests } = recordingJudge([], [{ returned: 11 }, { threw: { name: "RangeError", message: "too small" } }]);
    const cases = [{ args: [5, 6] }, { name: "mine", args: [1, 1], expected: 2 }, { args: [-1, 0] }];
    await runProblem({ problems, judge }, "add-cases", { code: SOLUTION, cases });
    expect(requests).toHaveLength(2);
    const [reference, candidate] = requests;
    expect(reference?.solution).toEqual({ path: "solution.ts", code: problems[1]?.solution });
    expect(reference?.tests.map((t) => [t.path, t.recordsOutcomes])).toEqual([["reference-answers.test.ts", true]]);
    expect(reference?.modules).toBeUndefined();

    expect(candidate?.solution).toEqual({ path: "solution.ts", code: SOLUTION });
    expect(candidate?.modules).toBeUndefined();
    expect(candidate?.tests.map((t) => [t.path, t.visibility])).toEqual([
      ["cases.sample.json", "sample"],
      ["your-cases.test.ts", "sample"],
    ]);
    expect(candidate?.tests[1]?.expectations).toEqual([
      { kind: "unordered", value: 11 },
      { kind: "unordered", value: 2 },
      { kind: "invalid", message: "The reference solution fails on these arguments, so they are probably outside the problem's constraints: too small" },
    ]);
  });

  it("does not run the reference when every case gives its expected value", async () => {
    const { judge, requests } = recordingJudge();
    await runProblem({ problems, judge }, "add-cases", { code: SOLUTION, cases: [{ args: [1, 1], expected: 2 }] });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.tests[1]?.expectations).toEqual([{ kind: "unordered", value: 2 }]);
  });

  it("refuses custom cases for a problem without cases.json", async () => {
    const { judge, requests } = recordingJudge();
    await expect(runProblem({ problems, judge }, "add-two", { code: SOLUTION, cases: [{ args: [1, 1] }] })).rejects.toThrow(ValidationError);
    expect(requests).toHaveLength(0);
  });

  it("refuses code over the size limit before judging", async () => {
    const { judge, requests } = recordingJudge();
    await expect(runProblem({ problems, judge }, "add-two", { code: "x".repeat(64 * 1024 + 1) })).rejects.toThrow(/the limit is 64 KB/);
    expect(requests).toHaveLength(0);
  });

  it("throws NotFoundError for an unknown problem", async () => {
    await expect(runProblem({ problems, judge: recordingJudge().judge }, "nope", { code: SOLUTION })).rejects.toThrow(NotFoundError);
  });
});

describe("submitProblem", () => {
  it("judges every test, stores the outcome and redacts the hidden tests", async () => {
    const { judge, requests } = recordingJudge(["add.test.ts"]);
    const result = await submitProblem({ problems, judge, db }, "add-two", { code: SOLUTION });
    expect(requests[0]?.tests.map((t) => t.path)).toEqual(["add.sample.test.ts", "add.test.ts"]);
    expect(result.verdict).toBe("Wrong Answer");
    expect(result.tests[1]).toMatchObject({ name: "Hidden test 1", file: "hidden", status: "failed", durationMs: 0, console: [] });
    expect(JSON.stringify(result.tests[1])).not.toContain(HIDDEN_MARKER);
    expect(result.message).toBe("Wrong Answer on Hidden test 1.");

    const rows = await db.select().from(submissions);
    const row = rows.find((r) => r.id === result.submissionId);
    expect(row).toMatchObject({ problemSlug: "add-two", mode: "submit", status: "judged", verdict: "Wrong Answer", passed: 1, total: 2, runtimeMs: 5, code: SOLUTION });
  });

  it("stores the submission pending before the judge sees it", async () => {
    const { judge } = recordingJudge();
    let whileJudged: SubmissionRow[] = [];
    const watching: Judge = {
      ...judge,
      async judge(request, options) {
        whileJudged = await db.select().from(submissions).where(eq(submissions.code, "// pending first\n"));
        return judge.judge(request, options);
      },
    };
    const result = await submitProblem({ problems, judge: watching, db }, "add-two", { code: "// pending first\n", userId: null });
    expect(whileJudged).toEqual([expect.objectContaining({ id: result.submissionId, status: "pending", verdict: null, passed: 0, total: 0 })]);
    const [after] = await db.select().from(submissions).where(eq(submissions.id, result.submissionId));
    expect(after).toMatchObject({ status: "judged", verdict: "Accepted", total: 2 });
  });

  it("forgets a submission the busy judge refused, and keeps one the judge failed to finish pending", async () => {
    const { judge } = recordingJudge();
    const refusing: Judge = { ...judge, judge: () => Promise.reject(new LimitExceededError("busy", 4)) };
    await expect(submitProblem({ problems, judge: refusing, db }, "add-two", { code: "// refused\n" })).rejects.toThrow(LimitExceededError);
    expect(await db.select().from(submissions).where(eq(submissions.code, "// refused\n"))).toEqual([]);

    const closing: Judge = { ...judge, judge: () => Promise.reject(new Error("The judge is closed.")) };
    await expect(submitProblem({ problems, judge: closing, db }, "add-two", { code: "// cut short\n" })).rejects.toThrow("closed");
    expect(await db.select().from(submissions).where(eq(submissions.code, "// cut short\n"))).toEqual([expect.objectContaining({ status: "pending", verdict: null })]);
  });

  it("stores nothing when the code is refused", async () => {
    const before = (await db.select().from(submissions)).length;
    await expect(submitProblem({ problems, judge: recordingJudge().judge, db }, "add-two", { code: "x".repeat(70_000) })).rejects.toThrow(ValidationError);
    expect(await db.select().from(submissions)).toHaveLength(before);
  });
});
