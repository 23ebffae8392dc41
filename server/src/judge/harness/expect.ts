import { fitsCopyBudget } from "./copy-budget.ts";
import {
  ErrorCtor,
  nullRecord,
  ObjectKeys,
  PromiseCtor,
  PromisePrototypeThen,
  PromiseResolve,
  ReflectApply,
  ReflectDefineProperty,
  TypeErrorCtor,
  WeakMapCtor,
  WeakMapPrototypeGet,
  WeakMapPrototypeSet,
} from "./primordials.ts";
import { type AssertionDecision, type AssertionRecord, type CaseOutcome, MATCH_CASE, OPAQUE_KEY, RECORD_CASE } from "./protocol.ts";

import { localEq, makeAsym } from "./asymmetric.ts";
import { ALIASES, type Evaluation, MATCHERS } from "./matchers.ts";
import { printValue } from "./print.ts";
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

/** Replaces a value the worker cannot receive with a marker it recognises. */
function opaque(value: unknown): unknown {
  return nullRecord({ [OPAQUE_KEY]: printValue(value) });
}

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
  defineCaseMatchers(builtinProto, (self) => WeakMapPrototypeGet(expectations, self), report);
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

type Report = (matcher: string, exp: Expectation, received: unknown, args: unknown[], ev: Evaluation) => void;

/**
 * toMatchCase(i) and toRecordCase(i), the matchers of data-driven cases: call the function
 * under test and report what it did. The expected outcome stays in the worker, which decides
 * (judge/case-matchers.ts) and keeps every failure on the test's record itself; it refuses only
 * when the call threw where a value was expected, and then what was thrown is rethrown here, so
 * the test fails as that plain call would.
 */
function defineCaseMatchers(proto: Record<string, unknown>, expectationOf: (self: object) => Expectation | undefined, report: Report): void {
  for (const name of [MATCH_CASE, RECORD_CASE]) {
    ReflectDefineProperty(proto, name, {
      value: function (this: unknown, index: unknown): void {
        const exp = typeof this === "object" && this !== null ? expectationOf(this) : undefined;
        if (!exp) throw new TypeErrorCtor(`${name} must be called on expect(value)`);
        if (exp.isNot || exp.modifier !== "") throw new TypeErrorCtor(`${name} takes no .not, .resolves or .rejects`);
        if (typeof exp.received !== "function") throw new TypeErrorCtor(`expect(received).${name}(index): received value must be a function`);
        let threw = false;
        let thrown: unknown;
        let returned: unknown;
        try {
          returned = ReflectApply(exp.received as () => unknown, undefined, []);
        } catch (error) {
          threw = true;
          thrown = error;
        }
        const outcome: CaseOutcome = threw ? { threw: describeThrown(thrown) } : { returned };
        try {
          report(name, exp, outcome, [index], { local: false, received: outcome, expected: index, facts: { case: index } });
        } catch (error) {
          if (threw && error instanceof AssertionFailure) throw thrown;
          throw error;
        }
      },
    });
  }
}

/** An error's name and message as toThrow reads them, never throwing. */
function describeThrown(thrown: unknown): { name: string; message: string } {
  try {
    if (typeof thrown !== "object" || thrown === null) return { name: "", message: typeof thrown === "string" ? thrown : printValue(thrown) };
    const { name, message } = thrown as { name?: unknown; message?: unknown };
    return { name: typeof name === "string" ? name : "", message: typeof message === "string" ? message : "" };
  } catch {
    return { name: "", message: "[message getter threw]" };
  }
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
