import { describe, expect, it } from "vitest";
import { type EqualityHooks, equals, matchesObject } from "./equality.ts";

const toEqual = (a: unknown, b: unknown) => equals(a, b, false);
const toStrictEqual = (a: unknown, b: unknown) => equals(a, b, true);

class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
}

function cyclic(x: number): Record<string, unknown> {
  const o: Record<string, unknown> = { x };
  o.self = o;
  return o;
}

/** Stand-ins as the worker sees them: a marker for a value it could not copy, and one matcher. */
const OPAQUE = { opaque: true };
const ANY_NUMBER = { anyNumber: true };
const hooks: EqualityHooks = {
  opaque: (v) => v === OPAQUE,
  asymmetric: (e) => (e === ANY_NUMBER ? (actual) => typeof actual === "number" : undefined),
};

describe("equals (toEqual)", () => {
  it("ignores properties whose value is undefined, on either side", () => {
    expect(toEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(toEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(toEqual({ a: 1, b: undefined }, { a: 1, b: null })).toBe(false);
  });

  it("treats holes in arrays as undefined", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    expect(toEqual([, 1], [undefined, 1])).toBe(true);
    expect(toEqual([1, 2], [1, 2, undefined])).toBe(false);
  });

  it("ignores the prototype: a class instance equals a plain object with the same fields", () => {
    expect(toEqual(new Point(1, 2), { x: 1, y: 2 })).toBe(true);
    expect(toEqual(new Point(1, 2), { x: 1, y: 3 })).toBe(false);
  });

  it("compares Maps and Sets regardless of insertion order", () => {
    expect(toEqual(new Map([[1, "a"], [2, "b"]]), new Map([[2, "b"], [1, "a"]]))).toBe(true);
    expect(toEqual(new Map([[1, "a"]]), new Map([[1, "b"]]))).toBe(false);
    expect(toEqual(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]))).toBe(true);
    expect(toEqual(new Set([1, 2]), new Set([1, 3]))).toBe(false);
    expect(toEqual(new Set([1]), new Set([1, 2]))).toBe(false);
  });

  it("matches Map keys that are objects by equality", () => {
    expect(toEqual(new Map([[{ k: 1 }, "v"]]), new Map([[{ k: 1 }, "v"]]))).toBe(true);
    expect(toEqual(new Map([[{ k: 1 }, "v"]]), new Map([[{ k: 2 }, "v"]]))).toBe(false);
  });

  it("compares Dates by time, and invalid Dates as equal", () => {
    expect(toEqual(new Date(1000), new Date(1000))).toBe(true);
    expect(toEqual(new Date(1000), new Date(1001))).toBe(false);
    expect(toEqual(new Date(Number.NaN), new Date("not a date"))).toBe(true);
    expect(toEqual(new Date(1000), 1000)).toBe(false);
  });

  it("compares RegExps by source and flags", () => {
    expect(toEqual(/a+b/gi, /a+b/gi)).toBe(true);
    expect(toEqual(/a+b/g, /a+b/i)).toBe(false);
    expect(toEqual(/a/, /b/)).toBe(false);
  });

  it("uses Object.is for primitives: NaN equals NaN, 0 does not equal -0", () => {
    expect(toEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(toEqual({ n: Number.NaN }, { n: Number.NaN })).toBe(true);
    expect(toEqual(0, -0)).toBe(false);
    expect(toEqual([-0], [0])).toBe(false);
    expect(toEqual(1, "1")).toBe(false);
    expect(toEqual(null, undefined)).toBe(false);
  });

  it("compares boxed primitives by value but never with a primitive", () => {
    expect(toEqual(new String("a"), new String("a"))).toBe(true);
    expect(toEqual(new Number(1), new Number(2))).toBe(false);
    expect(toEqual(new Number(1), 1)).toBe(false);
  });

  it("compares errors by name and message", () => {
    expect(toEqual(new Error("boom"), new Error("boom"))).toBe(true);
    expect(toEqual(new Error("boom"), new Error("bang"))).toBe(false);
  });

  it("tells arrays from objects with the same keys", () => {
    expect(toEqual([1], { 0: 1 })).toBe(false);
    expect(toEqual([], {})).toBe(false);
  });

  it("terminates on cycles, equal when the shapes match", () => {
    expect(toEqual(cyclic(1), cyclic(1))).toBe(true);
    expect(toEqual(cyclic(1), cyclic(2))).toBe(false);
    const a: unknown[] = [];
    a.push(a);
    const b: unknown[] = [];
    b.push(b);
    expect(toEqual(a, b)).toBe(true);
    expect(toEqual(cyclic(1), { x: 1, self: { x: 1 } })).toBe(false);
  });

  it("compares nested structures deeply", () => {
    expect(toEqual({ a: [1, { b: new Set([2]) }] }, { a: [1, { b: new Set([2]) }] })).toBe(true);
    expect(toEqual({ a: [1, { b: new Set([2]) }] }, { a: [1, { b: new Set([3]) }] })).toBe(false);
  });
});

describe("equals (toStrictEqual)", () => {
  it("counts a property holding undefined as present", () => {
    expect(toStrictEqual({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(toStrictEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(toStrictEqual({ a: 1, b: undefined }, { a: 1, b: undefined })).toBe(true);
  });

  it("tells a hole from an undefined element", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    expect(toStrictEqual([, 1], [undefined, 1])).toBe(false);
    expect(toStrictEqual([undefined, 1], [undefined, 1])).toBe(true);
  });

  it("requires the same prototype", () => {
    expect(toStrictEqual(new Point(1, 2), { x: 1, y: 2 })).toBe(false);
    expect(toStrictEqual(new Point(1, 2), new Point(1, 2))).toBe(true);
    expect(toStrictEqual(Object.assign(Object.create(null), { a: 1 }), { a: 1 })).toBe(false);
  });

  it("keeps the toEqual rules for Maps, Sets, NaN and -0", () => {
    expect(toStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]]))).toBe(true);
    expect(toStrictEqual(new Set([Number.NaN]), new Set([Number.NaN]))).toBe(true);
    expect(toStrictEqual({ z: -0 }, { z: 0 })).toBe(false);
  });
});

describe("equals with hooks", () => {
  it("answers unknown where a value could not be copied, unless another part already differs", () => {
    expect(equals({ a: 1, b: OPAQUE }, { a: 1, b: 2 }, false, hooks)).toBe("unknown");
    expect(equals({ a: 1, b: OPAQUE }, { a: 9, b: 2 }, false, hooks)).toBe(false);
    expect(equals(OPAQUE, OPAQUE, false, hooks)).toBe("unknown");
  });

  it("lets an asymmetric matcher on the expected side decide, never one in the received value", () => {
    expect(equals({ n: 5 }, { n: ANY_NUMBER }, false, hooks)).toBe(true);
    expect(equals({ n: "5" }, { n: ANY_NUMBER }, false, hooks)).toBe(false);
    expect(equals([ANY_NUMBER], [3], false, hooks)).toBe(false);
  });
});

describe("matchesObject (toMatchObject)", () => {
  it("accepts extra properties on the received object, recursively", () => {
    expect(matchesObject({ a: 1, b: { c: 2, d: 3 }, e: 4 }, { b: { c: 2 } })).toBe(true);
    expect(matchesObject({ a: 1, b: { c: 2 } }, { b: { c: 3 } })).toBe(false);
  });

  it("fails on a missing property, even one expected to be undefined", () => {
    expect(matchesObject({ a: 1 }, { b: undefined })).toBe(false);
    expect(matchesObject({ a: 1, b: undefined }, { b: undefined })).toBe(true);
  });

  it("requires arrays of the same length, matching element by element", () => {
    expect(matchesObject({ list: [{ id: 1, x: 0 }, { id: 2 }] }, { list: [{ id: 1 }, { id: 2 }] })).toBe(true);
    expect(matchesObject({ list: [{ id: 1 }, { id: 2 }] }, { list: [{ id: 1 }] })).toBe(false);
  });

  it("compares non-plain expected values with toEqual", () => {
    expect(matchesObject({ when: new Date(5) }, { when: new Date(5) })).toBe(true);
    expect(matchesObject({ tags: new Set(["a"]) }, { tags: new Set(["b"]) })).toBe(false);
  });
});
