/**
 * Ambient declarations for what the judge's sandbox provides (server/src/judge/harness/runtime.ts),
 * so the editor type-checks against the real environment: the Jest test API (global and from
 * "@jest/globals" or "vitest"), console and the virtual timers; and no DOM or Node APIs.
 */
export const SANDBOX_GLOBALS_PATH = "file:///node_modules/@types/rehearse-sandbox/index.d.ts";

export const SANDBOX_GLOBALS = `
declare namespace RehearseTest {
  type Fn = (...args: any[]) => any;
  interface MockContext<F extends Fn> {
    calls: Parameters<F>[];
    results: { type: "return" | "throw"; value: unknown }[];
    instances: unknown[];
    lastCall: Parameters<F> | undefined;
  }
  interface Mock<F extends Fn = (...args: any[]) => any> {
    (...args: Parameters<F>): ReturnType<F>;
    mock: MockContext<F>;
    getMockName(): string;
    getMockImplementation(): F | undefined;
    mockName(name: string): this;
    mockClear(): this;
    mockReset(): this;
    mockRestore(): void;
    mockImplementation(fn: F): this;
    mockImplementationOnce(fn: F): this;
    mockReturnValue(value: ReturnType<F>): this;
    mockReturnValueOnce(value: ReturnType<F>): this;
    mockResolvedValue(value: Awaited<ReturnType<F>>): this;
    mockResolvedValueOnce(value: Awaited<ReturnType<F>>): this;
    mockRejectedValue(reason: unknown): this;
    mockRejectedValueOnce(reason: unknown): this;
  }
  interface Matchers<R = void> {
    not: Matchers<R>;
    resolves: Matchers<Promise<R>>;
    rejects: Matchers<Promise<R>>;
    toBe(expected: unknown): R;
    toEqual(expected: unknown): R;
    toStrictEqual(expected: unknown): R;
    toMatchObject(expected: object): R;
    toBeTruthy(): R;
    toBeFalsy(): R;
    toBeNull(): R;
    toBeUndefined(): R;
    toBeDefined(): R;
    toBeNaN(): R;
    toBeCloseTo(expected: number, digits?: number): R;
    toBeGreaterThan(expected: number | bigint): R;
    toBeGreaterThanOrEqual(expected: number | bigint): R;
    toBeLessThan(expected: number | bigint): R;
    toBeLessThanOrEqual(expected: number | bigint): R;
    toContain(expected: unknown): R;
    toContainEqual(expected: unknown): R;
    toMatch(expected: string | RegExp): R;
    toHaveLength(expected: number): R;
    toHaveProperty(path: string | (string | number)[], value?: unknown): R;
    toBeInstanceOf(expected: abstract new (...args: any[]) => unknown): R;
    toThrow(expected?: string | RegExp | Error | (new (...args: any[]) => Error)): R;
    toThrowError(expected?: string | RegExp | Error | (new (...args: any[]) => Error)): R;
    toHaveBeenCalled(): R;
    toHaveBeenCalledTimes(times: number): R;
    toHaveBeenCalledWith(...args: unknown[]): R;
    toHaveBeenLastCalledWith(...args: unknown[]): R;
    toHaveBeenNthCalledWith(nth: number, ...args: unknown[]): R;
    toHaveReturned(): R;
    toHaveReturnedTimes(times: number): R;
    toHaveReturnedWith(value: unknown): R;
  }
  interface AsymmetricMatchers {
    any(type: unknown): any;
    anything(): any;
    arrayContaining(sample: readonly unknown[]): any;
    objectContaining(sample: object): any;
    stringContaining(sample: string): any;
    stringMatching(sample: string | RegExp): any;
    closeTo(sample: number, digits?: number): any;
  }
  interface Expect extends AsymmetricMatchers {
    <T = unknown>(actual: T): Matchers<void>;
    not: AsymmetricMatchers;
  }
  type TestFn = () => void | Promise<unknown>;
  interface It {
    (name: string, fn?: TestFn): void;
    only(name: string, fn?: TestFn): void;
    skip(name: string, fn?: TestFn): void;
    todo(name: string): void;
    each<T>(table: readonly T[]): (name: string, fn: (...args: T extends readonly unknown[] ? T : [T]) => void | Promise<unknown>) => void;
  }
  interface Describe {
    (name: string, fn: () => void): void;
    only(name: string, fn: () => void): void;
    skip(name: string, fn: () => void): void;
    each<T>(table: readonly T[]): (name: string, fn: (...args: T extends readonly unknown[] ? T : [T]) => void) => void;
  }
  interface Jest {
    fn<F extends Fn = (...args: any[]) => any>(implementation?: F): Mock<F>;
    spyOn<T extends object, K extends keyof T>(object: T, method: K): T[K] extends Fn ? Mock<T[K]> : Mock;
    isMockFunction(fn: unknown): fn is Mock;
    clearAllMocks(): Jest;
    resetAllMocks(): Jest;
    restoreAllMocks(): Jest;
    useFakeTimers(): Jest;
    useRealTimers(): Jest;
    advanceTimersByTime(ms: number): void;
    advanceTimersByTimeAsync(ms: number): Promise<void>;
    advanceTimersToNextTimer(steps?: number): void;
    runAllTimers(): void;
    runAllTimersAsync(): Promise<void>;
    runOnlyPendingTimers(): void;
    clearAllTimers(): void;
    getTimerCount(): number;
    now(): number;
    setSystemTime(now?: number | Date): void;
  }
}

declare const describe: RehearseTest.Describe;
declare const it: RehearseTest.It;
declare const test: RehearseTest.It;
declare const expect: RehearseTest.Expect;
declare const jest: RehearseTest.Jest;
declare function beforeAll(fn: RehearseTest.TestFn): void;
declare function afterAll(fn: RehearseTest.TestFn): void;
declare function beforeEach(fn: RehearseTest.TestFn): void;
declare function afterEach(fn: RehearseTest.TestFn): void;

declare module "@jest/globals" {
  export const describe: RehearseTest.Describe;
  export const it: RehearseTest.It;
  export const test: RehearseTest.It;
  export const expect: RehearseTest.Expect;
  export const jest: RehearseTest.Jest;
  export function beforeAll(fn: RehearseTest.TestFn): void;
  export function afterAll(fn: RehearseTest.TestFn): void;
  export function beforeEach(fn: RehearseTest.TestFn): void;
  export function afterEach(fn: RehearseTest.TestFn): void;
}

declare module "vitest" {
  export { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, test } from "@jest/globals";
  export const vi: RehearseTest.Jest;
}

interface Console {
  log(...data: unknown[]): void;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  trace(...data: unknown[]): void;
  dir(value: unknown): void;
  table(value: unknown): void;
  count(label?: string): void;
  assert(condition: unknown, ...data: unknown[]): void;
  time(label?: string): void;
  timeEnd(label?: string): void;
  group(...label: unknown[]): void;
  groupEnd(): void;
}
declare const console: Console;
declare const performance: { now(): number };
declare function setTimeout<A extends unknown[]>(callback: (...args: A) => void, ms?: number, ...args: A): number;
declare function setInterval<A extends unknown[]>(callback: (...args: A) => void, ms?: number, ...args: A): number;
declare function setImmediate<A extends unknown[]>(callback: (...args: A) => void, ...args: A): number;
declare function clearTimeout(id: number | undefined): void;
declare function clearInterval(id: number | undefined): void;
declare function clearImmediate(id: number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;
`;
