import {
  ArrayIsArray,
  DatePrototypeGetTime,
  MapPrototypeForEach,
  MapPrototypeGet,
  MapPrototypeGetSize,
  MapPrototypeHas,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypeToString,
  ReflectGetPrototypeOf,
  RegExpPrototypeGetFlags,
  RegExpPrototypeGetSource,
  SetPrototypeForEach,
  SetPrototypeGetSize,
  SetPrototypeHas,
} from "./primordials.ts";

/**
 * Jest's equality (toEqual / toStrictEqual), written once and used on both sides: inside the
 * isolate on live values, and in the worker on values copied out of it, where the verdict is
 * decided. `unknown` means this side cannot tell (a value that could not be copied out).
 */
export type Tri = boolean | "unknown";

export interface EqualityHooks {
  /** An asymmetric matcher (expect.any...) standing in `expected`, as a predicate on `actual`. */
  asymmetric(expected: unknown): ((actual: unknown) => Tri) | undefined;
  /** A placeholder for a value that could not be copied out. */
  opaque(value: unknown): boolean;
}

const noHooks: EqualityHooks = { asymmetric: () => undefined, opaque: () => false };

function and(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  return a === "unknown" || b === "unknown" ? "unknown" : true;
}

function tag(v: object): string {
  return ObjectPrototypeToString(v);
}

export function equals(a: unknown, b: unknown, strict = false, hooks: EqualityHooks = noHooks): Tri {
  return eq(a, b, strict, hooks, [], []);
}

function eq(a: unknown, b: unknown, strict: boolean, hooks: EqualityHooks, seenA: unknown[], seenB: unknown[]): Tri {
  // Only the expected side may hold a matcher. Jest also honours one in the received value,
  // but there the code under test could return expect.anything() and equal everything.
  const asymB = hooks.asymmetric(b);
  if (asymB) return asymB(a);
  if (hooks.opaque(a) || hooks.opaque(b)) return "unknown";
  if (ObjectIs(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return false;
  }
  const ta = tag(a);
  if (ta !== tag(b)) return false;
  if (strict && ReflectGetPrototypeOf(a) !== ReflectGetPrototypeOf(b)) return false;
  switch (ta) {
    case "[object Number]":
    case "[object String]":
    case "[object Boolean]":
      return ObjectIs((a as { valueOf(): unknown }).valueOf(), (b as { valueOf(): unknown }).valueOf());
    case "[object Date]":
      return ObjectIs(DatePrototypeGetTime(a as Date), DatePrototypeGetTime(b as Date));
    case "[object RegExp]":
      return (
        RegExpPrototypeGetSource(a as RegExp) === RegExpPrototypeGetSource(b as RegExp) &&
        RegExpPrototypeGetFlags(a as RegExp) === RegExpPrototypeGetFlags(b as RegExp)
      );
    case "[object Error]": {
      const ea = a as Error;
      const eb = b as Error;
      if (ea.message !== eb.message || ea.name !== eb.name) return false;
      break;
    }
  }
  for (let i = seenA.length - 1; i >= 0; i--) {
    if (seenA[i] === a) return seenB[i] === b;
  }
  const depth = seenA.length;
  seenA[depth] = a;
  seenB[depth] = b;
  let result: Tri = true;
  if (ta === "[object Map]") result = mapsEqual(a as Map<unknown, unknown>, b as Map<unknown, unknown>, strict, hooks, seenA, seenB);
  else if (ta === "[object Set]") result = setsEqual(a as Set<unknown>, b as Set<unknown>, strict, hooks, seenA, seenB);
  else result = ownPropsEqual(a, b, strict, hooks, seenA, seenB);
  seenA.length = depth;
  seenB.length = depth;
  return result;
}

function mapsEqual(a: Map<unknown, unknown>, b: Map<unknown, unknown>, strict: boolean, hooks: EqualityHooks, sa: unknown[], sb: unknown[]): Tri {
  if (MapPrototypeGetSize(a) !== MapPrototypeGetSize(b)) return false;
  let result: Tri = true;
  MapPrototypeForEach(a, (va, ka) => {
    if (result === false) return;
    if (MapPrototypeHas(b, ka)) {
      result = and(result, eq(va, MapPrototypeGet(b, ka), strict, hooks, sa, sb));
      return;
    }
    // Keys that are objects match by equality, as in Jest.
    let found: Tri = false;
    MapPrototypeForEach(b, (vb, kb) => {
      if (found === true) return;
      const keyEq = eq(ka, kb, strict, hooks, sa, sb);
      if (keyEq === false) return;
      const both = and(keyEq, eq(va, vb, strict, hooks, sa, sb));
      if (both !== false) found = both;
    });
    result = and(result, found);
  });
  return result;
}

function setsEqual(a: Set<unknown>, b: Set<unknown>, strict: boolean, hooks: EqualityHooks, sa: unknown[], sb: unknown[]): Tri {
  if (SetPrototypeGetSize(a) !== SetPrototypeGetSize(b)) return false;
  let result: Tri = true;
  SetPrototypeForEach(a, (va) => {
    if (result === false || SetPrototypeHas(b, va)) return;
    let found: Tri = false;
    SetPrototypeForEach(b, (vb) => {
      if (found === true) return;
      const e = eq(va, vb, strict, hooks, sa, sb);
      if (e !== false) found = e;
    });
    result = and(result, found);
  });
  return result;
}

function keysOf(o: object, strict: boolean): string[] {
  const keys = ObjectKeys(o);
  if (strict) return keys;
  // toEqual ignores properties whose value is undefined.
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    if ((o as Record<string, unknown>)[k] !== undefined) out[out.length] = k;
  }
  return out;
}

function ownPropsEqual(a: object, b: object, strict: boolean, hooks: EqualityHooks, sa: unknown[], sb: unknown[]): Tri {
  const arrays = ArrayIsArray(a);
  if (arrays !== ArrayIsArray(b)) return false;
  if (arrays && (a as unknown[]).length !== (b as unknown[]).length) return false;
  if (arrays && !strict) {
    // toEqual treats holes as undefined; compare by index. Unlike Jest, named keys on an array
    // are not compared: listing them means Object.keys over every index, 30x slower on big arrays.
    const la = (a as unknown[]).length;
    let result: Tri = true;
    for (let i = 0; i < la && result !== false; i++) {
      const va = ObjectPrototypeHasOwnProperty(a, i) ? (a as unknown[])[i] : undefined;
      const vb = ObjectPrototypeHasOwnProperty(b, i) ? (b as unknown[])[i] : undefined;
      result = and(result, eq(va, vb, strict, hooks, sa, sb));
    }
    return result;
  }
  const ka = keysOf(a, strict);
  const kb = keysOf(b, strict);
  if (ka.length !== kb.length) return false;
  let result: Tri = true;
  for (let i = 0; i < ka.length && result !== false; i++) {
    const k = ka[i] as string;
    if (!ObjectPrototypeHasOwnProperty(b, k)) {
      // A key with an undefined value on one side is only absent under toEqual.
      if (strict) return false;
      result = and(result, eq((a as Record<string, unknown>)[k], undefined, strict, hooks, sa, sb));
      continue;
    }
    result = and(result, eq((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], strict, hooks, sa, sb));
  }
  return result;
}

/** toMatchObject: every property of `expected` is in `actual` and matches, recursively. */
export function matchesObject(actual: unknown, expected: unknown, hooks: EqualityHooks = noHooks, seen: unknown[] = []): Tri {
  const asym = hooks.asymmetric(expected);
  if (asym) return asym(actual);
  if (hooks.opaque(actual) || hooks.opaque(expected)) return "unknown";
  if (typeof expected !== "object" || expected === null || typeof actual !== "object" || actual === null) {
    return equals(actual, expected, false, hooks);
  }
  if (ArrayIsArray(expected)) {
    if (!ArrayIsArray(actual) || actual.length !== expected.length) return false;
    let r: Tri = true;
    for (let i = 0; i < expected.length && r !== false; i++) r = and(r, matchesObject(actual[i], expected[i], hooks, seen));
    return r;
  }
  const t = tag(expected);
  if (t !== "[object Object]") return equals(actual, expected, false, hooks);
  for (let i = 0; i < seen.length; i++) if (seen[i] === expected) return true;
  seen[seen.length] = expected;
  const keys = ObjectKeys(expected);
  let r: Tri = true;
  for (let i = 0; i < keys.length && r !== false; i++) {
    const k = keys[i] as string;
    if (!(k in (actual as object))) return false;
    r = and(r, matchesObject((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], hooks, seen));
  }
  seen.length--;
  return r;
}
