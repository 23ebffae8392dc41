import type { LimitOverrides } from "./limits.ts";
import type { TestStatus, Verdict } from "./verdicts.ts";

export type Visibility = "sample" | "hidden";

/** A Jest-style test file in TypeScript (cases.json files are turned into one of these). */
export interface TestFile {
  /** Shown in results, e.g. "lru-cache.test.ts". */
  path: string;
  code: string;
  visibility: Visibility;
}

export interface JudgeRequest {
  /** The candidate's TypeScript. `path` is what relative imports and stack traces call it. */
  solution: { path: string; code: string };
  tests: TestFile[];
  /**
   * Further modules importable by relative path: helpers the solution may use too, or, with
   * `testsOnly`, modules only the tests may import (the reference solution for custom cases).
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

export interface JudgeResult {
  verdict: Verdict;
  /** One plain sentence: "Wrong Answer on test \"…\"", the compile error... */
  message: string;
  compileError?: { message: string; location: SourceLocation };
  tests: TestResult[];
  summary: { total: number; passed: number; failed: number; skipped: number };
  /** Sum of the tests' run time (not queueing). */
  runtimeMs: number;
}

export interface JudgeOptions {
  /** Called as each test finishes, in order: the API streams these. */
  onTest?: (result: TestResult) => void;
}

export interface Judge {
  judge(request: JudgeRequest, options?: JudgeOptions): Promise<JudgeResult>;
  stats(): { workers: number; busy: number; queued: number; maxQueue: number };
  close(): Promise<void>;
}
