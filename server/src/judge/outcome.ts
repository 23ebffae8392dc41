import type { JudgeResult, TestResult } from "./types.ts";
import { type Verdict, VERDICT_OF_STATUS } from "./verdicts.ts";

type FailedTest = TestResult & { status: keyof typeof VERDICT_OF_STATUS };

const failed = (t: TestResult): t is FailedTest => t.status !== "passed" && t.status !== "skipped";

/**
 * The test that names the verdict: the first failing sample test, else the first failing hidden
 * one. A candidate can read a sample's details and fix what it shows; a hidden test they cannot.
 */
export function decisiveTest(tests: readonly TestResult[]): FailedTest | undefined {
  return tests.find((t): t is FailedTest => failed(t) && t.visibility === "sample") ?? tests.find(failed);
}

/**
 * The submission's verdict from its tests: Accepted only when every test that was not
 * skipped passed and at least one ran; otherwise the decisive test (see above) names it.
 */
export function summarize(
  tests: TestResult[],
  extra: { verdict?: Verdict; message?: string; compileError?: JudgeResult["compileError"]; strayFailure?: string },
): JudgeResult {
  const passed = tests.filter((t) => t.status === "passed").length;
  const skipped = tests.filter((t) => t.status === "skipped").length;
  const summary = { total: tests.length, passed, failed: tests.filter(failed).length, skipped };
  const runtimeMs = Math.round(tests.reduce((sum, t) => sum + t.durationMs, 0) * 100) / 100;
  const base = { tests, summary, runtimeMs, ...(extra.compileError ? { compileError: extra.compileError } : {}) };
  if (extra.verdict) return { ...base, verdict: extra.verdict, message: extra.message ?? extra.verdict };
  const decisive = decisiveTest(tests);
  if (decisive) {
    const verdict = VERDICT_OF_STATUS[decisive.status];
    return { ...base, verdict, message: `${verdict} on test "${decisive.name}"` };
  }
  if (extra.strayFailure) return { ...base, verdict: "Wrong Answer", message: "Wrong Answer: an expectation failed outside any test" };
  if (passed === 0) return { ...base, verdict: "Wrong Answer", message: "Wrong Answer: no test ran" };
  return { ...base, verdict: "Accepted", message: `Accepted: ${passed} of ${tests.length - skipped} tests passed` };
}
