/** The closed set of outcomes, for a whole submission and for one test. One source of truth. */
export const VERDICTS = [
  "Accepted",
  "Wrong Answer",
  "Compile Error",
  "Runtime Error",
  "Time Limit Exceeded",
  "Memory Limit Exceeded",
  "Output Limit Exceeded",
  "Internal Error",
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const TEST_STATUSES = ["passed", "failed", "error", "timeout", "memory", "output", "skipped"] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

/** How a failing test's status maps to the submission verdict (first failing test decides). */
export const VERDICT_OF_STATUS: Record<Exclude<TestStatus, "passed" | "skipped">, Verdict> = {
  failed: "Wrong Answer",
  error: "Runtime Error",
  timeout: "Time Limit Exceeded",
  memory: "Memory Limit Exceeded",
  output: "Output Limit Exceeded",
};
