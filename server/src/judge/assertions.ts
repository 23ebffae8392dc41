import { diffLines } from "diff";
import { equals, type EqualityHooks, matchesObject, type Tri } from "./harness/equality.ts";
import { formatValue } from "./harness/format.ts";
import { ASYM_KEY, type AssertionDecision, type AssertionRecord, OPAQUE_KEY } from "./harness/protocol.ts";

/**
 * The worker's side of every expectation: decided on values copied out of the isolate, in
 * code the submission cannot touch. The isolate's own reading counts only where a copy
 * cannot tell (identity, class checks, values that could not be copied).
 */
export interface AssertionFailureDetail {
  message: string;
  expected?: string;
  received?: string;
  diff?: string;
}

type Asym = { kind: string; inverse: boolean; builtin: boolean; sample: unknown };

export function hostHooks(nonce: string): EqualityHooks {
  const hooks: EqualityHooks = {
    opaque: (v) => typeof v === "object" && v !== null && OPAQUE_KEY in v,
    asymmetric(expected) {
      if (typeof expected !== "object" || expected === null || (expected as Record<string, unknown>)[ASYM_KEY] !== nonce) return undefined;
      const a = expected as unknown as Asym;
      return (actual) => {
        const r = asymMatch(a, actual, hooks);
        return a.inverse && r !== "unknown" ? !r : r;
      };
    },
  };
  return hooks;
}

const TYPE_CHECKS: Record<string, (v: unknown) => boolean> = {
  Number: (v) => typeof v === "number" || v instanceof Number,
  String: (v) => typeof v === "string" || v instanceof String,
  Boolean: (v) => typeof v === "boolean" || v instanceof Boolean,
  BigInt: (v) => typeof v === "bigint",
  Object: (v) => typeof v === "object" && v !== null,
  Array: (v) => Array.isArray(v),
  Map: (v) => v instanceof Map,
  Set: (v) => v instanceof Set,
  Date: (v) => v instanceof Date,
  RegExp: (v) => v instanceof RegExp,
};

function asymMatch(a: Asym, actual: unknown, hooks: EqualityHooks): Tri {
  if (hooks.opaque(actual)) return "unknown";
  switch (a.kind) {
    case "any": {
      const check = a.builtin ? TYPE_CHECKS[String(a.sample)] : undefined;
      return check ? check(actual) : "unknown";
    }
    case "anything":
      return actual !== null && actual !== undefined;
    case "objectContaining":
      return typeof actual === "object" && actual !== null ? matchesObject(actual, a.sample, hooks) : false;
    case "arrayContaining": {
      if (!Array.isArray(actual) || !Array.isArray(a.sample)) return false;
      let all: Tri = true;
      for (const want of a.sample) {
        let found: Tri = false;
        for (const have of actual) {
          const e = equals(have, want, false, hooks);
          if (e === true) {
            found = true;
            break;
          }
          if (e === "unknown") found = "unknown";
        }
        if (found === false) return false;
        if (found === "unknown") all = "unknown";
      }
      return all;
    }
    case "stringContaining":
      return typeof actual === "string" && actual.includes(String(a.sample));
    case "stringMatching":
      return typeof actual === "string" && (a.sample instanceof RegExp ? a.sample.test(actual) : actual.includes(String(a.sample)));
    case "closeTo": {
      const [n, digits] = a.sample as [number, number];
      return typeof actual === "number" && Math.abs(actual - n) < 10 ** -digits / 2;
    }
    default:
      return "unknown";
  }
}

const isPrimitive = (v: unknown) => v === null || (typeof v !== "object" && typeof v !== "function");

function hostReading(rec: AssertionRecord, hooks: EqualityHooks): Tri {
  const r = rec.received;
  const e = rec.expected;
  const x = rec.extra;
  const f = rec.facts;
  const opaqueR = hooks.opaque(r);
  switch (rec.matcher) {
    case "toBe":
      if (isPrimitive(r) && isPrimitive(e)) return Object.is(r, e);
      return equals(r, e, true, hooks) === false ? false : "unknown";
    case "toEqual":
      return equals(r, e, false, hooks);
    case "toStrictEqual":
      return equals(r, e, true, hooks);
    case "toMatchObject":
      return typeof r === "object" && r !== null && !opaqueR ? matchesObject(r, e, hooks) : opaqueR ? "unknown" : false;
    case "toBeTruthy":
      return opaqueR || !!r;
    case "toBeFalsy":
      return !opaqueR && !r;
    case "toBeNull":
      return r === null;
    case "toBeUndefined":
      return r === undefined;
    case "toBeDefined":
      return r !== undefined;
    case "toBeNaN":
      return typeof r === "number" && Number.isNaN(r);
    case "toBeCloseTo": {
      const digits = typeof x[0] === "number" ? x[0] : 2;
      if (typeof r !== "number" || typeof e !== "number") return false;
      if (r === e) return true;
      return Math.abs(r - e) < 10 ** -digits / 2;
    }
    case "toBeGreaterThan":
    case "toBeGreaterThanOrEqual":
    case "toBeLessThan":
    case "toBeLessThanOrEqual": {
      if (!(typeof r === "number" || typeof r === "bigint") || !(typeof e === "number" || typeof e === "bigint")) return false;
      if (rec.matcher === "toBeGreaterThan") return r > e;
      if (rec.matcher === "toBeGreaterThanOrEqual") return r >= e;
      if (rec.matcher === "toBeLessThan") return r < e;
      return r <= e;
    }
    case "toContain":
      if (typeof r === "string") return typeof e === "string" && r.includes(e);
      if (!Array.isArray(r)) return "unknown";
      if (isPrimitive(e)) return r.some((v) => Object.is(v, e) || v === e);
      return r.some((v) => equals(v, e, true, hooks) !== false) ? "unknown" : false;
    case "toContainEqual": {
      if (!Array.isArray(r)) return "unknown";
      let found: Tri = false;
      for (const v of r) {
        const eq = equals(v, e, false, hooks);
        if (eq === true) return true;
        if (eq === "unknown") found = "unknown";
      }
      return found;
    }
    case "toMatch":
      if (typeof r !== "string") return false;
      if (typeof e === "string") return r.includes(e);
      return e instanceof RegExp ? new RegExp(e.source, e.flags.replace(/[gy]/g, "")).test(r) : "unknown";
    case "toHaveLength": {
      const len = Array.isArray(r) || typeof r === "string" ? r.length : f.length;
      return len === e;
    }
    case "toHaveProperty": {
      if (opaqueR || r === null || r === undefined) return "unknown";
      const path = typeof e === "string" ? e.split(".") : Array.isArray(e) ? e.map(String) : [];
      let cur: unknown = r;
      for (const key of path) {
        if (cur === null || cur === undefined || typeof cur !== "object" || !(key in cur)) {
          // A copy loses prototype getters and methods: absence here is not proof.
          return f.found === true ? "unknown" : false;
        }
        cur = (cur as Record<string, unknown>)[key];
      }
      return f.hasValue ? equals(cur, x[0], false, hooks) : true;
    }
    case "toThrow": {
      if (!f.threw) return false;
      const message = String(f.message ?? "");
      switch (f.expectedKind) {
        case "none":
          return true;
        case "string":
          return message.includes(String(e));
        case "regexp":
          return e instanceof RegExp ? new RegExp(e.source, e.flags.replace(/[gy]/g, "")).test(message) : "unknown";
        case "error":
          return message === String(e);
        default:
          return "unknown";
      }
    }
    case "toHaveBeenCalled":
      return Array.isArray(r) ? r.length > 0 : "unknown";
    case "toHaveBeenCalledTimes":
      return Array.isArray(r) ? r.length === e : "unknown";
    case "toHaveBeenCalledWith": {
      if (!Array.isArray(r)) return "unknown";
      let found: Tri = false;
      for (const call of r) {
        const eq = equals(call, e, false, hooks);
        if (eq === true) return true;
        if (eq === "unknown") found = "unknown";
      }
      return found;
    }
    case "toHaveBeenLastCalledWith":
      return Array.isArray(r) ? (r.length > 0 ? equals(r[r.length - 1], e, false, hooks) : false) : "unknown";
    case "toHaveBeenNthCalledWith": {
      if (!Array.isArray(r) || typeof f.n !== "number") return "unknown";
      const call: unknown = r[f.n - 1];
      return call === undefined ? false : equals(call, e, false, hooks);
    }
    default:
      return "unknown";
  }
}

const DESCRIPTIONS: Record<string, string> = {
  toBe: " // Object.is equality",
  toEqual: " // deep equality",
  toStrictEqual: " // deep equality",
};

function show(v: unknown, hooks: EqualityHooks, fallback: string, multiline = false): string {
  if (hooks.opaque(v)) return String((v as Record<string, unknown>)[OPAQUE_KEY]);
  if (v === undefined && fallback && fallback !== "undefined") return fallback;
  return formatValue(v, { maxLength: 4_000, multiline });
}

/** Jest's "- Expected / + Received" line diff of two printed values; none when both fit on one line. */
export function makeDiff(expected: string, received: string): string | undefined {
  if (expected === received || (!expected.includes("\n") && !received.includes("\n"))) return undefined;
  const parts = diffLines(expected, received);
  let minus = 0;
  let plus = 0;
  const lines: string[] = [];
  for (const part of parts) {
    const rows = part.value.replace(/\n$/, "").split("\n");
    for (const row of rows) {
      if (part.added) plus++;
      if (part.removed) minus++;
      lines.push(`${part.added ? "+" : part.removed ? "-" : " "} ${row}`);
    }
  }
  return `- Expected  - ${minus}\n+ Received  + ${plus}\n\n${lines.slice(0, 400).join("\n")}`;
}

export function decideAssertion(rec: AssertionRecord, nonce: string): AssertionDecision & { detail?: AssertionFailureDetail } {
  const hooks = hostHooks(nonce);
  const host = rec.matcher === "resolves" || rec.matcher === "rejects" ? false : hostReading(rec, hooks);
  let matches: boolean;
  if (host === "unknown") matches = rec.local === true;
  else if (rec.matcher === "toStrictEqual" || rec.matcher === "toBe") matches = host && rec.local === true;
  else matches = host;
  const pass = rec.isNot ? !matches : matches;
  if (pass) return { pass, message: "" };
  return { pass, ...failure(rec, hooks) };
}

function failure(rec: AssertionRecord, hooks: EqualityHooks): { message: string; detail: AssertionFailureDetail } {
  const not = rec.isNot ? ".not" : "";
  const mod = rec.modifier ? `.${rec.modifier}` : "";
  const hint = `expect(received)${mod}${not}.${rec.matcher}(${rec.matcher.startsWith("toBe") && !["toBe", "toBeCloseTo", "toBeInstanceOf"].includes(rec.matcher) && !rec.matcher.includes("Than") ? "" : "expected"})${DESCRIPTIONS[rec.matcher] ?? ""}`;
  const f = rec.facts;
  if (rec.matcher === "resolves") {
    const m = `expect(received).resolves.*()\n\nReceived promise rejected instead of resolved\nRejected to value: ${String(f.rejectedDesc)}`;
    return { message: m, detail: { message: m } };
  }
  if (rec.matcher === "rejects") {
    const m = `expect(received).rejects.*()\n\nReceived promise resolved instead of rejected\nResolved to value: ${String(f.resolvedDesc)}`;
    return { message: m, detail: { message: m } };
  }
  if (rec.message !== undefined) {
    const m = rec.message || `expect(received)${not}.${rec.matcher}(...) failed`;
    return { message: m, detail: { message: m } };
  }
  if (rec.matcher === "toThrow") {
    const expected = f.expectedKind === "none" ? "" : f.expectedKind === "class" ? `Expected constructor: ${String(rec.expected)}` : f.expectedKind === "regexp" ? `Expected pattern: ${show(rec.expected, hooks, "")}` : `Expected ${f.expectedKind === "string" ? "substring" : "message"}: ${JSON.stringify(String(rec.expected))}`;
    const received = f.threw ? `Received message: ${JSON.stringify(String(f.message))}${f.name ? `\nReceived error: ${String(f.name)}` : ""}` : "Received function did not throw";
    const m = `expect(received)${mod}${not}.toThrow(${f.expectedKind === "none" ? "" : "expected"})\n\n${rec.isNot ? "Expected function not to throw" : expected}\n${received}`.replace("\n\n\n", "\n\n");
    return { message: m, detail: { message: m, ...(expected ? { expected: expected.replace(/^[^:]+: /, "") } : {}), received: f.threw ? String(f.message) : "did not throw" } };
  }
  const isCall = rec.matcher.startsWith("toHave") && (rec.matcher.includes("Called") || rec.matcher.includes("Returned"));
  if (isCall) {
    const calls = Array.isArray(rec.received) ? rec.received : [];
    const received = `Number of calls: ${calls.length}${calls.length ? `\nCalls: ${show(calls.slice(0, 10), hooks, "")}` : ""}`;
    const expected = rec.matcher === "toHaveBeenCalledTimes" ? `Expected number of calls: ${rec.isNot ? "not " : ""}${show(rec.expected, hooks, "")}` : rec.matcher === "toHaveBeenCalled" ? `Expected number of calls: ${rec.isNot ? "0" : ">= 1"}` : `Expected: ${rec.isNot ? "not " : ""}${show(rec.expected, hooks, rec.expectedDesc)}`;
    const m = `expect(jest.fn())${not}.${rec.matcher}(${rec.matcher === "toHaveBeenCalled" ? "" : "expected"})\n\n${expected}\n${received}`;
    return { message: m, detail: { message: m, expected: expected.replace(/^[^:]+: /, ""), received: received.replace(/^[^:]+: /, "") } };
  }
  if (rec.matcher === "toBeInstanceOf") {
    const m = `${hint}\n\nExpected constructor: ${rec.isNot ? "not " : ""}${String(rec.expected)}\nReceived value: ${String(f.receivedClass ?? rec.receivedDesc)}`;
    return { message: m, detail: { message: m, expected: String(rec.expected), received: String(f.receivedClass ?? rec.receivedDesc) } };
  }
  const hasExpected = !["toBeTruthy", "toBeFalsy", "toBeNull", "toBeUndefined", "toBeDefined", "toBeNaN"].includes(rec.matcher);
  const received = show(rec.received, hooks, rec.receivedDesc);
  const expectedValue = rec.matcher === "toHaveProperty" ? (rec.extra.length ? rec.extra[0] : undefined) : rec.expected;
  const expected = hasExpected ? show(expectedValue, hooks, rec.expectedDesc) : "";
  const lines = [hint, ""];
  if (rec.matcher === "toHaveProperty") lines.push(`Expected path: ${show(rec.expected, hooks, "")}`);
  if (rec.matcher === "toHaveLength") {
    lines.push(`Expected length: ${rec.isNot ? "not " : ""}${expected}`, `Received length: ${String(Array.isArray(rec.received) || typeof rec.received === "string" ? (rec.received as { length: number }).length : f.length)}`);
  } else if (hasExpected && (rec.matcher !== "toHaveProperty" || rec.extra.length)) {
    lines.push(`Expected: ${rec.isNot ? "not " : ""}${expected}`);
  }
  lines.push(`Received: ${received}`);
  let diff: string | undefined;
  if (!rec.isNot && ["toEqual", "toStrictEqual", "toMatchObject", "toBe"].includes(rec.matcher) && !hooks.opaque(rec.received) && !hooks.opaque(rec.expected)) {
    diff = makeDiff(formatValue(rec.expected, { multiline: true, maxLength: 20_000 }), formatValue(rec.received, { multiline: true, maxLength: 20_000 }));
    if (diff) lines.splice(2, lines.length - 2, diff);
    else if (rec.matcher === "toStrictEqual" && expected === received) lines.push("", "The values are equal but differ in type or in undefined properties.");
  }
  const m = lines.join("\n");
  return { message: m, detail: { message: m, ...(hasExpected ? { expected } : {}), received, ...(diff ? { diff } : {}) } };
}
