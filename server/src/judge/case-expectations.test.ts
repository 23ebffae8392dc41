import { describe, expect, it } from "vitest";
import { type CaseDecision, decideCase } from "./case-expectations.ts";
import type { CaseExpectation } from "./types.ts";

const returned = (value: unknown) => ({ returned: value });
const threw = (message: string, name = "Error") => ({ threw: { name, message } });
const passes = (d: CaseDecision) => d.pass;
const detailOf = (d: CaseDecision) => {
  if (d.pass || !("detail" in d)) throw new Error(`expected a failure with detail, got ${JSON.stringify(d)}`);
  return d.detail;
};

describe("decideCase: equal", () => {
  const equal = (value: unknown): CaseExpectation => ({ kind: "equal", value });

  it("is toEqual: deep, ignoring undefined properties, NaN equal to NaN", () => {
    expect(passes(decideCase(equal({ a: [1, { b: 2 }] }), returned({ a: [1, { b: 2 }], c: undefined })))).toBe(true);
    expect(passes(decideCase(equal([Number.NaN]), returned([Number.NaN])))).toBe(true);
    expect(passes(decideCase(equal(new Map([[1, [2]]])), returned(new Map([[1, [2]]]))))).toBe(true);
    expect(passes(decideCase(equal([1, 2]), returned([2, 1])))).toBe(false);
    expect(passes(decideCase(equal(null), returned(undefined)))).toBe(false);
  });

  it("tells -0 from 0, as toEqual does", () => {
    expect(passes(decideCase(equal(0), returned(-0)))).toBe(false);
    expect(passes(decideCase(equal([-0]), returned([-0])))).toBe(true);
  });

  it("fails with expected, received and a diff, as toEqual's message reads", () => {
    const one = detailOf(decideCase(equal(3), returned(0)));
    expect(one).toEqual({ message: "expect(received).toEqual(expected) // deep equality\n\nExpected: 3\nReceived: 0", expected: "3", received: "0" });
    const deep = detailOf(decideCase(equal({ a: [1, 2], b: "x" }), returned({ a: [1, 3], b: "x" })));
    expect(deep.diff).toContain("- Expected");
    expect(deep.diff).toMatch(/^- +2,$/m);
    expect(deep.diff).toMatch(/^\+ +3,$/m);
  });

  it("does not read a marker object in the returned value as an asymmetric matcher", () => {
    const forged = { __rehearseAsymmetric: "", kind: "anything", inverse: false, builtin: true, sample: undefined };
    expect(passes(decideCase(equal(5), returned(forged)))).toBe(false);
    expect(passes(decideCase(equal(5), returned({ __rehearseOpaque: "5" })))).toBe(false);
  });

  it("asks for the thrown error to be rethrown when a value was expected", () => {
    expect(decideCase(equal(1), threw("boom"))).toEqual({ pass: false, rethrow: true });
  });
});

describe("decideCase: unordered", () => {
  const unordered = (value: unknown): CaseExpectation => ({ kind: "unordered", value });
  const same = (expected: unknown, received: unknown) => passes(decideCase(unordered(expected), returned(received)));

  it("compares arrays as multisets", () => {
    expect(same([1, 2, 3], [3, 1, 2])).toBe(true);
    expect(same([1, 1, 2], [1, 2, 2])).toBe(false);
    expect(same([1, 2], [1, 2, 2])).toBe(false);
    expect(same([], [])).toBe(true);
  });

  it("counts objects by deep equality, duplicates included", () => {
    expect(same([{ a: 1 }, { a: 1 }, { b: [2] }], [{ b: [2] }, { a: 1 }, { a: 1, c: undefined }])).toBe(true);
    expect(same([{ a: 1 }, { a: 1 }, { b: 2 }], [{ a: 1 }, { b: 2 }, { b: 2 }])).toBe(false);
    expect(same([{ a: 1, b: 2 }], [{ b: 2, a: 1 }])).toBe(true);
  });

  it("keeps NaN, null and undefined apart, where JSON would make them all null", () => {
    expect(same([null, Number.NaN, null], [Number.NaN, null, null])).toBe(true);
    expect(same([null, null], [Number.NaN, null])).toBe(false);
    expect(same([undefined], [null])).toBe(false);
    expect(same([Number.POSITIVE_INFINITY], [null])).toBe(false);
  });

  it("keeps -0 apart from 0", () => {
    expect(same([0, -0], [-0, 0])).toBe(true);
    expect(same([0, 0], [0, -0])).toBe(false);
  });

  it("applies to arrays within arrays, at any depth", () => {
    expect(same([["kcab", "back"], ["cab"]], [["cab"], ["back", "kcab"]])).toBe(true);
    expect(same([[[1, 2], [3]], [[4]]], [[[4]], [[3], [2, 1]]])).toBe(true);
    expect(same([[1, 2], [3]], [[1, 3], [2]])).toBe(false);
    expect(same([[1, 1], [2]], [[1], [1, 2]])).toBe(false);
  });

  it("keeps the order of an object's own arrays, as the generated tests always did", () => {
    expect(same([{ path: [1, 2] }], [{ path: [2, 1] }])).toBe(false);
  });

  it("compares a value that is not an array as toEqual", () => {
    expect(same(3, 3)).toBe(true);
    expect(same({ a: 1 }, { a: 2 })).toBe(false);
    expect(same([1], { 0: 1, length: 1 })).toBe(false);
  });

  it("copes with an array that holds itself", () => {
    const a: unknown[] = [1];
    a.push(a);
    const b: unknown[] = [1];
    b.push(b);
    expect(same(a, b)).toBe(true);
    expect(same(a, [1, [1, 2]])).toBe(false);
  });

  it("decides large outputs quickly", () => {
    const groups = Array.from({ length: 20_000 }, (_, i) => [`w${i}`, `v${i}`]);
    const shuffled = groups.map((g) => [...g].reverse()).reverse();
    const started = performance.now();
    expect(same(groups, shuffled)).toBe(true);
    expect(same(Array(50_000).fill(0), Array(50_000).fill(0))).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("shows both sides sorted, so the diff points at the difference", () => {
    const detail = detailOf(decideCase(unordered([[3, 10], [2]]), returned([[2], [10, 4]])));
    expect(detail.message).toContain("arrays in any order");
    expect(detail.expected).toBe("[[3, 10], [2]]");
    expect(detail.received).toBe("[[4, 10], [2]]");
  });
});

describe("decideCase: closeTo", () => {
  const close = (value: unknown, received: unknown) => passes(decideCase({ kind: "closeTo", value }, returned(received)));

  it("accepts numbers within 5 digits, as toBeCloseTo(expected, 5)", () => {
    expect(close(0.3, 0.1 + 0.2)).toBe(true);
    expect(close(1.5, 1.500004)).toBe(true);
    expect(close(1.5, 1.50001)).toBe(false);
    expect(close(0, -0)).toBe(true);
    expect(close(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)).toBe(true);
  });

  it("never matches NaN, nor anything that is not a number", () => {
    expect(close(Number.NaN, Number.NaN)).toBe(false);
    expect(close(1, Number.NaN)).toBe(false);
    expect(close(1, "1")).toBe(false);
    expect(close(1, [1])).toBe(false);
  });

  it("says how far off the value was", () => {
    const detail = detailOf(decideCase({ kind: "closeTo", value: 2 }, returned(2.5)));
    expect(detail.message).toBe("expect(received).toBeCloseTo(expected, 5)\n\nExpected: 2\nReceived: 2.5\n\nExpected difference: < 0.000005\nReceived difference:   0.5");
  });
});

describe("decideCase: throws", () => {
  const throws: CaseExpectation = { kind: "throws", message: "negative" };

  it("passes when the message contains the substring", () => {
    expect(passes(decideCase(throws, threw("size is negative", "RangeError")))).toBe(true);
    expect(passes(decideCase(throws, threw("too big")))).toBe(false);
  });

  it("fails when the call returned, saying so", () => {
    const detail = detailOf(decideCase(throws, returned(-1)));
    expect(detail).toEqual({
      message: 'expect(received).toThrow(expected)\n\nExpected substring: "negative"\nReceived function did not throw',
      expected: '"negative"',
      received: "did not throw",
    });
  });

  it("names the error that was thrown instead", () => {
    expect(detailOf(decideCase(throws, threw("too big", "TypeError"))).message).toBe(
      'expect(received).toThrow(expected)\n\nExpected substring: "negative"\nReceived message: "too big"\nReceived error: TypeError',
    );
  });
});

describe("decideCase: invalid", () => {
  it("fails with its message, whatever the call did", () => {
    const invalid: CaseExpectation = { kind: "invalid", message: "The reference solution fails on these arguments" };
    expect(detailOf(decideCase(invalid, returned(1)))).toEqual({ message: "The reference solution fails on these arguments" });
    expect(detailOf(decideCase(invalid, threw("x"))).message).toBe("The reference solution fails on these arguments");
  });
});
