import { describe, expect, it } from "vitest";
import type { AssertionFailureDetail } from "./assertions.ts";
import { caseAssertion, newCaseLedger, withRecordedCases } from "./case-matchers.ts";
import { type AssertionRecord, type CaseOutcome, MATCH_CASE, OPAQUE_KEY, RECORD_CASE } from "./harness/protocol.ts";
import type { JudgeResult, TestFile } from "./types.ts";

const CASES: TestFile = {
  path: "cases.json",
  code: "",
  visibility: "hidden",
  expectations: [
    { kind: "equal", value: 3 },
    { kind: "throws", message: "negative" },
  ],
};
const PLAIN: TestFile = { path: "plain.test.ts", code: "", visibility: "sample" };
const RECORDING: TestFile = { path: "reference-answers.test.ts", code: "", visibility: "hidden", recordsOutcomes: true };

function sink(file: TestFile | undefined, current = 0) {
  return { current, currentFile: file, cases: newCaseLedger(), failures: new Map<number, AssertionFailureDetail>() };
}

function record(outcome: unknown, index: unknown, more: Partial<AssertionRecord> = {}): AssertionRecord {
  return { matcher: MATCH_CASE, isNot: false, modifier: "", received: outcome, expected: index, extra: [], local: false, facts: { case: index }, receivedDesc: "", expectedDesc: "", ...more };
}

const ok = { pass: true, message: "" };

describe("caseAssertion", () => {
  it("records a failure on the running test and tells the isolate nothing about it", () => {
    const s = sink(CASES, 4);
    expect(caseAssertion(record({ returned: 2 }, 0), s)).toEqual(ok);
    expect(s.failures.get(4)?.message).toContain("Expected: 3\nReceived: 2");
  });

  it("passes a case that matches, leaving no failure", () => {
    const s = sink(CASES);
    expect(caseAssertion(record({ returned: 3 }, 0), s)).toEqual(ok);
    const t = sink(CASES);
    expect(caseAssertion(record({ threw: { name: "RangeError", message: "n is negative" } }, 1), t)).toEqual(ok);
    expect([...s.failures, ...t.failures]).toEqual([]);
  });

  it("has the isolate rethrow a call that threw where a value was expected, recording nothing", () => {
    const s = sink(CASES);
    expect(caseAssertion(record({ threw: { name: "TypeError", message: "x" } }, 0), s)).toEqual({ pass: false, message: "" });
    expect(s.failures.size).toBe(0);
  });

  it("decides one case per test: a second call is a probe and fails the test", () => {
    const s = sink(CASES);
    caseAssertion(record({ returned: 3 }, 0), s);
    expect(caseAssertion(record({ returned: 3 }, 0), s)).toEqual(ok);
    expect(s.failures.get(0)?.message).toMatch(/already checked in this test/);
    s.current = 1;
    caseAssertion(record({ returned: 3 }, 0), s);
    expect(s.failures.has(1)).toBe(false);
  });

  it.each([
    ["an index out of range", CASES, 2, /"cases.json" has no case 2 \(it has 2\)/],
    ["a negative index", CASES, -1, /whole number/],
    ["a fractional index", CASES, 0.5, /whole number/],
    ["a file without cases", PLAIN, 0, /"plain.test.ts" holds no cases; toMatchCase is for tests generated from cases/],
    ["no file", undefined, 0, /this test's file holds no cases/],
  ])("fails the test for %s", (_, file, index, message) => {
    const s = sink(file);
    expect(caseAssertion(record({ returned: 3 }, index), s)).toEqual(ok);
    expect(s.failures.get(0)?.message).toMatch(message);
  });

  it("fails a call outside any test, a negated one and one under .resolves", () => {
    const outside = sink(CASES, -1);
    caseAssertion(record({ returned: 3 }, 0), outside);
    expect(outside.failures.get(-1)?.message).toMatch(/outside a test/);
    for (const more of [{ isNot: true }, { modifier: "resolves" as const }]) {
      const s = sink(CASES);
      caseAssertion(record({ returned: 3 }, 0, more), s);
      expect(s.failures.get(0)?.message).toMatch(/takes no \.not, \.resolves or \.rejects/);
    }
  });

  it("fails a value that could not be copied out, naming it", () => {
    const s = sink(CASES);
    caseAssertion(record({ [OPAQUE_KEY]: "[Function f]" }, 0), s);
    expect(s.failures.get(0)?.message).toMatch(/could not be copied out of the sandbox.*\[Function f\]/);
  });

  it("fails a value too deep to compare instead of throwing into the isolate", () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const s = sink({ ...CASES, expectations: [{ kind: "unordered", value: [[1]] }] });
    expect(caseAssertion(record({ returned: deep }, 0), s)).toEqual(ok);
    expect(s.failures.get(0)?.message).toMatch(/^toMatchCase: the value could not be compared: .*call stack/);
  });

  it("records outcomes only in a recording file, by index", () => {
    const s = sink(RECORDING);
    expect(caseAssertion(record({ returned: [1, -0] }, 1, { matcher: RECORD_CASE }), s)).toEqual(ok);
    s.current = 1;
    caseAssertion(record({ threw: { name: "RangeError", message: "bad" } }, 0, { matcher: RECORD_CASE }), s);
    expect(s.failures.size).toBe(0);
    const recorded = s.cases.recorded.get(RECORDING.path) as CaseOutcome[];
    expect(recorded[0]).toEqual({ threw: { name: "RangeError", message: "bad" } });
    expect(Object.is((recorded[1] as { returned: number[] }).returned[1], -0)).toBe(true);

    const elsewhere = sink(CASES);
    caseAssertion(record({ returned: 1 }, 0, { matcher: RECORD_CASE }), elsewhere);
    expect(elsewhere.failures.get(0)?.message).toMatch(/only the judge's own recording runs/);
    expect(elsewhere.cases.recorded.size).toBe(0);
  });

  it("puts the recorded outcomes on the result, and nothing when there are none", () => {
    const result: JudgeResult = { verdict: "Accepted", message: "", tests: [], summary: { total: 0, passed: 0, failed: 0, skipped: 0 }, runtimeMs: 0 };
    const ledger = newCaseLedger();
    expect(withRecordedCases(result, ledger)).toBe(result);
    ledger.recorded.set("r.test.ts", [{ returned: 1 }]);
    expect(withRecordedCases(result, ledger).recorded).toEqual({ "r.test.ts": [{ returned: 1 }] });
  });
});
