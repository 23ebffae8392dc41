import { describe, expect, it } from "vitest";
import type { TestResult } from "./api.ts";
import { judgeMarkers } from "./judge-markers.ts";

function test(overrides: Partial<TestResult>): TestResult {
  return { index: 0, name: "t", file: "a.sample.test.ts", visibility: "sample", status: "error", durationMs: 1, console: [], ...overrides };
}

describe("judgeMarkers", () => {
  it("marks a compile error in the candidate's code", () => {
    const markers = judgeMarkers([], { message: "';' expected.", location: { file: "solution.ts", line: 3, column: 15 } });
    expect(markers).toEqual([{ line: 3, column: 15, message: "';' expected." }]);
  });

  it("marks nothing for a compile error elsewhere or without a line", () => {
    expect(judgeMarkers([], { message: "x", location: { file: "hidden", line: 0, column: 0 } })).toEqual([]);
    expect(judgeMarkers([], { message: "x", location: { file: "a.test.ts", line: 2, column: 1 } })).toEqual([]);
  });

  it("marks each place a test crashed in the candidate's code once, with the error's first line", () => {
    const crash = { status: "error" as const, message: "TypeError: x is undefined\n    at f (solution.ts:4:9)", location: { file: "solution.ts", line: 4, column: 9 } };
    const markers = judgeMarkers(
      [
        test({ ...crash, name: "first" }),
        test({ ...crash, index: 1, name: "second" }),
        test({ index: 2, status: "failed", location: { file: "solution.ts", line: 7, column: 1 } }),
        test({ index: 3, location: { file: "a.sample.test.ts", line: 2, column: 3 } }),
      ],
      undefined,
    );
    expect(markers).toEqual([{ line: 4, column: 9, message: "TypeError: x is undefined (in first)" }]);
  });
});
