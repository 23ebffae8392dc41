import { describe, expect, it } from "vitest";
import { decisiveTest, summarize } from "./outcome.ts";
import type { TestResult } from "./types.ts";

function test(index: number, overrides: Partial<TestResult> = {}): TestResult {
  return { index, name: `t${index}`, file: "a.sample.test.ts", visibility: "sample", status: "passed", durationMs: 1, console: [], ...overrides };
}
const hidden = (index: number, overrides: Partial<TestResult> = {}) => test(index, { file: "a.test.ts", visibility: "hidden", ...overrides });

describe("summarize", () => {
  it("takes the verdict from the first failing sample even when a hidden test failed before it", () => {
    const tests = [hidden(0, { status: "timeout" }), test(1), test(2, { status: "failed" }), test(3, { status: "error" })];
    const result = summarize(tests, {});
    expect(result.verdict).toBe("Wrong Answer");
    expect(result.message).toBe('Wrong Answer on test "t2"');
    expect(result.summary).toEqual({ total: 4, passed: 1, failed: 3, skipped: 0 });
  });

  it("takes the verdict from the first failing hidden test when every sample passed", () => {
    const tests = [test(0), hidden(1), hidden(2, { status: "memory" }), hidden(3, { status: "failed" })];
    expect(summarize(tests, {})).toMatchObject({ verdict: "Memory Limit Exceeded", message: 'Memory Limit Exceeded on test "t2"' });
  });

  it("lets skipped tests decide nothing", () => {
    const tests = [test(0, { status: "skipped" }), hidden(1, { status: "output" })];
    expect(summarize(tests, {})).toMatchObject({ verdict: "Output Limit Exceeded", summary: { skipped: 1, failed: 1 } });
  });

  it("accepts only when a test ran and none failed", () => {
    expect(summarize([test(0), hidden(1), test(2, { status: "skipped" })], {})).toMatchObject({ verdict: "Accepted", message: "Accepted: 2 of 2 tests passed" });
    expect(summarize([test(0, { status: "skipped" })], {})).toMatchObject({ verdict: "Wrong Answer", message: "Wrong Answer: no test ran" });
    expect(summarize([test(0)], { strayFailure: "x" })).toMatchObject({ verdict: "Wrong Answer" });
  });

  it("keeps a verdict given from outside the tests", () => {
    const result = summarize([test(0, { status: "failed" })], { verdict: "Internal Error", message: "Internal Error: gone" });
    expect(result).toMatchObject({ verdict: "Internal Error", message: "Internal Error: gone" });
  });
});

describe("decisiveTest", () => {
  it("is undefined when nothing failed", () => {
    expect(decisiveTest([test(0), hidden(1), test(2, { status: "skipped" })])).toBeUndefined();
  });

  it("prefers a failing sample wherever it runs", () => {
    expect(decisiveTest([hidden(0, { status: "error" }), hidden(1, { status: "failed" }), test(2, { status: "timeout" })])?.index).toBe(2);
    expect(decisiveTest([test(0), hidden(1, { status: "error" }), hidden(2, { status: "failed" })])?.index).toBe(1);
  });
});
