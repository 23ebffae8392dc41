import type { AssertionFailureDetail } from "./assertions.ts";
import { decideCase } from "./case-expectations.ts";
import { type AssertionDecision, type AssertionRecord, type CaseOutcome, MATCH_CASE, OPAQUE_KEY, RECORD_CASE } from "./harness/protocol.ts";
import type { JudgeResult } from "./types.ts";
import type { Sink } from "./session.ts";

/**
 * The worker's side of `toMatchCase(i)` and `toRecordCase(i)`. The running test's file holds
 * the expected outcomes, so they never enter the isolate; and the isolate's reply says nothing
 * about them either, not even whether the case passed: a failure goes on the test's record
 * here, so code that reaches `expect` learns nothing by calling it with guesses. The one
 * exception: a call that threw where a value was expected is rethrown in the isolate, so the
 * test ends as a Runtime Error at the candidate's line, as a plain call would.
 */
export interface CaseLedger {
  /** Tests that already called a case matcher: a generated test makes one call, so a second is a probe. */
  decided: Set<number>;
  /** toRecordCase's outcomes by file, indexed by case. */
  recorded: Map<string, CaseOutcome[]>;
}

export const newCaseLedger = (): CaseLedger => ({ decided: new Set(), recorded: new Map() });

export const isCaseMatcher = (matcher: string): boolean => matcher === MATCH_CASE || matcher === RECORD_CASE;

/** Recording files are the judge's own, but an index still bounds the array it grows. */
const MAX_RECORDED = 2_000;

const PASS: AssertionDecision = { pass: true, message: "" };
const RETHROW: AssertionDecision = { pass: false, message: "" };

type CaseSink = Pick<Sink, "current" | "currentFile" | "cases" | "failures">;

/** Decides a case matcher's record for the running test; returns the isolate's reply. */
export function caseAssertion(rec: AssertionRecord, sink: CaseSink): AssertionDecision {
  let decision: ReturnType<typeof decide>;
  try {
    decision = decide(rec, sink);
  } catch (error) {
    // A value nested too deeply for the comparison's stack, say: a failure, never a crash.
    decision = { message: `${rec.matcher}: the value could not be compared: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (decision === "rethrow") return RETHROW;
  if (decision && !sink.failures.has(sink.current)) sink.failures.set(sink.current, decision);
  return PASS;
}

/** A failure to record, "rethrow", or undefined when the case passed (or was recorded). */
function decide(rec: AssertionRecord, sink: CaseSink): AssertionFailureDetail | "rethrow" | undefined {
  const name = rec.matcher;
  const index = rec.facts.case;
  const call = `${name}(${typeof index === "number" ? index : "?"})`;
  if (rec.isNot || rec.modifier) return { message: `${name} takes no .not, .resolves or .rejects.` };
  if (sink.current < 0) return { message: `${call} was called outside a test.` };
  if (sink.cases.decided.has(sink.current)) return { message: `${call}: a case was already checked in this test; each generated test checks one.` };
  sink.cases.decided.add(sink.current);
  const outcome = asOutcome(rec.received);
  if (!outcome) {
    const what = isOpaque(rec.received) ? String(rec.received[OPAQUE_KEY]) : "its outcome";
    return { message: `${call}: the value could not be copied out of the sandbox (too large, too deep, or holding functions, accessors or proxies), so it cannot be compared: ${what}` };
  }
  const file = sink.currentFile;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0) return { message: `${call}: the case index must be a whole number from 0.` };
  if (name === RECORD_CASE) {
    if (!file?.recordsOutcomes) return { message: `${call}: only the judge's own recording runs record cases.` };
    if (index >= MAX_RECORDED) return { message: `${call}: at most ${MAX_RECORDED} cases are recorded.` };
    const list = sink.cases.recorded.get(file.path) ?? [];
    sink.cases.recorded.set(file.path, list);
    list[index] = outcome;
    return undefined;
  }
  const expectations = file?.expectations;
  if (!file || !expectations) return { message: `${call}: ${file ? `"${file.path}"` : "this test's file"} holds no cases; ${MATCH_CASE} is for tests generated from cases.` };
  const expectation = expectations[index];
  if (!expectation) return { message: `${call}: "${file.path}" has no case ${index} (it has ${expectations.length}).` };
  const decision = decideCase(expectation, outcome);
  if (decision.pass) return undefined;
  return "rethrow" in decision ? "rethrow" : decision.detail;
}

const isOpaque = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && OPAQUE_KEY in v;

/** The outcome as the harness builds it, or undefined for anything else (an opaque marker). */
function asOutcome(v: unknown): CaseOutcome | undefined {
  if (typeof v !== "object" || v === null || isOpaque(v)) return undefined;
  if ("returned" in v) return { returned: v.returned };
  if (!("threw" in v) || typeof v.threw !== "object" || v.threw === null) return undefined;
  const { name, message } = v.threw as Record<string, unknown>;
  return typeof name === "string" && typeof message === "string" ? { threw: { name, message } } : undefined;
}

/** The run's result with what toRecordCase kept, when it kept anything. */
export function withRecordedCases(result: JudgeResult, ledger: CaseLedger): JudgeResult {
  if (ledger.recorded.size === 0) return result;
  return { ...result, recorded: Object.fromEntries(ledger.recorded) };
}
