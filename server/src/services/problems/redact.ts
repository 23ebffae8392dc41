import type { JudgeResult, TestResult } from "../../judge/types.ts";
import { SOLUTION_PATH } from "./find.ts";

const MAX_HIDDEN_MESSAGE = 200;
const HIDDEN_COMPILE_ERROR = "A hidden test does not compile against your code: check the names and types your solution exports.";

/**
 * Strips what a candidate must not learn about hidden tests from a judge result: their names,
 * inputs, expected values and console. Anything not in `visibleFiles` counts as hidden.
 */
export function redactResult(result: JudgeResult, visibleFiles: ReadonlySet<string>): JudgeResult {
  const hiddenNames = new Map<string, string>();
  const tests = result.tests.map((test): TestResult => {
    if (test.visibility === "sample" && visibleFiles.has(test.file)) return withVisibleLocation(test, visibleFiles);
    const name = `Hidden test ${hiddenNames.size + 1}`;
    hiddenNames.set(test.name, name);
    return redactHiddenTest(test, name);
  });

  let message = result.message;
  const decisive = tests.find((t) => t.status !== "passed" && t.status !== "skipped");
  if (decisive?.visibility === "hidden") message = `${result.verdict} on ${decisive.name}.`;
  else for (const [original, name] of hiddenNames) message = message.replaceAll(original, name);

  const redacted: JudgeResult = { ...result, message, tests };
  if (result.compileError && !visibleFiles.has(result.compileError.location.file)) {
    redacted.compileError = { message: HIDDEN_COMPILE_ERROR, location: { file: "hidden", line: 0, column: 0 } };
    redacted.message = HIDDEN_COMPILE_ERROR;
  }
  return redacted;
}

function redactHiddenTest(test: TestResult, name: string): TestResult {
  const redacted: TestResult = {
    index: test.index,
    name,
    file: "hidden",
    visibility: "hidden",
    status: test.status,
    durationMs: test.durationMs,
    console: [],
  };
  // A crash inside the candidate's own code is theirs to see; its first line only, bounded.
  if (test.status === "error" && test.location?.file === SOLUTION_PATH && test.message) {
    const firstLine = test.message.split("\n", 1)[0] ?? "";
    redacted.message = firstLine.length > MAX_HIDDEN_MESSAGE ? `${firstLine.slice(0, MAX_HIDDEN_MESSAGE - 1)}…` : firstLine;
    redacted.location = test.location;
  }
  return redacted;
}

/** A visible test may still point into a module the candidate does not see (the reference solution). */
function withVisibleLocation(test: TestResult, visibleFiles: ReadonlySet<string>): TestResult {
  if (!test.location || visibleFiles.has(test.location.file)) return test;
  const { location: _, ...rest } = test;
  return rest;
}
