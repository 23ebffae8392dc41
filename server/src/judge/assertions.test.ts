import { describe, expect, it } from "vitest";
import { decideAssertion } from "./assertions.ts";
import { ASYM_KEY, type AssertionRecord, OPAQUE_KEY } from "./harness/protocol.ts";

const NONCE = "test-nonce";

function record(fields: Partial<AssertionRecord> & Pick<AssertionRecord, "matcher">): AssertionRecord {
  return {
    isNot: false,
    modifier: "",
    received: undefined,
    expected: undefined,
    extra: [],
    local: "unknown",
    facts: {},
    receivedDesc: "",
    expectedDesc: "",
    ...fields,
  };
}

const decide = (fields: Partial<AssertionRecord> & Pick<AssertionRecord, "matcher">) => decideAssertion(record(fields), NONCE);
const opaque = (desc: string) => ({ [OPAQUE_KEY]: desc });
const asym = (kind: string, sample: unknown, nonce = NONCE) => ({ [ASYM_KEY]: nonce, kind, inverse: false, builtin: kind === "any", sample });

describe("decideAssertion: whose reading counts", () => {
  it("fails toEqual on copied values that differ, whatever the isolate claims", () => {
    expect(decide({ matcher: "toEqual", received: { a: 1 }, expected: { a: 2 }, local: true }).pass).toBe(false);
  });

  it("passes toEqual on copied values that match, whatever the isolate claims", () => {
    expect(decide({ matcher: "toEqual", received: [1, { b: 2 }], expected: [1, { b: 2 }], local: false }).pass).toBe(true);
  });

  it("fails toBe on differing primitives even when the isolate says they are the same", () => {
    expect(decide({ matcher: "toBe", received: 1, expected: 2, local: true }).pass).toBe(false);
    expect(decide({ matcher: "toBe", received: "a", expected: "a", local: true }).pass).toBe(true);
  });

  it("needs both readings for toBe and toStrictEqual: identity and prototypes stay in the isolate", () => {
    expect(decide({ matcher: "toBe", received: { a: 1 }, expected: { a: 1 }, local: false }).pass).toBe(false);
    expect(decide({ matcher: "toBe", received: { a: 1 }, expected: { a: 1 }, local: true }).pass).toBe(true);
    expect(decide({ matcher: "toStrictEqual", received: { a: 1 }, expected: { a: 1 }, local: false }).pass).toBe(false);
    expect(decide({ matcher: "toStrictEqual", received: { a: 1 }, expected: { a: 2 }, local: true }).pass).toBe(false);
  });

  it("falls back to the isolate's reading for values that could not be copied", () => {
    expect(decide({ matcher: "toEqual", received: opaque("[Function f]"), expected: { a: 1 }, local: true }).pass).toBe(true);
    const failed = decide({ matcher: "toEqual", received: opaque("Weird {}"), expected: { a: 1 }, local: false });
    expect(failed.pass).toBe(false);
    expect(failed.detail?.message).toContain("Received: Weird {}");
  });

  it("still fails an opaque value when a copied part already differs", () => {
    const r = decide({ matcher: "toEqual", received: { a: 1, f: opaque("[Function f]") }, expected: { a: 2, f: opaque("[Function g]") }, local: true });
    expect(r.pass).toBe(false);
  });

  it("uses the isolate's reading for custom matchers, with their own message", () => {
    const r = decide({ matcher: "toBeEven", received: opaque("3"), expected: opaque("undefined"), local: false, message: "expected 3 to be even" });
    expect(r).toMatchObject({ pass: false, detail: { message: "expected 3 to be even" } });
    expect(decide({ matcher: "toBeEven", received: opaque("4"), local: true, message: "" }).pass).toBe(true);
  });
});

describe("decideAssertion: .not", () => {
  it("inverts the host's reading", () => {
    expect(decide({ matcher: "toEqual", received: { a: 1 }, expected: { a: 1 }, isNot: true, local: false }).pass).toBe(false);
    expect(decide({ matcher: "toEqual", received: { a: 1 }, expected: { a: 2 }, isNot: true, local: true }).pass).toBe(true);
    expect(decide({ matcher: "toBeNull", received: null, isNot: true, local: true }).pass).toBe(false);
  });

  it("says 'not' in the failure message", () => {
    const r = decide({ matcher: "toBe", received: 3, expected: 3, isNot: true, local: true });
    expect(r.detail?.message).toContain("expect(received).not.toBe(expected)");
    expect(r.detail?.message).toContain("Expected: not 3");
  });
});

describe("decideAssertion: toThrow", () => {
  const threw = (message: string, name = "Error") => ({ threw: true, message, name });

  it("passes with no argument when anything was thrown, and fails when nothing was", () => {
    expect(decide({ matcher: "toThrow", facts: { ...threw("boom"), expectedKind: "none" }, local: true }).pass).toBe(true);
    const r = decide({ matcher: "toThrow", facts: { threw: false, expectedKind: "none" }, local: true });
    expect(r.pass).toBe(false);
    expect(r.detail?.message).toContain("Received function did not throw");
  });

  it("matches a string as a substring of the message", () => {
    expect(decide({ matcher: "toThrow", expected: "capacity", facts: { ...threw("bad capacity: 0"), expectedKind: "string" }, local: false }).pass).toBe(true);
    const r = decide({ matcher: "toThrow", expected: "size", facts: { ...threw("bad capacity: 0"), expectedKind: "string" }, local: true });
    expect(r.pass).toBe(false);
    expect(r.detail?.message).toContain('Expected substring: "size"');
    expect(r.detail?.message).toContain('Received message: "bad capacity: 0"');
  });

  it("matches a RegExp against the message, ignoring a global flag's state", () => {
    expect(decide({ matcher: "toThrow", expected: /^bad \w+/g, facts: { ...threw("bad capacity"), expectedKind: "regexp" }, local: false }).pass).toBe(true);
    expect(decide({ matcher: "toThrow", expected: /^good/, facts: { ...threw("bad capacity"), expectedKind: "regexp" }, local: true }).pass).toBe(false);
  });

  it("requires an equal message for an error instance", () => {
    expect(decide({ matcher: "toThrow", expected: "bad capacity", facts: { ...threw("bad capacity"), expectedKind: "error" }, local: false }).pass).toBe(true);
    expect(decide({ matcher: "toThrow", expected: "bad", facts: { ...threw("bad capacity"), expectedKind: "error" }, local: true }).pass).toBe(false);
  });

  it("leaves a class check to the isolate, which alone can run instanceof", () => {
    expect(decide({ matcher: "toThrow", expected: "RangeError", facts: { ...threw("x", "RangeError"), expectedKind: "class" }, local: true }).pass).toBe(true);
    expect(decide({ matcher: "toThrow", expected: "RangeError", facts: { ...threw("x", "TypeError"), expectedKind: "class" }, local: false }).pass).toBe(false);
  });

  it("inverts with .not", () => {
    const r = decide({ matcher: "toThrow", isNot: true, facts: { ...threw("boom"), expectedKind: "none" }, local: true });
    expect(r.pass).toBe(false);
    expect(r.detail?.message).toContain("Expected function not to throw");
  });
});

describe("decideAssertion: failure messages", () => {
  it("shows Expected and Received for primitives", () => {
    const r = decide({ matcher: "toBe", received: 4, expected: 5, local: false });
    expect(r.detail).toMatchObject({ expected: "5", received: "4" });
    expect(r.detail?.message).toContain("Expected: 5");
    expect(r.detail?.message).toContain("Received: 4");
    expect(r.detail?.diff).toBeUndefined();
  });

  it("shows a line diff for objects", () => {
    const r = decide({ matcher: "toEqual", received: { a: 1, b: [1, 2] }, expected: { a: 1, b: [1, 3] }, local: false });
    const diff = r.detail?.diff ?? "";
    expect(diff).toContain("- Expected  - 1");
    expect(diff).toContain("+ Received  + 1");
    expect(diff).toMatch(/^- {5}3,$/m);
    expect(diff).toMatch(/^\+ {5}2,$/m);
    expect(r.detail?.message).toContain(diff);
    expect(r.detail).toMatchObject({ expected: '{"a": 1, "b": [1, 3]}', received: '{"a": 1, "b": [1, 2]}' });
  });

  it("explains a toStrictEqual failure that prints the same on both sides", () => {
    const r = decide({ matcher: "toStrictEqual", received: { a: 1 }, expected: { a: 1 }, local: false });
    expect(r.pass).toBe(false);
    expect(r.detail?.message).toContain("differ in type or in undefined properties");
  });

  it("shows the lengths for toHaveLength, reading a non-array's length from the isolate's facts", () => {
    const r = decide({ matcher: "toHaveLength", received: opaque("LinkedList {}"), expected: 3, facts: { length: 2 }, local: true });
    expect(r.pass).toBe(false);
    expect(r.detail?.message).toContain("Expected length: 3");
    expect(r.detail?.message).toContain("Received length: 2");
  });

  it("reports mock calls for the call matchers", () => {
    const r = decide({ matcher: "toHaveBeenCalledWith", received: [[1], [2]], expected: [3], local: true });
    expect(r.pass).toBe(false);
    expect(r.detail?.message).toContain("Number of calls: 2");
    expect(r.detail?.message).toContain("Expected: [3]");
  });

  it("explains .resolves on a rejected promise", () => {
    const r = decide({ matcher: "resolves", facts: { rejectedDesc: "[Error: nope]" }, local: false });
    expect(r.pass).toBe(false);
    expect(r.detail?.message).toContain("Received promise rejected instead of resolved");
    expect(r.detail?.message).toContain("[Error: nope]");
  });
});

describe("decideAssertion: asymmetric matchers", () => {
  it("honours a matcher made by the harness (it carries the nonce)", () => {
    expect(decide({ matcher: "toEqual", received: { n: 5 }, expected: { n: asym("any", "Number") }, local: false }).pass).toBe(true);
    expect(decide({ matcher: "toEqual", received: { n: "5" }, expected: { n: asym("any", "Number") }, local: true }).pass).toBe(false);
    expect(decide({ matcher: "toEqual", received: "a long text", expected: asym("stringContaining", "long"), local: false }).pass).toBe(true);
  });

  it("treats a forged matcher (wrong nonce) as a plain object", () => {
    const r = decide({ matcher: "toEqual", received: { n: 5 }, expected: { n: asym("anything", undefined, "guessed") }, local: true });
    expect(r.pass).toBe(false);
  });
});

describe("decideAssertion: other matchers on copied values", () => {
  it.each([
    ["toBeCloseTo", 0.1 + 0.2, 0.3, [], true],
    ["toBeCloseTo", 0.31, 0.3, [], false],
    ["toBeGreaterThan", 3, 2, [], true],
    ["toBeLessThanOrEqual", 3, 2, [], false],
    ["toContain", [1, 2, 3], 2, [], true],
    ["toContain", "hello", "ell", [], true],
    ["toContainEqual", [{ a: 1 }], { a: 1 }, [], true],
    ["toMatch", "abc", /b+/, [], true],
    ["toMatch", "abc", "z", [], false],
    ["toHaveProperty", { a: { b: 2 } }, "a.b", [2], true],
    ["toHaveProperty", { a: { b: 2 } }, "a.c", [], false],
    ["toMatchObject", { a: 1, b: 2 }, { a: 1 }, [], true],
  ] as const)("%s(%j, %j) -> %s", (matcher, received, expected, extra, pass) => {
    // The isolate claims the opposite: the host decides these.
    const r = decide({ matcher, received, expected, extra: [...extra], local: !pass });
    expect(r.pass).toBe(pass);
  });
});
