import { AssertionFailure, type ExpectState } from "./expect.ts";
import { clipText, formatValue } from "./format.ts";
import { FunctionPrototypeSymbolHasInstance, PromisePrototypeThen, PromiseResolve, ReflectApply } from "./primordials.ts";
import type { ErrorInfo } from "./protocol.ts";
import type { Block, Fn, Registry } from "./registry.ts";

/**
 * Running one test, hook by hook: beforeAll/beforeEach, the test, afterEach/afterAll, each
 * step chained through the intrinsic Promise.prototype.then, never `await`, so nothing the
 * submission patches can reorder or skip a step. The worker reads `running` between calls.
 */

/** What was thrown, read defensively: it may be a proxy whose every trap throws. Never throws. */
export function errorInfo(e: unknown): ErrorInfo {
  let assertion = false;
  try {
    assertion = typeof e === "object" && e !== null && FunctionPrototypeSymbolHasInstance(AssertionFailure, e);
  } catch {}
  try {
    if (typeof e === "object" && e !== null) {
      const name = (e as { name?: unknown }).name;
      const message = (e as { message?: unknown }).message;
      const stack = (e as { stack?: unknown }).stack;
      return {
        name: typeof name === "string" ? clipText(name, 200) : "Error",
        message: typeof message === "string" ? clipText(message, 8_000) : formatValue(e, { maxLength: 1_000 }),
        stack: typeof stack === "string" ? clipText(stack, 8_000) : "",
        assertion,
      };
    }
  } catch {}
  let printed = "[unprintable value]";
  try {
    printed = formatValue(e, { maxLength: 1_000 });
  } catch {}
  return { name: "Thrown value", message: `Thrown: ${printed}`, stack: "", assertion };
}

export interface Running {
  done: boolean;
  error: ErrorInfo | null;
}

function callStep(fn: Fn, withDone: boolean, next: (err: unknown, failed: boolean) => void): void {
  let settled = false;
  const finish = (err: unknown, failed: boolean) => {
    if (settled) return;
    settled = true;
    next(err, failed);
  };
  let ret: unknown;
  try {
    if (withDone) {
      const done = (err?: unknown) => (err === undefined ? finish(undefined, false) : finish(err, true));
      ReflectApply(fn, undefined, [done]);
      return;
    }
    ret = ReflectApply(fn, undefined, []);
  } catch (e) {
    finish(e, true);
    return;
  }
  if (ret !== null && (typeof ret === "object" || typeof ret === "function")) {
    let isThenable = false;
    try {
      isThenable = typeof (ret as { then?: unknown }).then === "function";
    } catch (e) {
      finish(e, true);
      return;
    }
    if (isThenable) {
      PromisePrototypeThen(
        PromiseResolve(ret),
        () => finish(undefined, false),
        (e) => finish(e === undefined ? new Error("The test's promise was rejected with undefined") : e, true),
      );
      return;
    }
  }
  finish(undefined, false);
}

function ancestors(block: Block): Block[] {
  const chain: Block[] = [];
  for (let b: Block | undefined = block; b; b = b.parent) chain.unshift(b);
  return chain;
}

export class TestRunner {
  running: Running = { done: true, error: null };
  private readonly registry: Registry;
  private readonly expectState: ExpectState;

  constructor(registry: Registry, expectState: ExpectState) {
    this.registry = registry;
    this.expectState = expectState;
  }

  start(index: number): void {
    const { registry, expectState } = this;
    const test = registry.tests.at(index)!;
    const state: Running = { done: false, error: null };
    this.running = state;
    expectState.assertions = 0;
    expectState.expectedAssertions = undefined;
    expectState.hasAssertions = false;
    const chain = ancestors(test.block);
    const steps: { fn: Fn; withDone: boolean; always: boolean }[] = [];
    for (const b of chain) {
      if (!b.beforeAllDone) {
        b.beforeAllDone = true;
        for (const f of b.beforeAll.toArray()) steps.push({ fn: f, withDone: f.length > 0, always: false });
      }
    }
    for (const b of chain) for (const f of b.beforeEach.toArray()) steps.push({ fn: f, withDone: f.length > 0, always: false });
    steps.push({ fn: test.fn!, withDone: test.fn!.length > 0, always: false });
    for (const b of chain.slice().reverse()) for (const f of b.afterEach.toArray()) steps.push({ fn: f, withDone: f.length > 0, always: true });
    for (const b of chain.slice().reverse()) {
      if (b.lastRunnable === index) for (const f of b.afterAll.toArray()) steps.push({ fn: f, withDone: f.length > 0, always: true });
    }
    let i = 0;
    const advance = (err: unknown, failed: boolean) => {
      if (failed && !state.error) state.error = errorInfo(err);
      while (i < steps.length && state.error && !steps[i]!.always) i++;
      if (i >= steps.length) {
        if (!state.error && expectState.expectedAssertions !== undefined && expectState.assertions !== expectState.expectedAssertions) {
          state.error = errorInfo(new Error(`expect.assertions(${expectState.expectedAssertions})\n\nExpected ${expectState.expectedAssertions} assertions to be called but received ${expectState.assertions}.`));
        } else if (!state.error && expectState.hasAssertions && expectState.assertions === 0) {
          state.error = errorInfo(new Error("expect.hasAssertions()\n\nExpected at least one assertion to be called but received none."));
        }
        state.done = true;
        return;
      }
      const step = steps[i++]!;
      callStep(step.fn, step.withDone, advance);
    };
    advance(undefined, false);
  }
}
