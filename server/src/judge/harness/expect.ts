import { fitsCopyBudget } from "./copy-budget.ts";
import { equals, matchesObject, type EqualityHooks, type Tri } from "./equality.ts";
import { formatValue } from "./format.ts";
import { mockStateOf } from "./mocks.ts";
import {
  ArrayIsArray,
  ErrorCtor,
  FunctionPrototypeSymbolHasInstance,
  nullRecord,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeToString,
  PromiseCtor,
  PromisePrototypeThen,
  PromiseResolve,
  ReflectApply,
  ReflectDefineProperty,
  RegExpPrototypeExec,
  StringPrototypeIncludes,
  StringPrototypeSplit,
  TypeErrorCtor,
  WeakMapCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} from "./primordials.ts";
import { ASYM_KEY, type AssertionDecision, type AssertionRecord, OPAQUE_KEY } from "./protocol.ts";

/**
 * Jest's `expect`, evaluated twice: here on live values (the isolate's reading) and in the
 * worker on copies (the verdict). Every assertion is reported to the worker before it
 * returns, so a failure is on record even if the code under test swallows the throw.
 */
/** Marks a promise as handled (the test awaits it later), so its rejection is not "unhandled". */
function handled<T>(p: Promise<T>): Promise<T> {
  PromisePrototypeThen(p, () => {}, () => {});
  return p;
}

export type SendAssertion = (record: AssertionRecord) => AssertionDecision;

/** Thrown on a failed expectation; the worker already knows. */
export class AssertionFailure extends ErrorCtor {}
ReflectDefineProperty(AssertionFailure.prototype, "name", { value: "AssertionError", writable: true, configurable: true });

interface AsymInfo {
  kind: string;
  sample: unknown;
  inverse: boolean;
  builtin?: boolean;
}
const asymmetrics = new WeakMapCtor<object, AsymInfo>();

const BUILTIN_CTORS: unknown[] = [Number, String, Boolean, BigInt, Symbol, Function, Object, Array, Map, Set, Date, RegExp, Error, Promise];

function asymMatch(info: AsymInfo, actual: unknown): Tri {
  let r: Tri;
  switch (info.kind) {
    case "any": {
      const ctor = info.sample as unknown;
      if (ctor === Number) r = typeof actual === "number" || ObjectPrototypeToString(actual) === "[object Number]";
      else if (ctor === String) r = typeof actual === "string" || ObjectPrototypeToString(actual) === "[object String]";
      else if (ctor === Boolean) r = typeof actual === "boolean" || ObjectPrototypeToString(actual) === "[object Boolean]";
      else if (ctor === BigInt) r = typeof actual === "bigint";
      else if (ctor === Symbol) r = typeof actual === "symbol";
      else if (ctor === Function) r = typeof actual === "function";
      else if (ctor === Object) r = typeof actual === "object" && actual !== null;
      else r = typeof ctor === "function" && FunctionPrototypeSymbolHasInstance(ctor as () => void, actual);
      break;
    }
    case "anything":
      r = actual !== null && actual !== undefined;
      break;
    case "objectContaining":
      r = typeof actual === "object" && actual !== null ? matchesObject(actual, info.sample, hooks) : false;
      break;
    case "arrayContaining": {
      const want = info.sample as unknown[];
      if (!ArrayIsArray(actual)) {
        r = false;
        break;
      }
      r = true;
      for (let i = 0; i < want.length && r !== false; i++) {
        let found: Tri = false;
        for (let j = 0; j < actual.length && found !== true; j++) {
          const e = equals(actual[j], want[i], false, hooks);
          if (e !== false) found = e;
        }
        r = found === false ? false : r === "unknown" || found === "unknown" ? "unknown" : true;
      }
      break;
    }
    case "stringContaining":
      r = typeof actual === "string" && StringPrototypeIncludes(actual, info.sample as string);
      break;
    case "stringMatching":
      r = typeof actual === "string" && RegExpPrototypeExec(info.sample as RegExp, actual) !== null;
      break;
    case "closeTo": {
      const [n, digits] = info.sample as [number, number];
      r = typeof actual === "number" && Math.abs(actual - n) < 10 ** -digits / 2;
      break;
    }
    default:
      r = false;
  }
  return info.inverse && r !== "unknown" ? !r : r;
}

const hooks: EqualityHooks = {
  asymmetric(expected) {
    if (typeof expected !== "object" || expected === null) return undefined;
    const info = WeakMapPrototypeGet(asymmetrics, expected);
    return info ? (actual) => asymMatch(info, actual) : undefined;
  },
  opaque: () => false,
};

function makeAsym(kind: string, sample: unknown, inverse: boolean, nonce: string): object {
  const builtin = kind === "any" && BUILTIN_CTORS.includes(sample);
  // What the worker sees after copying: the nonce proves the harness made it.
  const wire = {
    [ASYM_KEY]: nonce,
    kind,
    inverse,
    builtin,
    sample: kind === "any" ? (typeof sample === "function" ? (sample as { name?: string }).name : String(sample)) : sample,
  };
  const token = nullRecord(wire);
  WeakMapPrototypeSet(asymmetrics, token, { kind, sample, inverse, builtin });
  ReflectDefineProperty(token, "asymmetricMatch", { value: (a: unknown) => asymMatch({ kind, sample, inverse }, a) === true });
  ReflectDefineProperty(token, "toString", { value: () => `${inverse ? "Not" : ""}${kind}` });
  return token;
}

function printValue(value: unknown): string {
  try {
    return formatValue(value, { maxLength: 2_000 });
  } catch {
    return "[unprintable value]";
  }
}

/** Replaces a value the worker cannot receive with a marker it recognises. */
function opaque(value: unknown): unknown {
  return nullRecord({ [OPAQUE_KEY]: printValue(value) });
}

interface Evaluation {
  local: Tri;
  facts?: Record<string, unknown>;
  /** Send this instead of the raw received value (e.g. a mock's calls). */
  received?: unknown;
  expected?: unknown;
  message?: string;
}

type MatcherImpl = (received: unknown, args: unknown[]) => Evaluation;

function localEq(a: unknown, b: unknown, strict = false): Tri {
  return equals(a, b, strict, hooks);
}

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

const MATCHERS: Record<string, MatcherImpl> = {
  toBe: (r, [e]) => ({ local: ObjectIs(r, e) }),
  toEqual: (r, [e]) => ({ local: localEq(r, e) }),
  toStrictEqual: (r, [e]) => ({ local: localEq(r, e, true) }),
  toMatchObject: (r, [e]) => ({ local: typeof r === "object" && r !== null ? matchesObject(r, e, hooks) : false }),
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

const ALIASES: Record<string, string> = {
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

export interface ExpectState {
  assertions: number;
  expectedAssertions: number | undefined;
  hasAssertions: boolean;
}

type CustomMatcher = (this: unknown, ...args: unknown[]) => { pass: boolean; message?: () => string };

interface Expectation {
  received: unknown;
  isNot: boolean;
  modifier: AssertionRecord["modifier"];
}

export function createExpect(host: { send: SendAssertion; nonce: string }, state: ExpectState): unknown {
  const customMatchers: Record<string, CustomMatcher> = Object.create(null);
  // What each expectation object stands for lives here, out of the submission's reach.
  const expectations = new WeakMapCtor<object, Expectation>();

  function report(matcher: string, exp: Expectation, received: unknown, args: unknown[], ev: Evaluation): void {
    state.assertions++;
    const sentReceived = "received" in ev ? ev.received : received;
    const sentExpected = "expected" in ev ? ev.expected : args[0];
    const record: AssertionRecord = {
      matcher,
      isNot: exp.isNot,
      modifier: exp.modifier,
      received: sentReceived,
      expected: sentExpected,
      extra: args.length > 1 ? args.slice(1) : [],
      local: ev.local,
      facts: ev.facts ?? {},
      receivedDesc: "",
      expectedDesc: "",
      ...(ev.message !== undefined ? { message: ev.message } : {}),
    };
    // A value too large to copy out is replaced by a marker, and the worker falls back to
    // the isolate's reading for it; the other value still travels as it is.
    if (!fitsCopyBudget(record.received)) record.received = opaque(sentReceived);
    if (!fitsCopyBudget(record.expected)) record.expected = opaque(sentExpected);
    if (!fitsCopyBudget(record.extra)) record.extra = [];
    let decision: AssertionDecision;
    try {
      decision = host.send(record);
    } catch {
      // Something cannot be copied at all (a function, a proxy): markers for both sides.
      record.received = opaque(sentReceived);
      record.expected = opaque(sentExpected);
      record.receivedDesc = printValue(received);
      record.expectedDesc = printValue(args[0]);
      record.extra = [];
      decision = host.send(record);
    }
    if (!decision.pass) throw new AssertionFailure(decision.message);
  }

  function run(name: string, exp: Expectation, received: unknown, args: unknown[]): void {
    const builtin = ALIASES[name] ?? name;
    const impl = MATCHERS[builtin];
    if (impl) {
      report(builtin, exp, received, args, impl(received, args));
      return;
    }
    const fn = customMatchers[name];
    if (!fn) throw new TypeErrorCtor(`expect(...).${name} is not a matcher`);
    const context = { isNot: exp.isNot, promise: exp.modifier, equals: (a: unknown, b: unknown) => localEq(a, b) === true, utils: matcherUtils };
    const result = ReflectApply(fn, context, [received, ...args]) as { pass: unknown; message?: () => string };
    const pass = !!result?.pass;
    let message = "";
    try {
      message = typeof result?.message === "function" ? String(result.message()) : "";
    } catch {}
    report(name, exp, received, args, { local: pass, message, received: opaque(received), expected: opaque(args[0]) });
  }

  function dispatch(name: string, self: unknown, args: unknown[]): unknown {
    const exp = typeof self === "object" && self !== null ? WeakMapPrototypeGet(expectations, self) : undefined;
    if (!exp) throw new TypeErrorCtor(`${name} must be called on expect(value)`);
    if (exp.modifier === "") return run(name, exp, exp.received, args);
    return settle(exp, (value) => run(name, exp, value, args), name);
  }

  function settle(exp: Expectation, then: (v: unknown) => void, name: string): Promise<void> {
    const received = exp.received;
    const modifier = exp.modifier as "resolves" | "rejects";
    const isThenable = received !== null && (typeof received === "object" || typeof received === "function") && typeof (received as { then?: unknown }).then === "function";
    if (!isThenable) {
      return handled(PromiseCtor.reject(new AssertionFailure(`expect(received).${modifier}.${name}()\n\nreceived value must be a promise`)) as Promise<void>);
    }
    return handled(new PromiseCtor<void>((resolve, reject) => {
      const guard = (f: () => void) => {
        try {
          f();
          resolve();
        } catch (e) {
          reject(e);
        }
      };
      PromisePrototypeThen(
        PromiseResolve(received),
        (value) => {
          if (modifier === "rejects") guard(() => report("rejects", { ...exp, isNot: false }, value, [], { local: false, facts: { resolvedDesc: printValue(value) } }));
          else guard(() => then(value));
        },
        (reason) => {
          if (modifier === "resolves") guard(() => report("resolves", { ...exp, isNot: false }, reason, [], { local: false, facts: { rejectedDesc: printValue(reason) } }));
          // toThrow under .rejects reads the rejection reason as the thrown value.
          else if ((ALIASES[name] ?? name) === "toThrow") guard(() => then(() => { throw reason; }));
          else guard(() => then(reason));
        },
      );
    }));
  }

  // Matchers live on frozen prototypes shared by all expectations: nothing is allocated per
  // expect() but the object itself. Built-ins come first so a custom matcher cannot shadow one.
  const customProto = Object.create(null) as Record<string, unknown>;
  const builtinProto = Object.create(customProto) as Record<string, unknown>;
  const make = (received: unknown, isNot: boolean, modifier: AssertionRecord["modifier"]) => {
    const obj = Object.create(builtinProto) as object;
    WeakMapPrototypeSet(expectations, obj, { received, isNot, modifier });
    return obj;
  };
  for (const name of [...ObjectKeys(MATCHERS), ...ObjectKeys(ALIASES)]) {
    ReflectDefineProperty(builtinProto, name, {
      value: function (this: unknown, ...args: unknown[]) {
        return dispatch(name, this, args);
      },
    });
  }
  const flag = (key: "not" | "resolves" | "rejects") =>
    ReflectDefineProperty(builtinProto, key, {
      get(this: object) {
        const exp = WeakMapPrototypeGet(expectations, this);
        if (!exp) return undefined;
        return key === "not" ? make(exp.received, true, exp.modifier) : make(exp.received, exp.isNot, key);
      },
    });
  flag("not");
  flag("resolves");
  flag("rejects");
  Object.freeze(builtinProto);

  const expect = (received: unknown) => make(received, false, "");
  const asym = (kind: string, inverse: boolean) => (sample?: unknown, extra?: unknown) =>
    makeAsym(kind, kind === "closeTo" ? [sample, extra ?? 2] : sample, inverse, host.nonce);
  const kinds = ["any", "anything", "objectContaining", "arrayContaining", "stringContaining", "stringMatching", "closeTo"];
  const not: Record<string, unknown> = {};
  for (const k of kinds) {
    (expect as unknown as Record<string, unknown>)[k] = asym(k, false);
    not[k] = asym(k, true);
  }
  Object.assign(expect, {
    not: Object.freeze(not),
    extend(matchers: Record<string, CustomMatcher>) {
      for (const key of ObjectKeys(matchers)) {
        const fn = matchers[key];
        if (typeof fn !== "function") continue;
        // Defined once: code that registered a name first cannot be overridden later, and the
        // reverse fails loudly at load time rather than quietly passing.
        ReflectDefineProperty(customMatchers, key, { value: fn, enumerable: true });
        if (!(key in builtinProto)) {
          ReflectDefineProperty(customProto, key, {
            value: function (this: unknown, ...args: unknown[]) {
              return dispatch(key, this, args);
            },
          });
        }
      }
    },
    assertions(n: number) {
      state.expectedAssertions = n;
    },
    hasAssertions() {
      state.hasAssertions = true;
    },
  });
  return Object.freeze(expect);
}

const matcherUtils = {
  printReceived: (v: unknown) => printValue(v),
  printExpected: (v: unknown) => printValue(v),
  stringify: (v: unknown) => printValue(v),
  matcherHint: (name: string, received = "received", expected = "expected") => `expect(${received})${name}(${expected})`,
  RECEIVED_COLOR: (s: string) => s,
  EXPECTED_COLOR: (s: string) => s,
  diff: (a: unknown, b: unknown) => `- Expected\n+ Received\n\n- ${printValue(a)}\n+ ${printValue(b)}`,
  printWithType: (_name: string, v: unknown, print: (v: unknown) => string) => print(v),
};
