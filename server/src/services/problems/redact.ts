import type { Judge, JudgeRequest, JudgeResult, TestResult } from "../../judge/types.ts";
import { SOLUTION_PATH } from "./find.ts";

const MAX_HIDDEN_MESSAGE = 200;
const HIDDEN_COMPILE_ERROR = "A hidden test does not compile against your code: check the names and types your solution exports.";

/**
 * Strips what a candidate must not learn about hidden tests from a judge result: their names,
 * inputs, expected values and console. Anything not in `visibleFiles` counts as hidden.
 */
export function redactResult(result: JudgeResult, visibleFiles: ReadonlySet<string>): JudgeResult {
  return createRedactor(visibleFiles).result(result);
}

/**
 * Redacts streamed tests and then the whole result with one numbering: a hidden test keeps
 * the "Hidden test N" it was streamed under, N counting hidden tests in the order first seen.
 */
export interface Redactor {
  test(test: TestResult): TestResult;
  result(result: JudgeResult): JudgeResult;
}

export function createRedactor(visibleFiles: ReadonlySet<string>): Redactor {
  const nameOfIndex = new Map<number, string>();
  const hiddenNames = new Map<string, string>();

  function test(t: TestResult): TestResult {
    if (t.visibility === "sample" && visibleFiles.has(t.file)) return withVisibleLocation(t, visibleFiles);
    let name = nameOfIndex.get(t.index);
    if (name === undefined) {
      name = `Hidden test ${nameOfIndex.size + 1}`;
      nameOfIndex.set(t.index, name);
    }
    hiddenNames.set(t.name, name);
    return redactHiddenTest(t, name);
  }

  function result(r: JudgeResult): JudgeResult {
    const tests = r.tests.map(test);
    let message = r.message;
    const decisive = tests.find((t) => t.status !== "passed" && t.status !== "skipped");
    if (decisive?.visibility === "hidden") message = `${r.verdict} on ${decisive.name}.`;
    else for (const [original, name] of hiddenNames) message = message.replaceAll(original, name);

    const redacted: JudgeResult = { ...r, message, tests };
    if (r.compileError && !visibleFiles.has(r.compileError.location.file)) {
      redacted.compileError = { message: HIDDEN_COMPILE_ERROR, location: { file: "hidden", line: 0, column: 0 } };
      redacted.message = HIDDEN_COMPILE_ERROR;
    }
    return redacted;
  }

  return { test, result };
}

/** Judges a request and redacts what comes back, the tests streamed to `onTest` included. */
export async function judgeRedacted(
  judge: Judge,
  request: JudgeRequest,
  visibleFiles: ReadonlySet<string>,
  onTest?: (test: TestResult) => void,
): Promise<JudgeResult> {
  return (await judgeWithRedaction(judge, request, visibleFiles, onTest)).redacted;
}

/** Like `judgeRedacted`, keeping the full result too: for a record only the team reads (an attempt's). */
export async function judgeWithRedaction(
  judge: Judge,
  request: JudgeRequest,
  visibleFiles: ReadonlySet<string>,
  onTest?: (test: TestResult) => void,
): Promise<{ full: JudgeResult; redacted: JudgeResult }> {
  const redactor = createRedactor(visibleFiles);
  const full = await judge.judge(request, onTest ? { onTest: (t) => onTest(redactor.test(t)) } : {});
  return { full, redacted: redactor.result(full) };
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
