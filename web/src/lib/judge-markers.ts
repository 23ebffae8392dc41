import type { JudgeResult, TestResult } from "./api.ts";

/** The judge's name for the candidate's code in locations. */
export const SOLUTION_FILE = "solution.ts";

export interface JudgeMarker {
  line: number;
  column: number;
  message: string;
}

/**
 * Editor markers for what the judge found in the candidate's own code: a compile error, and
 * each distinct place a test crashed. Findings in test files are not the candidate's lines.
 */
export function judgeMarkers(tests: readonly TestResult[], compileError: JudgeResult["compileError"] | undefined): JudgeMarker[] {
  const markers: JudgeMarker[] = [];
  if (compileError && compileError.location.file === SOLUTION_FILE && compileError.location.line > 0) {
    const { line, column } = compileError.location;
    markers.push({ line, column, message: compileError.message });
  }
  const seen = new Set<string>();
  for (const test of tests) {
    const location = test.location;
    if (test.status !== "error" || location?.file !== SOLUTION_FILE) continue;
    const where = `${location.line}:${location.column}`;
    if (seen.has(where)) continue;
    seen.add(where);
    const firstLine = (test.message ?? "Runtime error").split("\n", 1)[0] ?? "";
    markers.push({ line: location.line, column: location.column, message: `${firstLine} (in ${test.name})` });
  }
  return markers;
}
