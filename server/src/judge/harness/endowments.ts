import { formatValue } from "./format.ts";
import { ObjectCreate, ReflectDefineProperty, ReflectGetOwnPropertyDescriptor, ReflectOwnKeys } from "./primordials.ts";
import type { ConsoleLevel } from "./protocol.ts";
import { structuredCloneValue } from "./structured-clone.ts";
import { makeVirtualDate, queueMicrotaskVia, type VirtualClock } from "./timers.ts";

/**
 * The globals one submission's compartments share (the solution's and the tests'): console,
 * timers and Date on the run's virtual clock, a Math whose `random` is seeded per run. All are
 * hardened, so neither side can change what the other sees; the few methods a test may spy on
 * (Math.random, Date.now, console.*) read their implementation from a slot only the harness's
 * jest.spyOn can set (see `spySlots`).
 */

type Impl = (...args: unknown[]) => unknown;

/** Per hardened object: the methods jest.spyOn may replace, and what replaces them now. */
export interface SpySlots {
  label: string;
  replaced: Record<string, Impl | undefined>;
  originals: Record<string, Impl>;
}
const slotsOf = new WeakMap<object, SpySlots>();

export function spySlots(target: unknown): SpySlots | undefined {
  return typeof target === "object" || typeof target === "function" ? slotsOf.get(target as object) : undefined;
}

/** `object[key]` becomes a frozen forwarder to the slot, or to `original` while no spy is set. */
function spyable(object: Record<string, unknown>, label: string, methods: Record<string, Impl>): void {
  const slots: SpySlots = { label, replaced: ObjectCreate(null), originals: ObjectCreate(null) };
  for (const key of ReflectOwnKeys(methods) as string[]) {
    const original = methods[key]!;
    slots.originals[key] = original;
    const forward = {
      [key](this: unknown, ...args: unknown[]): unknown {
        return Reflect.apply(slots.replaced[key] ?? original, this, args);
      },
    }[key]!;
    ReflectDefineProperty(object, key, { value: forward, writable: false, enumerable: true, configurable: false });
  }
  slotsOf.set(object, slots);
}

/** mulberry32: a small seeded generator, so a randomised solution gets the same verdict every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function formatArgs(args: unknown[]): string {
  let s = "";
  for (let i = 0; i < args.length; i++) s += (i ? " " : "") + formatValue(args[i], { rawStrings: true, maxLength: 8_192 });
  return s;
}

function makeConsole(log: (level: ConsoleLevel, text: string) => void): object {
  const counters: Record<string, number> = ObjectCreate(null);
  const out: Record<string, unknown> = ObjectCreate(Object.prototype);
  spyable(out, "console", {
    log: (...a: unknown[]) => log("log", formatArgs(a)),
    info: (...a: unknown[]) => log("info", formatArgs(a)),
    warn: (...a: unknown[]) => log("warn", formatArgs(a)),
    error: (...a: unknown[]) => log("error", formatArgs(a)),
    debug: (...a: unknown[]) => log("debug", formatArgs(a)),
    trace: (...a: unknown[]) => log("debug", formatArgs(a)),
    dir: (v: unknown) => log("log", formatValue(v)),
    table: (v: unknown) => log("log", formatValue(v, { multiline: true })),
    count: (label: unknown = "default") => {
      const key = String(label);
      counters[key] = (counters[key] ?? 0) + 1;
      log("log", `${key}: ${counters[key]}`);
    },
    assert: (cond: unknown, ...a: unknown[]) => {
      if (!cond) log("error", `Assertion failed${a.length ? `: ${formatArgs(a)}` : ""}`);
    },
    time: () => {},
    timeEnd: () => {},
    group: () => {},
    groupEnd: () => {},
  });
  return out;
}

/** A per-run Math: the intrinsic's functions and constants, with `random` seeded and spyable. */
function makeMath(): object {
  const out: Record<string, unknown> = ObjectCreate(Object.prototype);
  for (const key of ReflectOwnKeys(Math)) {
    if (key === "random") continue;
    const desc = ReflectGetOwnPropertyDescriptor(Math, key)!;
    ReflectDefineProperty(out, key, desc);
  }
  spyable(out, "Math", { random: seededRandom(0x5eed) });
  return out;
}

function makeDate(clock: VirtualClock): DateConstructor {
  const D = makeVirtualDate(clock);
  spyable(D as unknown as Record<string, unknown>, "Date", { now: () => clock.systemTime() });
  return D;
}

export function makeEndowments(clock: VirtualClock, log: (level: ConsoleLevel, text: string) => void): Record<string, unknown> {
  return harden({
    console: makeConsole(log),
    Math: makeMath(),
    Date: makeDate(clock),
    setTimeout: (fn: unknown, ms?: unknown, ...args: unknown[]) => clock.add(fn, ms, args, false),
    setInterval: (fn: unknown, ms?: unknown, ...args: unknown[]) => clock.add(fn, ms, args, true),
    setImmediate: (fn: unknown, ...args: unknown[]) => clock.add(fn, 0, args, false),
    clearTimeout: (id: unknown) => clock.clear(id),
    clearInterval: (id: unknown) => clock.clear(id),
    clearImmediate: (id: unknown) => clock.clear(id),
    queueMicrotask: queueMicrotaskVia,
    performance: { now: () => clock.now },
    structuredClone: structuredCloneValue,
  });
}
