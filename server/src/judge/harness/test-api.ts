import { clearAllMocks, createMock, resetAllMocks, restoreAllMocks, spyOn } from "./mocks.ts";
import { nullRecord, ReflectDefineProperty } from "./primordials.ts";
import type { Fn, Registry } from "./registry.ts";
import type { VirtualClock } from "./timers.ts";


type Mode = "run" | "skip" | "only";

/**
 * describe / it / expect / jest as the test files of one run see them (and only they: the
 * solution's compartment has none of it). Hardened, so a test file cannot rewire it for another.
 */
export function makeTestApi(registry: Registry, clock: VirtualClock, expect: unknown): Record<string, unknown> {
  const timerApi = {
    useFakeTimers: () => jestObject,
    useRealTimers: () => jestObject,
    advanceTimersByTime: (ms: number) => clock.advanceBy(Number(ms)),
    advanceTimersByTimeAsync: (ms: number) => clock.advanceByAsync(Number(ms)),
    advanceTimersToNextTimer: (steps?: number) => clock.advanceToNext(steps ?? 1),
    runAllTimers: () => clock.runAll(),
    runAllTimersAsync: () => clock.advanceByAsync(Number.MAX_SAFE_INTEGER / 4),
    runOnlyPendingTimers: () => clock.runOnlyPending(),
    runAllTicks: () => {},
    clearAllTimers: () => clock.clearAll(),
    getTimerCount: () => clock.count(),
    now: () => clock.systemTime(),
    setSystemTime: (t?: number | Date) => clock.setSystemTime(t),
    getRealSystemTime: () => clock.systemTime(),
    fn: (impl?: Fn) => createMock(impl),
    spyOn: (obj: unknown, key: string, access?: "get" | "set") => spyOn(obj, key, access),
    clearAllMocks: () => {
      clearAllMocks();
      return jestObject;
    },
    resetAllMocks: () => {
      resetAllMocks();
      return jestObject;
    },
    restoreAllMocks: () => {
      restoreAllMocks();
      return jestObject;
    },
    isMockFunction: (f: unknown) => typeof f === "function" && (f as { _isMockFunction?: boolean })._isMockFunction === true,
    /** Jest's: the default timeout of the tests of the file that calls it. */
    setTimeout: (ms: unknown) => {
      registry.setFileTimeout(ms);
      return jestObject;
    },
    retryTimes: () => jestObject,
  };
  const jestObject: Record<string, unknown> = { ...timerApi };
  const viObject = { ...timerApi, mocked: (x: unknown) => x, stubGlobal: () => viObject };

  const declareTest = (mode: Mode | "todo") => (name: unknown, fn?: unknown, timeout?: unknown) => registry.test(name, fn, mode, timeout);
  const declareBlock = (mode: Mode) => (name: unknown, fn?: unknown) => registry.describe(name, fn, mode);
  /** `.each(table)(title, fn, timeout)`, for tests or describe blocks. */
  function withEach<T extends object>(register: T, kind: "test" | "describe", mode: Mode): T {
    const each = (table: unknown) =>
      registry.each(table, (name, fn, timeout) => {
        if (kind === "describe") registry.describe(name, fn, mode);
        else registry.test(name, fn, mode, timeout);
      });
    ReflectDefineProperty(register, "each", { value: each });
    return register;
  }
  const itApi = Object.assign(withEach(declareTest("run"), "test", "run"), {
    skip: withEach(declareTest("skip"), "test", "skip"),
    only: withEach(declareTest("only"), "test", "only"),
    todo: declareTest("todo"),
    concurrent: withEach(declareTest("run"), "test", "run"),
  });
  const describeApi = Object.assign(withEach(declareBlock("run"), "describe", "run"), {
    skip: withEach(declareBlock("skip"), "describe", "skip"),
    only: withEach(declareBlock("only"), "describe", "only"),
  });
  return harden(
    nullRecord({
      describe: describeApi,
      it: itApi,
      test: itApi,
      xit: withEach(declareTest("skip"), "test", "skip"),
      xtest: withEach(declareTest("skip"), "test", "skip"),
      xdescribe: withEach(declareBlock("skip"), "describe", "skip"),
      fit: withEach(declareTest("only"), "test", "only"),
      fdescribe: withEach(declareBlock("only"), "describe", "only"),
      beforeAll: (fn: unknown) => registry.hook("beforeAll", fn),
      afterAll: (fn: unknown) => registry.hook("afterAll", fn),
      beforeEach: (fn: unknown) => registry.hook("beforeEach", fn),
      afterEach: (fn: unknown) => registry.hook("afterEach", fn),
      expect,
      jest: jestObject,
      vi: viObject,
    }),
  );
}
