import {
  DateCtor,
  MapCtor,
  MapPrototypeDelete,
  MapPrototypeForEach,
  MapPrototypeGetSize,
  MapPrototypeSet,
  PromiseCtor,
  PromisePrototypeThen,
  PromiseResolve,
  ReflectApply,
  SafeList,
  TypeErrorCtor,
} from "./primordials.ts";

/**
 * The virtual clock. Timers never touch the host: they fire when a test advances the clock
 * (Jest's fake-timer API) or, when a test is waiting on nothing but timers, when the worker
 * asks the clock to move to the next one. Deterministic and instant.
 */
const START = 1_735_689_600_000; // 2025-01-01T00:00:00Z: a fixed epoch keeps runs reproducible.
const RealDate = DateCtor;
const MAX_LOOP = 100_000;

interface Timer {
  id: number;
  at: number;
  fn: unknown;
  args: unknown[];
  interval: number | undefined;
}

interface Waiter {
  target: number;
  resolve: () => void;
}

export class VirtualClock {
  now = 0;
  private systemOffset = START;
  private nextId = 1;
  private readonly timers = new MapCtor<number, Timer>();
  private waiters = new SafeList<Waiter>();

  systemTime(): number {
    return this.now + this.systemOffset;
  }

  setSystemTime(t: number | Date | undefined): void {
    const ms = t === undefined ? START : typeof t === "number" ? t : new RealDate(t).getTime();
    this.systemOffset = ms - this.now;
  }

  add(fn: unknown, delay: unknown, args: unknown[], repeat: boolean): number {
    if (typeof fn !== "function") throw new TypeErrorCtor("The callback must be a function");
    let ms = typeof delay === "number" && delay > 0 ? delay : 0;
    if (Number.isNaN(ms)) ms = 0;
    const id = this.nextId++;
    MapPrototypeSet(this.timers, id, { id, at: this.now + ms, fn, args, interval: repeat ? (ms > 0 ? ms : 1) : undefined });
    return id;
  }

  clear(id: unknown): void {
    if (typeof id === "number") MapPrototypeDelete(this.timers, id);
  }

  count(): number {
    return MapPrototypeGetSize(this.timers);
  }

  clearAll(): void {
    const ids = new SafeList<number>();
    MapPrototypeForEach(this.timers, (_t, id) => ids.push(id));
    for (let i = 0; i < ids.length; i++) MapPrototypeDelete(this.timers, ids.at(i)!);
  }

  private next(limit: number): Timer | undefined {
    let best: Timer | undefined;
    MapPrototypeForEach(this.timers, (t) => {
      if (t.at <= limit && (!best || t.at < best.at || (t.at === best.at && t.id < best.id))) best = t;
    });
    return best;
  }

  private fire(t: Timer): void {
    if (t.at > this.now) this.now = t.at;
    if (t.interval === undefined) MapPrototypeDelete(this.timers, t.id);
    else t.at += t.interval;
    ReflectApply(t.fn as (...a: unknown[]) => unknown, undefined, t.args);
  }

  advanceBy(ms: number): void {
    const target = this.now + Math.max(0, ms || 0);
    let guard = 0;
    for (let t = this.next(target); t; t = this.next(target)) {
      if (++guard > MAX_LOOP) throw new Error(`Aborting after running ${MAX_LOOP} timers, assuming an infinite loop!`);
      this.fire(t);
    }
    this.now = target;
  }

  advanceToNext(steps = 1): void {
    for (let i = 0; i < steps; i++) {
      const t = this.next(Number.POSITIVE_INFINITY);
      if (!t) return;
      this.fire(t);
    }
  }

  runAll(): void {
    let guard = 0;
    for (let t = this.next(Number.POSITIVE_INFINITY); t; t = this.next(Number.POSITIVE_INFINITY)) {
      if (++guard > MAX_LOOP) throw new Error(`Aborting after running ${MAX_LOOP} timers, assuming an infinite loop!`);
      this.fire(t);
    }
  }

  runOnlyPending(): void {
    const pending = new SafeList<Timer>();
    MapPrototypeForEach(this.timers, (t) => pending.push(t));
    const limit = this.nextId;
    for (let t = this.next(Number.POSITIVE_INFINITY); t && t.id < limit; t = this.next(Number.POSITIVE_INFINITY)) {
      this.fire(t);
      if (t.interval !== undefined) MapPrototypeDelete(this.timers, t.id);
    }
    void pending;
  }

  /** The async variant: the worker moves the clock between microtask drains until `target`. */
  advanceByAsync(ms: number): Promise<void> {
    return new PromiseCtor<void>((resolve) => {
      this.waiters.push({ target: this.now + Math.max(0, ms || 0), resolve });
    });
  }

  /**
   * One step of progress while a test waits: fire the next due timer, or release an
   * advanceTimersByTimeAsync waiter. Returns false when nothing can ever happen again.
   */
  step(): boolean {
    let waiterIndex = -1;
    for (let i = 0; i < this.waiters.length; i++) {
      const w = this.waiters.at(i)!;
      if (waiterIndex < 0 || w.target < this.waiters.at(waiterIndex)!.target) waiterIndex = i;
    }
    if (waiterIndex >= 0) {
      const w = this.waiters.at(waiterIndex)!;
      const t = this.next(w.target);
      if (t) {
        this.fire(t);
        return true;
      }
      if (w.target > this.now) this.now = w.target;
      const rest = new SafeList<Waiter>();
      for (let i = 0; i < this.waiters.length; i++) if (i !== waiterIndex) rest.push(this.waiters.at(i)!);
      this.waiters = rest;
      w.resolve();
      return true;
    }
    const t = this.next(Number.POSITIVE_INFINITY);
    if (!t) return false;
    this.fire(t);
    return true;
  }
}

/**
 * The global Date, reading the virtual clock. Same prototype, so instanceof keeps working; the
 * prototype is frozen by lockdown, so its `constructor` stays the intrinsic Date.
 */
export function makeVirtualDate(clock: VirtualClock): DateConstructor {
  function VDate(this: unknown, ...args: unknown[]): unknown {
    if (new.target === undefined) return new RealDate(clock.systemTime()).toString();
    const ctorArgs = args.length === 0 ? [clock.systemTime()] : args;
    return Reflect.construct(RealDate, ctorArgs, new.target);
  }
  const D = VDate as unknown as DateConstructor;
  Object.defineProperty(D, "prototype", { value: RealDate.prototype, writable: false });
  Object.defineProperty(D, "UTC", { value: RealDate.UTC, writable: true, configurable: true });
  Object.defineProperty(D, "parse", { value: RealDate.parse, writable: true, configurable: true });
  Object.defineProperty(D, "name", { value: "Date" });
  return D;
}

export function queueMicrotaskVia(fn: unknown): void {
  if (typeof fn !== "function") throw new TypeErrorCtor("The callback must be a function");
  PromisePrototypeThen(PromiseResolve(undefined), () => ReflectApply(fn as () => void, undefined, []), () => {});
}
