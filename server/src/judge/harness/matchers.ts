
import { matchesObject, type Tri } from "./equality.ts";
import { mockStateOf } from "./mocks.ts";
import {
  ArrayIsArray,
  FunctionPrototypeSymbolHasInstance,
  ObjectIs,
  ObjectPrototypeToString,
  ReflectApply,
  RegExpPrototypeExec,
  StringPrototypeIncludes,
  StringPrototypeSplit,
  TypeErrorCtor,
} from "./primordials.ts";

import { isolateHooks, localEq } from "./asymmetric.ts";
import { printValue } from "./print.ts";

/** The built-in matchers' isolate side: each returns its reading and the facts the worker needs. */
export interface Evaluation {
  local: Tri;
  facts?: Record<string, unknown>;
  /** Send this instead of the raw received value (e.g. a mock's calls). */
  received?: unknown;
  expected?: unknown;
  message?: string;
}

type MatcherImpl = (received: unknown, args: unknown[]) => Evaluation;


function callsOf(received: unknown): unknown[][] {
  const state = mockStateOf(received);
  if (!state) throw new TypeErrorCtor("expect(received): received value must be a mock function (jest.fn() or jest.spyOn())");
  return state.calls.toArray();
}

function returnsOf(received: unknown): { type: string; value: unknown }[] {
  const state = mockStateOf(received);
  if (!state) throw new TypeErrorCtor("expect(received): received value must be a mock function (jest.fn() or jest.spyOn())");
  return state.results.toArray();
}

function anyCallMatches(calls: unknown[][], args: unknown[]): Tri {
  let r: Tri = false;
  for (let i = 0; i < calls.length && r !== true; i++) {
    const e = localEq(calls[i], args);
    if (e !== false) r = e;
  }
  return r;
}

function thrownFacts(thrown: unknown, threw: boolean, expected: unknown): Evaluation {
  let name = "";
  let message = "";
  if (threw) {
    try {
      if (typeof thrown === "object" && thrown !== null) {
        const m = (thrown as { message?: unknown }).message;
        const n = (thrown as { name?: unknown }).name;
        message = typeof m === "string" ? m : "";
        name = typeof n === "string" ? n : "";
      } else message = typeof thrown === "string" ? thrown : printValue(thrown);
    } catch {
      message = "[message getter threw]";
    }
  }
  let expectedKind = "none";
  let classMatch: boolean | undefined;
  let wireExpected: unknown;
  if (typeof expected === "function") {
    expectedKind = "class";
    classMatch = threw && FunctionPrototypeSymbolHasInstance(expected as () => void, thrown);
    wireExpected = (expected as { name?: string }).name ?? "anonymous class";
  } else if (typeof expected === "string") {
    expectedKind = "string";
    wireExpected = expected;
  } else if (ObjectPrototypeToString(expected) === "[object RegExp]") {
    expectedKind = "regexp";
    wireExpected = expected;
  } else if (typeof expected === "object" && expected !== null) {
    expectedKind = "error";
    const m = (expected as { message?: unknown }).message;
    wireExpected = typeof m === "string" ? m : printValue(expected);
  }
  let local: Tri = threw;
  if (threw && expectedKind === "class") local = classMatch === true;
  else if (threw && expectedKind === "string") local = StringPrototypeIncludes(message, expected as string);
  else if (threw && expectedKind === "regexp") local = RegExpPrototypeExec(expected as RegExp, message) !== null;
  else if (threw && expectedKind === "error") local = message === wireExpected;
  return {
    local,
    received: null,
    expected: wireExpected,
    facts: { threw, name, message, thrownDesc: threw ? printValue(thrown) : "", expectedKind, classMatch },
  };
}

export const MATCHERS: Record<string, MatcherImpl> = {
  toBe: (r, [e]) => ({ local: ObjectIs(r, e) }),
  toEqual: (r, [e]) => ({ local: localEq(r, e) }),
  toStrictEqual: (r, [e]) => ({ local: localEq(r, e, true) }),
  toMatchObject: (r, [e]) => ({ local: typeof r === "object" && r !== null ? matchesObject(r, e, isolateHooks) : false }),
  toBeTruthy: (r) => ({ local: !!r }),
  toBeFalsy: (r) => ({ local: !r }),
  toBeNull: (r) => ({ local: r === null }),
  toBeUndefined: (r) => ({ local: r === undefined }),
  toBeDefined: (r) => ({ local: r !== undefined }),
  toBeNaN: (r) => ({ local: typeof r === "number" && Number.isNaN(r) }),
  toBeCloseTo: (r, [e, p]) => {
    const digits = typeof p === "number" ? p : 2;
    return { local: typeof r === "number" && typeof e === "number" && (r === e || Math.abs(r - e) < 10 ** -digits / 2) };
  },
  toBeGreaterThan: (r, [e]) => ({ local: (r as number) > (e as number) }),
  toBeGreaterThanOrEqual: (r, [e]) => ({ local: (r as number) >= (e as number) }),
  toBeLessThan: (r, [e]) => ({ local: (r as number) < (e as number) }),
  toBeLessThanOrEqual: (r, [e]) => ({ local: (r as number) <= (e as number) }),
  toContain: (r, [e]) => {
    if (typeof r === "string") return { local: typeof e === "string" && StringPrototypeIncludes(r, e) };
    if (!ArrayIsArray(r)) throw new TypeErrorCtor("expect(received).toContain(expected): received value must be an array or a string");
    let found = false;
    for (let i = 0; i < r.length && !found; i++) found = ObjectIs(r[i], e) || r[i] === e;
    return { local: found };
  },
  toContainEqual: (r, [e]) => {
    if (!ArrayIsArray(r)) throw new TypeErrorCtor("expect(received).toContainEqual(expected): received value must be an array");
    let found: Tri = false;
    for (let i = 0; i < r.length && found !== true; i++) {
      const x = localEq(r[i], e);
      if (x !== false) found = x;
    }
    return { local: found };
  },
  toMatch: (r, [e]) => {
    if (typeof r !== "string") throw new TypeErrorCtor("expect(received).toMatch(expected): received value must be a string");
    return { local: typeof e === "string" ? StringPrototypeIncludes(r, e) : RegExpPrototypeExec(e as RegExp, r) !== null };
  },
  toHaveLength: (r, [e]) => {
    const len = r !== null && r !== undefined ? (r as { length?: unknown }).length : undefined;
    if (typeof len !== "number") throw new TypeErrorCtor("expect(received).toHaveLength(expected): received value must have a length property whose value is a number");
    return { local: len === e, facts: { length: len } };
  },
  toHaveProperty: (r, [path, value]) => {
    const keys = typeof path === "string" ? StringPrototypeSplit(path, ".") : (path as string[]);
    let cur: unknown = r;
    let has = true;
    for (let i = 0; i < keys.length; i++) {
      if (cur === null || cur === undefined || !(keys[i]! in Object(cur))) {
        has = false;
        break;
      }
      cur = (cur as Record<string, unknown>)[keys[i]!];
    }
    const local = has && (value === undefined ? true : localEq(cur, value));
    return { local, facts: { hasValue: value !== undefined, found: has } };
  },
  toBeInstanceOf: (r, [e]) => {
    if (typeof e !== "function") throw new TypeErrorCtor("expect(received).toBeInstanceOf(expected): expected value must be a class");
    return { local: FunctionPrototypeSymbolHasInstance(e, r), expected: (e as { name?: string }).name ?? "anonymous class", received: null, facts: { receivedClass: printValue(r) } };
  },
  toThrow: (r, [e]) => {
    if (typeof r !== "function") throw new TypeErrorCtor("expect(received).toThrow(): received value must be a function");
    let threw = false;
    let thrown: unknown;
    try {
      ReflectApply(r as () => unknown, undefined, []);
    } catch (err) {
      threw = true;
      thrown = err;
    }
    return thrownFacts(thrown, threw, e);
  },
  toHaveBeenCalled: (r) => {
    const calls = callsOf(r);
    return { local: calls.length > 0, received: calls };
  },
  toHaveBeenCalledTimes: (r, [n]) => {
    const calls = callsOf(r);
    return { local: calls.length === n, received: calls };
  },
  toHaveBeenCalledWith: (r, args) => {
    const calls = callsOf(r);
    return { local: anyCallMatches(calls, args), received: calls, expected: args };
  },
  toHaveBeenLastCalledWith: (r, args) => {
    const calls = callsOf(r);
    return { local: calls.length > 0 ? localEq(calls[calls.length - 1], args) : false, received: calls, expected: args };
  },
  toHaveBeenNthCalledWith: (r, [n, ...args]) => {
    const calls = callsOf(r);
    const call = calls[(n as number) - 1];
    return { local: call ? localEq(call, args) : false, received: calls, expected: args, facts: { n } };
  },
  toHaveReturned: (r) => {
    const results = returnsOf(r);
    let n = 0;
    for (let i = 0; i < results.length; i++) if (results[i]!.type === "return") n++;
    return { local: n > 0, received: results };
  },
  toHaveReturnedTimes: (r, [k]) => {
    const results = returnsOf(r);
    let n = 0;
    for (let i = 0; i < results.length; i++) if (results[i]!.type === "return") n++;
    return { local: n === k, received: results };
  },
  toHaveReturnedWith: (r, [v]) => {
    const results = returnsOf(r);
    let found: Tri = false;
    for (let i = 0; i < results.length && found !== true; i++) {
      if (results[i]!.type !== "return") continue;
      const e = localEq(results[i]!.value, v);
      if (e !== false) found = e;
    }
    return { local: found, received: results, expected: v };
  },
};

export const ALIASES: Record<string, string> = {
  toThrowError: "toThrow",
  toBeCalled: "toHaveBeenCalled",
  toBeCalledTimes: "toHaveBeenCalledTimes",
  toBeCalledWith: "toHaveBeenCalledWith",
  lastCalledWith: "toHaveBeenLastCalledWith",
  toHaveBeenLastCalledWith: "toHaveBeenLastCalledWith",
  nthCalledWith: "toHaveBeenNthCalledWith",
  toReturn: "toHaveReturned",
  toReturnTimes: "toHaveReturnedTimes",
  toReturnWith: "toHaveReturnedWith",
};
