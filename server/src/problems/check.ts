import type { Judge, JudgeResult } from "../judge/types.ts";
import type { TestStatus } from "../judge/verdicts.ts";
import type { FileIssue } from "./file-issues.ts";
import type { Problem } from "./load.ts";

/** A test the reference solution did not pass. */
export interface FailingTest {
  name: string;
  status: TestStatus;
  message?: string;
}

export interface SolutionsCheck {
  ok: boolean;
  reference: JudgeResult;
  starter: JudgeResult;
  /** Each reason the problem is invalid, naming the file (and line, for a compile error). */
  errors: FileIssue[];
  /** The reference solution's failing tests. */
  failingTests: FailingTest[];
  starterAccepted: boolean;
}

/** How many failing tests a check reports; the rest fail for the same reason, usually. */
export const MAX_FAILING_TESTS = 20;

/**
 * What `rehearse problems check` asks of a loaded problem: its reference solution Accepted,
 * its starter compiling and not Accepted. The CLI and team authoring both call this.
 */
export async function checkProblemSolutions(problem: Problem, judge: Judge): Promise<SolutionsCheck> {
  const base = { tests: problem.tests, limits: problem.limits };
  const [reference, starter] = await Promise.all([
    judge.judge({ ...base, solution: { path: "solution.ts", code: problem.solution } }),
    judge.judge({ ...base, solution: { path: "solution.ts", code: problem.starter } }),
  ]);
  const errors: FileIssue[] = [];
  const failingTests = reference.tests
    .filter((t) => t.status !== "passed" && t.status !== "skipped")
    .slice(0, MAX_FAILING_TESTS)
    .map((t) => ({ name: t.name, status: t.status, ...(t.message === undefined ? {} : { message: t.message }) }));
  if (reference.verdict !== "Accepted") {
    errors.push({ ...compileErrorPlace(reference, "solution.ts"), message: `reference solution: ${reference.message}` });
  }
  const starterAccepted = starter.verdict === "Accepted";
  if (starterAccepted) errors.push({ file: "starter.ts", message: "starter: is Accepted; it must not solve the problem" });
  if (starter.verdict === "Compile Error") errors.push({ ...compileErrorPlace(starter, "starter.ts"), message: `starter: does not compile: ${starter.message}` });
  return { ok: errors.length === 0, reference, starter, errors, failingTests, starterAccepted };
}

/** Where a compile error is, in the problem's files: the code judged as solution.ts is `judgedAs`. */
function compileErrorPlace(result: JudgeResult, judgedAs: string): { file: string; line?: number; column?: number } {
  const location = result.compileError?.location;
  if (!location) return { file: judgedAs };
  // Tests made from cases.json are generated code: their lines mean nothing to the author.
  if (location.file.endsWith(".json")) return { file: location.file.replace(/\.sample\.json$/, ".json") };
  return { file: location.file === "solution.ts" ? judgedAs : location.file, line: location.line, column: location.column };
}
