/**
 * What crosses from the isolate to the worker. Everything here is copied (structured clone),
 * never referenced, so nothing the submission builds can run in the worker.
 */
export interface AssertionRecord {
  matcher: string;
  isNot: boolean;
  modifier: "" | "resolves" | "rejects";
  /** The values, copied out; replaced by an opaque marker when they cannot be copied. */
  received: unknown;
  expected: unknown;
  /** Further matcher arguments (precision, property path, call arguments...). */
  extra: unknown[];
  /** The isolate's own reading: the un-negated predicate. Used only where the worker cannot decide. */
  local: boolean | "unknown";
  /** Matcher-specific facts gathered in the isolate (what was thrown, mock calls...). */
  facts: Record<string, unknown>;
  receivedDesc: string;
  expectedDesc: string;
  /** For custom matchers: their own message. */
  message?: string;
}

export interface AssertionDecision {
  pass: boolean;
  message: string;
}

/** An opaque stand-in for a value that could not be copied out of the isolate. */
export const OPAQUE_KEY = "__rehearseOpaque";
/** Marks a genuine asymmetric matcher; the nonce is known only to the harness and the worker. */
export const ASYM_KEY = "__rehearseAsymmetric";

export interface ErrorInfo {
  name: string;
  message: string;
  stack: string;
  /** Set when the error is an assertion failure already recorded by the worker. */
  assertion: boolean;
}

export type ConsoleLevel = "log" | "info" | "warn" | "error" | "debug";

export interface TestInfo {
  name: string;
  file: string;
  mode: "run" | "skip" | "todo";
  /** The test's own time limit in ms (Jest's third argument to it, or jest.setTimeout). */
  timeoutMs?: number;
}

export interface TestStatusReport {
  done: boolean;
  error: ErrorInfo | null;
  timers: number;
  virtualNow: number;
}

/**
 * Matchers of data-driven cases (cases.json, custom cases). The isolate only calls the code
 * under test and reports what happened; the expected outcome stays in the worker, which
 * decides `toMatchCase` and keeps what `toRecordCase` reports (a reference solution's answers).
 */
export const MATCH_CASE = "toMatchCase";
export const RECORD_CASE = "toRecordCase";

/** What one call of the code under test did, as a case matcher reports it (its `received`). */
export type CaseOutcome = { returned: unknown } | { threw: { name: string; message: string } };
