import type { JudgeResult, TestResult } from "./types.ts";
import { type Verdict, VERDICT_OF_STATUS } from "./verdicts.ts";

/**
 * The submission's verdict from its tests: Accepted only when every test that was not
 * skipped passed and at least one ran; otherwise the first failing test names it.
 */
export function summarize(
  tests: TestResult[],
  extra: { verdict?: Verdict; message?: string; compileError?: JudgeResult["compileError"]; strayFailure?: string },
): JudgeResult {
  const passed = tests.filter((t) => t.status === "passed").length;
  const skipped = tests.filter((t) => t.status === "skipped").length;
  const failedTests = tests.filter((t) => t.status !== "passed" && t.status !== "skipped");
  const summary = { total: tests.length, passed, failed: failedTests.length, skipped };
  const runtimeMs = Math.round(tests.reduce((sum, t) => sum + t.durationMs, 0) * 100) / 100;
  const base = { tests, summary, runtimeMs, ...(extra.compileError ? { compileError: extra.compileError } : {}) };
  if (extra.verdict) return { ...base, verdict: extra.verdict, message: extra.message ?? extra.verdict };
  const first = failedTests[0];
  if (first && first.status !== "passed" && first.status !== "skipped") {
    const verdict = VERDICT_OF_STATUS[first.status];
    return { ...base, verdict, message: `${verdict} on test "${first.name}"` };
  }
  if (extra.strayFailure) return { ...base, verdict: "Wrong Answer", message: "Wrong Answer: an expectation failed outside any test" };
  if (passed === 0) return { ...base, verdict: "Wrong Answer", message: "Wrong Answer: no test ran" };
  return { ...base, verdict: "Accepted", message: `Accepted: ${passed} of ${tests.length - skipped} tests passed` };
}
