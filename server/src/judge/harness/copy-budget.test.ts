import { describe, expect, it } from "vitest";
import { DEFAULT_COPY_BUDGET, fitsCopyBudget } from "./copy-budget.ts";

/**
 * The copy budget runs on intrinsics only, so plain Node runs it as the isolate does. The
 * attacks here each cost the isolate kilobytes and would cost the worker gigabytes to copy.
 */
const PAGE = "x".repeat(8192);
/** ~10,000 references to one 8 KB string: 80 KB in the isolate, 80 MB once cloned. */
const amplified = () => new Array(10_000).fill(PAGE);

describe("fitsCopyBudget", () => {
  it("lets ordinary values through", () => {
    const values: unknown[] = [
      42,
      "text",
      10n ** 30n,
      null,
      { a: [1, 2, { b: "c" }], d: new Date(0) },
      new Map<unknown, unknown>([["k", { v: 1 }]]),
      new Set([1, "two"]),
      /a+b/gi,
      new Float64Array(1_000),
      new DataView(new ArrayBuffer(64)),
      new String("boxed"),
      new Error("boom"),
      new TypeError("bad", { cause: { code: 7 } }),
      new (class QueueError extends Error {
        override name = "QueueError";
      })("empty"),
    ];
    for (const value of values) expect(fitsCopyBudget(value), String(value)).toBe(true);
  });

  it("counts every reference to a string, in arrays, objects, Maps and Sets", () => {
    expect(fitsCopyBudget(amplified())).toBe(false);
    expect(fitsCopyBudget({ pages: amplified() })).toBe(false);
    expect(fitsCopyBudget(new Map(amplified().map((page, i) => [i, page])))).toBe(false);
    expect(fitsCopyBudget(new Set([amplified()]))).toBe(false);
  });

  it.each(["Error", "Float64Array", "Uint8Array", "DataView", "ArrayBuffer", "SharedArrayBuffer", "Map", "Set", "RegExp", "String", "Date", "Array", "Object"])(
    "walks an object whose Symbol.toStringTag claims %s like any object",
    (tag) => {
      expect(fitsCopyBudget({ [Symbol.toStringTag]: tag, pages: amplified() })).toBe(false);
      // A claim alone is no reason to refuse, nor to throw.
      expect(fitsCopyBudget({ [Symbol.toStringTag]: tag, small: 1 })).toBe(true);
    },
  );

  it.each([Error, TypeError, Float64Array, ArrayBuffer, DataView, Map, Set, RegExp].map((C) => [C.name, C.prototype as object] as const))(
    "walks an ordinary object whose prototype is %s.prototype like any object",
    (_, proto) => {
      const fake = Object.create(proto) as Record<string, unknown>;
      Object.defineProperty(fake, "pages", { value: amplified(), enumerable: true });
      expect(fitsCopyBudget(fake)).toBe(false);
    },
  );

  it("counts a real error's message, stack and cause, never a constant", () => {
    expect(fitsCopyBudget(new Error("boom", { cause: { pages: amplified() } }))).toBe(false);
    // V8's stack setter keeps any string; each error's stack is copied in full.
    const errors = Array.from({ length: 10_000 }, () => {
      const e = new Error("x");
      e.stack = PAGE;
      return e;
    });
    expect(fitsCopyBudget(errors)).toBe(false);
    expect(fitsCopyBudget(errors.slice(0, 10))).toBe(true);
    const withMessages = Array.from({ length: 10_000 }, () => new Error(PAGE));
    expect(fitsCopyBudget(withMessages)).toBe(false);
  });

  it("refuses an error whose clone would run the submission's code: a getter for its name or stack, a message to stringify", () => {
    const namedByGetter = new Error("x");
    Object.setPrototypeOf(namedByGetter, Object.create(Error.prototype, { name: { get: () => "Sneaky" } }));
    expect(fitsCopyBudget(namedByGetter)).toBe(false);

    const stackFromPrototype = new Error("x");
    delete (stackFromPrototype as { stack?: string }).stack;
    Object.setPrototypeOf(stackFromPrototype, Object.create(Error.prototype, { stack: { get: () => PAGE } }));
    expect(fitsCopyBudget(stackFromPrototype)).toBe(false);

    const ownStackGetter = new Error("x");
    Object.defineProperty(ownStackGetter, "stack", { get: () => PAGE });
    expect(fitsCopyBudget(ownStackGetter)).toBe(false);

    const objectMessage = new Error("x");
    Object.defineProperty(objectMessage, "message", { value: { toString: () => PAGE } });
    expect(fitsCopyBudget(objectMessage)).toBe(false);
  });

  it("counts the whole buffer behind a typed array or DataView, once however many views share it", () => {
    const big = new ArrayBuffer(40 << 20);
    expect(fitsCopyBudget(new Uint8Array(big, 0, 1))).toBe(false);
    expect(fitsCopyBudget(new DataView(big, 0, 1))).toBe(false);
    expect(fitsCopyBudget(big)).toBe(false);
    const shared = new ArrayBuffer(1 << 20);
    expect(fitsCopyBudget(Array.from({ length: 1_000 }, (_, i) => new Uint8Array(shared, i, 1)))).toBe(true);
  });

  it("counts a RegExp's source, a bigint's digits and a String object's characters", () => {
    const source = `(?:${"a".repeat(8192)})`;
    expect(fitsCopyBudget(Array.from({ length: 10_000 }, () => new RegExp(source)))).toBe(false);
    const huge = 2n ** 500_000n;
    expect(fitsCopyBudget(new Array(1_000).fill(huge))).toBe(false);
    expect(fitsCopyBudget(new Array(1_000).fill(2n ** 60n))).toBe(true);
    expect(fitsCopyBudget(new String("x".repeat(80_000)), 5_000)).toBe(false);
    expect(fitsCopyBudget(new String("x".repeat(80_000)), 20_000)).toBe(true);
  });

  it("counts what an element getter returns, and refuses getters on objects the clone would call", () => {
    // Named properties on an array are left to the worker's memory ceiling (see the array branch).
    const getter = [1, 2, 3];
    Object.defineProperty(getter, 1, { get: () => amplified(), enumerable: true });
    expect(fitsCopyBudget(getter)).toBe(false);
    expect(fitsCopyBudget({ get pages() { return amplified(); } })).toBe(false);
  });

  it("leaves anything past the budget to the isolate, long arrays included", () => {
    expect(fitsCopyBudget(new Array(DEFAULT_COPY_BUDGET / 4).fill(0))).toBe(true);
    expect(fitsCopyBudget(new Array(DEFAULT_COPY_BUDGET + 1).fill(0))).toBe(false);
    expect(fitsCopyBudget("x".repeat(8 * DEFAULT_COPY_BUDGET))).toBe(false);
    expect(fitsCopyBudget({ a: 1, b: 2 }, 2)).toBe(false);
  });
});
