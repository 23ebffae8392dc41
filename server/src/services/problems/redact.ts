import { decisiveTest } from "../../judge/outcome.ts";
import type { Judge, JudgeRequest, JudgeResult, TestResult } from "../../judge/types.ts";
import type { JudgeEvents } from "./events.ts";

const HIDDEN_COMPILE_ERROR = "A hidden test does not compile against your code: check the names and types your solution exports.";
/** The judge's own failures carry text from anywhere in the run (a test file's compile error, a worker's exception). */
const INTERNAL_ERROR = "Internal Error: the judge could not finish judging this code. It is not a fault in your code; try again.";

/**
 * Strips what a candidate must not learn about hidden tests from a judge result: their names,
 * inputs, expected values, errors, console and timing. Anything not in `visibleFiles` counts as hidden.
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
    // Status only: even a crash in the candidate's own code, which holds the input and can throw
    // or print it; the timing too, which the code can stretch to spell the input out.
    return { index: t.index, name, file: "hidden", visibility: "hidden", status: t.status, durationMs: 0, console: [] };
  }

  /** The headline rebuilt from what the candidate may see, never the judge's text about a hidden test. */
  function headline(r: JudgeResult, tests: readonly TestResult[]): string {
    if (r.verdict === "Internal Error") return INTERNAL_ERROR;
    if (r.compileError) return visibleFiles.has(r.compileError.location.file) ? r.message : HIDDEN_COMPILE_ERROR;
    const decisive = decisiveTest(tests);
    if (decisive?.visibility === "hidden") return `${r.verdict} on ${decisive.name}.`;
    if (decisive) return `${r.verdict} on test "${decisive.name}"`;
    // Fixed sentences today ("Accepted: 3 of 3 tests passed"); scrubbed in case one ever quotes a test.
    let message = r.message;
    const longestFirst = [...hiddenNames].sort(([a], [b]) => b.length - a.length);
    for (const [original, name] of longestFirst) message = message.replaceAll(original, name);
    return message;
  }

  function result(r: JudgeResult): JudgeResult {
    const tests = r.tests.map(test);
    const redacted: JudgeResult = { ...r, message: headline(r, tests), tests };
    if (r.compileError && !visibleFiles.has(r.compileError.location.file)) {
      redacted.compileError = { message: HIDDEN_COMPILE_ERROR, location: { file: "hidden", line: 0, column: 0 } };
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
  events: Pick<JudgeEvents, "onTest" | "onAccepted"> = {},
): Promise<JudgeResult> {
  return (await judgeWithRedaction(judge, request, visibleFiles, events)).redacted;
}

/** Like `judgeRedacted`, keeping the full result too: for a record only the team reads (an attempt's). */
export async function judgeWithRedaction(
  judge: Judge,
  request: JudgeRequest,
  visibleFiles: ReadonlySet<string>,
  { onTest, onAccepted }: Pick<JudgeEvents, "onTest" | "onAccepted"> = {},
): Promise<{ full: JudgeResult; redacted: JudgeResult }> {
  const redactor = createRedactor(visibleFiles);
  const full = await judge.judge(request, { ...(onTest ? { onTest: (t: TestResult) => onTest(redactor.test(t)) } : {}), ...(onAccepted ? { onAccepted } : {}) });
  return { full, redacted: redactor.result(full) };
}

/** A visible test may still point into a module the candidate does not see (the reference solution). */
function withVisibleLocation(test: TestResult, visibleFiles: ReadonlySet<string>): TestResult {
  if (!test.location || visibleFiles.has(test.location.file)) return test;
  const { location: _, ...rest } = test;
  return rest;
}
