import { describe, expect, it } from "vitest";
import { formatValue } from "./format.ts";

class Point {
  x = 1;
  y = 2;
}

function nested(depth: number): unknown {
  let v: unknown = "bottom";
  for (let i = 0; i < depth; i++) v = { d: v };
  return v;
}

describe("formatValue", () => {
  it("prints primitives as Jest does", () => {
    expect(formatValue("hi")).toBe('"hi"');
    expect(formatValue(42)).toBe("42");
    expect(formatValue(-0)).toBe("-0");
    expect(formatValue(0)).toBe("0");
    expect(formatValue(Number.NaN)).toBe("NaN");
    expect(formatValue(10n)).toBe("10n");
    expect(formatValue(true)).toBe("true");
    expect(formatValue(null)).toBe("null");
    expect(formatValue(undefined)).toBe("undefined");
    expect(formatValue(Symbol("tag"))).toBe("Symbol(tag)");
  });

  it("prints top-level strings raw when asked, as console.log does", () => {
    expect(formatValue("hi", { rawStrings: true })).toBe("hi");
    expect(formatValue(["hi"], { rawStrings: true })).toBe('["hi"]');
  });

  it("keeps -0 visible inside containers", () => {
    expect(formatValue([-0, 0])).toBe("[-0, 0]");
  });

  it("prints cycles as [Circular]", () => {
    const o: Record<string, unknown> = { x: 1 };
    o.self = o;
    expect(formatValue(o)).toBe('{"x": 1, "self": [Circular]}');
    const a: unknown[] = [1];
    a.push(a);
    expect(formatValue(a)).toBe("[1, [Circular]]");
  });

  it("prints a value seen twice without a cycle in full both times", () => {
    const shared = { k: 1 };
    expect(formatValue([shared, shared])).toBe('[{"k": 1}, {"k": 1}]');
  });

  it("prints Maps and Sets with their entries", () => {
    expect(formatValue(new Map<unknown, unknown>([[1, "a"], ["k", { z: 1 }]]))).toBe('Map {1 => "a", "k" => {"z": 1}}');
    expect(formatValue(new Set([1, "two"]))).toBe('Set {1, "two"}');
    expect(formatValue(new Map())).toBe("Map {}");
  });

  it("names class instances and null-prototype objects", () => {
    expect(formatValue(new Point())).toBe('Point {"x": 1, "y": 2}');
    expect(formatValue(Object.create(null))).toBe("[Object: null prototype] {}");
  });

  it("names instances whose prototype's constructor is an accessor, as after lockdown", () => {
    class Box {
      v = 1;
    }
    Object.defineProperty(Box.prototype, "constructor", { get: () => Box, configurable: true });
    expect(formatValue(new Box())).toBe('Box {"v": 1}');
  });

  it("prints dates, regexps, errors, functions and classes", () => {
    expect(formatValue(new Date(0))).toBe("1970-01-01T00:00:00.000Z");
    expect(formatValue(new Date(Number.NaN))).toBe("Invalid Date");
    expect(formatValue(/a+/gi)).toBe("/a+/gi");
    expect(formatValue(new TypeError("bad"))).toBe("[TypeError: bad]");
    expect(formatValue(function named() {})).toBe("[Function named]");
    expect(formatValue(class Shape {})).toBe("[class Shape]");
  });

  it("stops at the depth bound", () => {
    expect(formatValue(nested(3), { maxDepth: 2 })).toBe('{"d": {"d": [Object]}}');
    expect(formatValue([[[1]]], { maxDepth: 2 })).toBe("[[[Array]]]");
    expect(formatValue(nested(6))).toBe('{"d": {"d": {"d": {"d": {"d": {"d": "bottom"}}}}}}');
    expect(formatValue(nested(7))).toContain("[Object]");
  });

  it("stops at the item bound and says how many are left", () => {
    expect(formatValue([1, 2, 3, 4], { maxItems: 2 })).toBe("[1, 2, … 2 more]");
    expect(formatValue(new Set([1, 2, 3]), { maxItems: 1 })).toBe("Set {1, … 2 more}");
    expect(formatValue({ a: 1, b: 2, c: 3 }, { maxItems: 2 })).toBe('{"a": 1, "b": 2, … 1 more}');
  });

  it("never returns more than the length bound, and marks the cut", () => {
    const out = formatValue("x".repeat(100), { maxLength: 10 });
    expect(out).toBe(`"${"x".repeat(9)}…`);
    const big = formatValue(Array.from({ length: 10_000 }, (_, i) => i), { maxLength: 500, maxItems: 100_000 });
    expect(big.length).toBeLessThanOrEqual(501);
    expect(big.endsWith("…")).toBe(true);
  });

  it("shortens very long strings even without a length bound", () => {
    const out = formatValue("y".repeat(20_000), { maxLength: 100_000 });
    expect(out.length).toBeLessThan(5_010);
  });

  it("indents over several lines for diffs", () => {
    expect(formatValue({ a: [1, { b: 2 }] }, { multiline: true })).toBe(
      '{\n  "a": [\n    1,\n    {\n      "b": 2,\n    },\n  ],\n}',
    );
  });

  it("survives getters that throw and proxies that refuse to list their keys", () => {
    const getter = {
      get bad(): never {
        throw new Error("no");
      },
    };
    expect(formatValue(getter)).toBe('{"bad": [getter threw]}');
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no");
        },
      },
    );
    expect(formatValue(proxy)).toBe("[unprintable value]");
  });
});
