import type { JudgePriority } from "./fair-queue.ts";
import type { CaseOutcome } from "./harness/protocol.ts";
import type { LimitOverrides } from "./limits.ts";
import type { TestStatus, Verdict } from "./verdicts.ts";

export type { JudgePriority } from "./fair-queue.ts";
export type { CaseOutcome } from "./harness/protocol.ts";

export type Visibility = "sample" | "hidden";

/**
 * What one data-driven case must do, held by the worker and never sent into the isolate:
 * return a value (compared as toEqual, as multisets of arrays, or within 5 digits), throw
 * an error whose message contains `message`, or fail with `message` whatever happens
 * (`invalid`: a case the reference solution itself cannot answer).
 */
export type CaseExpectation =
  | { kind: "equal" | "unordered" | "closeTo"; value: unknown }
  | { kind: "throws"; message: string }
  | { kind: "invalid"; message: string };

/** A Jest-style test file in TypeScript (cases.json files are turned into one of these). */
export interface TestFile {
  /** Shown in results, e.g. "lru-cache.test.ts". */
  path: string;
  code: string;
  visibility: Visibility;
  /** For a file generated from cases: case i's expected outcome, checked by `toMatchCase(i)`. */
  expectations?: CaseExpectation[];
  /** Only a file generated to record a reference solution's answers may use `toRecordCase`. */
  recordsOutcomes?: boolean;
}

export interface JudgeRequest {
  /** The candidate's TypeScript. `path` is what relative imports and stack traces call it. */
  solution: { path: string; code: string };
  tests: TestFile[];
  /**
   * Further modules importable by relative path: helpers the solution may use too, or, with
   * `testsOnly`, modules only the tests may import. Never a reference solution: that is judged
   * in a request of its own (see problems/custom-cases.ts).
   */
  modules?: { path: string; code: string; testsOnly?: boolean }[];
  limits?: LimitOverrides;
}

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface ConsoleEntry {
  level: "log" | "info" | "warn" | "error" | "debug";
  text: string;
}

export interface TestResult {
  /** Position in the run, stable for the same tests. */
  index: number;
  /** "describe > it" path. */
  name: string;
  file: string;
  visibility: Visibility;
  status: TestStatus;
  durationMs: number;
  message?: string;
  expected?: string;
  received?: string;
  diff?: string;
  /** Where the failure happened, in the candidate's TypeScript when it happened there. */
  location?: SourceLocation;
  console: ConsoleEntry[];
}

/** A test as collected, before it runs: what a crash of the worker still reports. */
export interface PlannedTest {
  name: string;
  file: string;
  visibility: Visibility;
}

export interface JudgeResult {
  verdict: Verdict;
  /** One plain sentence: "Wrong Answer on test \"…\"", the compile error... */
  message: string;
  compileError?: { message: string; location: SourceLocation };
  tests: TestResult[];
  summary: { total: number; passed: number; failed: number; skipped: number };
  /** Sum of the tests' run time (not queueing). */
  runtimeMs: number;
  /** What `toRecordCase(i)` saw, by test file and case index (a hole where nothing was recorded). */
  recorded?: Record<string, CaseOutcome[]>;
}

export interface JudgeOptions {
  /** Called as each test finishes, in order: the API streams these. */
  onTest?: (result: TestResult) => void;
  /**
   * Whom the work is for (an account, or an address): clients take turns in the queue, and
   * each may have only so many submissions waiting or running. Unset for the server's own work.
   */
  client?: string;
  /** Called once the judge has taken the job (queued it), i.e. it will not be refused: a stream may open then. */
  onAccepted?: () => void;
  /** "attempt" for a timed set's items, which go before practice; "practice" by default. */
  priority?: JudgePriority;
}

/**
 * What the pool reports as it works, for metrics and logs (it never waits on the listener):
 * a judged job (its verdict, how long it ran and waited), a refused one, a replaced worker.
 */
export type JudgeEvent =
  | { type: "judged"; verdict: Verdict; judgeMs: number; waitedMs: number }
  | { type: "refused"; reason: "client_cap" | "queue_full" }
  | { type: "worker_replaced"; reason: "crash" | "memory" | "watchdog" | "startup" };

export interface Judge {
  judge(request: JudgeRequest, options?: JudgeOptions): Promise<JudgeResult>;
  stats(): { workers: number; busy: number; queued: number; maxQueue: number };
  /** When a client refused now should try again, in seconds: the queue ahead at the recent pace of jobs. */
  retryAfterSeconds(): number;
  /** Resolves true once nothing is waiting or running, false if `timeoutMs` passes first (for a graceful restart). */
  drain(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}
