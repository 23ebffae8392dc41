import { describe, expect, it } from "vitest";
import type { JudgeResult, TestResult } from "../../judge/types.ts";
import { createRedactor, redactResult } from "./redact.ts";

function testResult(overrides: Partial<TestResult> = {}): TestResult {
  return {
    index: 0,
    name: "adds > small numbers",
    file: "add.sample.test.ts",
    visibility: "sample",
    status: "passed",
    durationMs: 3,
    console: [],
    ...overrides,
  };
}

function judgeResult(tests: TestResult[], overrides: Partial<JudgeResult> = {}): JudgeResult {
  const passed = tests.filter((t) => t.status === "passed").length;
  return {
    verdict: passed === tests.length ? "Accepted" : "Wrong Answer",
    message: passed === tests.length ? "All tests passed." : "Wrong Answer",
    tests,
    summary: { total: tests.length, passed, failed: tests.length - passed, skipped: 0 },
    runtimeMs: 12,
    ...overrides,
  };
}

const VISIBLE = new Set(["solution.ts", "add.sample.test.ts"]);
const SECRET = "secret-input-42";

const hiddenFailure = testResult({
  index: 1,
  name: `add > case with ${SECRET}`,
  file: "add.test.ts",
  visibility: "hidden",
  status: "failed",
  message: `expected ${SECRET}`,
  expected: SECRET,
  received: "41",
  diff: `- ${SECRET}`,
  location: { file: "add.test.ts", line: 4, column: 5 },
  console: [{ level: "log", text: SECRET }],
});

describe("redactResult", () => {
  it("keeps sample tests whole", () => {
    const sample = testResult({ status: "failed", expected: "3", received: "4", console: [{ level: "log", text: "hi" }] });
    const result = judgeResult([sample], { message: 'Wrong Answer on test "adds > small numbers"' });
    expect(redactResult(result, VISIBLE)).toEqual(result);
  });

  it("keeps only index and status of a hidden test, under a neutral name and with no timing", () => {
    const result = judgeResult([testResult(), hiddenFailure], { message: `Wrong Answer on test "${hiddenFailure.name}"` });
    const redacted = redactResult(result, VISIBLE);
    expect(redacted.tests[1]).toEqual({
      index: 1,
      name: "Hidden test 1",
      file: "hidden",
      visibility: "hidden",
      status: "failed",
      durationMs: 0,
      console: [],
    });
    expect(redacted.tests[0]?.durationMs).toBe(3);
    expect(redacted.message).toBe("Wrong Answer on Hidden test 1.");
    expect(JSON.stringify(redacted)).not.toContain(SECRET);
    expect(redacted.summary).toEqual(result.summary);
  });

  it("numbers hidden tests among themselves", () => {
    const hiddenPass = { ...hiddenFailure, index: 2, name: `also ${SECRET}`, status: "passed" as const };
    const result = judgeResult([testResult({ status: "failed" }), { ...hiddenFailure, status: "passed" }, hiddenPass]);
    const redacted = redactResult(result, VISIBLE);
    expect(redacted.tests.map((t) => t.name)).toEqual(["adds > small numbers", "Hidden test 1", "Hidden test 2"]);
  });

  it("names the first failing sample in the headline even when a hidden test failed before it", () => {
    const sample = testResult({ index: 1, status: "error", message: "TypeError: x" });
    const result = judgeResult([hiddenFailure, sample], { verdict: "Runtime Error", message: `Runtime Error on test "${hiddenFailure.name}"` });
    const redacted = redactResult(result, VISIBLE);
    expect(redacted.message).toBe('Runtime Error on test "adds > small numbers"');
    expect(redacted.tests[1]).toEqual(sample);
    expect(JSON.stringify(redacted)).not.toContain(SECRET);
  });

  it("scrubs hidden names from a headline no test decided, the longest name first", () => {
    const inner = { ...hiddenFailure, status: "passed" as const, name: "sum" };
    const outer = { ...hiddenFailure, index: 2, status: "passed" as const, name: `sum ${SECRET}` };
    const result = judgeResult([testResult(), inner, outer], { verdict: "Accepted", message: `Accepted, even sum ${SECRET} and sum` });
    expect(redactResult(result, VISIBLE).message).toBe("Accepted, even Hidden test 2 and Hidden test 1");
  });

  it("gives an Internal Error a headline of its own, whatever the judge wrote", () => {
    const message = `A test file does not compile: add.test.ts(3,1): ${SECRET}`;
    const redacted = redactResult(judgeResult([], { verdict: "Internal Error", message }), VISIBLE);
    expect(redacted.verdict).toBe("Internal Error");
    expect(redacted.message).toMatch(/^Internal Error: /);
    expect(JSON.stringify(redacted)).not.toContain(SECRET);
    const midway = redactResult(judgeResult([testResult({ status: "failed" }), hiddenFailure], { verdict: "Internal Error", message: `worker: ${SECRET}` }), VISIBLE);
    expect(midway.message).toBe(redacted.message);
  });

  it("shows nothing of a crash in a hidden test, not even one inside the candidate's own code", () => {
    // The candidate's code sees the hidden input and may throw it: its message would print the input.
    const inSolution = {
      ...hiddenFailure,
      status: "error" as const,
      message: `Error: bad input ${SECRET}\n    at add (solution.ts:2:3)`,
      location: { file: "solution.ts", line: 2, column: 3 },
    };
    const inTest = { ...inSolution, index: 2, location: { file: "add.test.ts", line: 9, column: 1 } };
    const redacted = redactResult(judgeResult([testResult(), inSolution, inTest], { verdict: "Runtime Error" }), VISIBLE);
    for (const test of redacted.tests.slice(1)) {
      expect(test).toEqual({ index: test.index, name: expect.stringMatching(/^Hidden test \d$/), file: "hidden", visibility: "hidden", status: "error", durationMs: 0, console: [] });
    }
    expect(redacted.message).toBe("Runtime Error on Hidden test 1.");
    expect(JSON.stringify(redacted)).not.toContain(SECRET);
  });

  it("drops every field a hidden test could carry, whatever its status", () => {
    const everything = { ...hiddenFailure, status: "skipped" as const, message: SECRET, location: { file: "solution.ts", line: 1, column: 1 } };
    const redacted = redactResult(judgeResult([everything]), VISIBLE).tests[0];
    expect(Object.keys(redacted ?? {}).sort()).toEqual(["console", "durationMs", "file", "index", "name", "status", "visibility"]);
  });

  it("treats a test from a file outside the visible set as hidden, whatever it claims", () => {
    const sneaky = testResult({ file: "cases.json", name: SECRET, expected: SECRET });
    const redacted = redactResult(judgeResult([sneaky]), VISIBLE);
    expect(redacted.tests[0]).toMatchObject({ name: "Hidden test 1", file: "hidden" });
    expect(JSON.stringify(redacted)).not.toContain(SECRET);
  });

  it("drops a visible test's location inside a module the candidate cannot see", () => {
    const sample = testResult({ status: "error", location: { file: "reference.ts", line: 3, column: 1 } });
    expect(redactResult(judgeResult([sample]), VISIBLE).tests[0]).not.toHaveProperty("location");
  });

  it("hides a compile error located in a hidden test file", () => {
    const result = judgeResult([], {
      verdict: "Compile Error",
      message: `add.test.ts(3,1): ${SECRET}`,
      compileError: { message: SECRET, location: { file: "add.test.ts", line: 3, column: 1 } },
    });
    const redacted = redactResult(result, VISIBLE);
    expect(redacted.compileError?.location.file).toBe("hidden");
    expect(JSON.stringify(redacted)).not.toContain(SECRET);
  });

  it("keeps a compile error in the candidate's own code", () => {
    const result = judgeResult([], {
      verdict: "Compile Error",
      message: "solution.ts(1,7): ';' expected",
      compileError: { message: "';' expected", location: { file: "solution.ts", line: 1, column: 7 } },
    });
    expect(redactResult(result, VISIBLE)).toEqual(result);
  });
});

describe("createRedactor", () => {
  it("names streamed hidden tests as the final result does, in the order they were streamed", () => {
    const second = { ...hiddenFailure, index: 2, name: `second ${SECRET}`, status: "passed" as const };
    const redactor = createRedactor(VISIBLE);
    const streamed = [testResult(), hiddenFailure, second].map((t) => redactor.test(t));
    expect(streamed.map((t) => t.name)).toEqual(["adds > small numbers", "Hidden test 1", "Hidden test 2"]);
    expect(JSON.stringify(streamed)).not.toContain(SECRET);
    expect(streamed.map((t) => t.durationMs)).toEqual([3, 0, 0]);

    const final = redactor.result(judgeResult([testResult(), hiddenFailure, second], { message: `Wrong Answer on test "${hiddenFailure.name}"` }));
    expect(final.tests).toEqual(streamed);
    expect(final.message).toBe("Wrong Answer on Hidden test 1.");
  });
});
