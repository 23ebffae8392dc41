import { createExpect, type ExpectState, type SendAssertion } from "./expect.ts";
import { formatValue } from "./format.ts";
import { lockdown } from "./lockdown.ts";
import { clearAllMocks, createMock, resetAllMocks, restoreAllMocks, spyOn } from "./mocks.ts";
import {
  FunctionPrototypeToString,
  nullRecord,
  ReflectApply,
  ReflectDefineProperty,
  RegExpPrototypeExec,
} from "./primordials.ts";
import type { ConsoleLevel, ErrorInfo, TestStatusReport } from "./protocol.ts";
import { type Fn, Registry } from "./registry.ts";
import { errorInfo, TestRunner } from "./runner.ts";
import { structuredCloneValue } from "./structured-clone.ts";
import { makeVirtualDate, queueMicrotaskVia, VirtualClock } from "./timers.ts";

/**
 * The in-isolate test runtime. Loaded into a fresh context before any submitted code; takes
 * its channel to the worker out of the global object, freezes the intrinsics, and leaves
 * the worker a handful of entry points (`__rt`) that it drives test by test.
 */

/**
 * The channel to the worker: its callbacks arrive as globals on the fresh context, and
 * `collect` takes them (before any submitted code has run) and removes them from the global
 * object.
 */
const g = globalThis as unknown as Record<string, unknown>;

const host: { send: SendAssertion; log: (level: ConsoleLevel, text: string) => void; nonce: string } = {
  send: () => ({ pass: false, message: "The judge is not connected." }),
  log: () => {},
  nonce: "",
};
function bindHost(): void {
  host.send = g.__hostAssert as SendAssertion;
  host.log = g.__hostLog as (level: ConsoleLevel, text: string) => void;
  host.nonce = g.__hostNonce as string;
  delete g.__hostAssert;
  delete g.__hostLog;
  delete g.__hostNonce;
}
const log = (level: ConsoleLevel, text: string) => host.log(level, text);

const clock = new VirtualClock();
const registry = new Registry();
const expectState: ExpectState = { assertions: 0, expectedAssertions: undefined, hasAssertions: false };
const expect = createExpect(host, expectState);

type Module = { exports: unknown; loaded: boolean; factory: Fn };
const modules: Record<string, Module> = Object.create(null);
let solutionPath: string | undefined;
/** Test files are entry points, never importable: code under test could load one inside a describe.skip. */
let testFiles: string[] = [];
/** Modules only test files may import (the reference solution beside custom cases). */
let testsOnly: string[] = [];
const FOCUS = /\.only\b|\bf(?:it|describe)\b/;

// --- the global surface the code under test sees ------------------------------------------
function defineGlobal(name: string, value: unknown): void {
  ReflectDefineProperty(g, name, { value, writable: false, enumerable: false, configurable: false });
}

function formatArgs(args: unknown[]): string {
  let s = "";
  for (let i = 0; i < args.length; i++) s += (i ? " " : "") + formatValue(args[i], { rawStrings: true, maxLength: 8_192 });
  return s;
}

const counters: Record<string, number> = Object.create(null);
const consoleObject = Object.freeze({
  log: (...a: unknown[]) => log("log", formatArgs(a)),
  info: (...a: unknown[]) => log("info", formatArgs(a)),
  warn: (...a: unknown[]) => log("warn", formatArgs(a)),
  error: (...a: unknown[]) => log("error", formatArgs(a)),
  debug: (...a: unknown[]) => log("debug", formatArgs(a)),
  trace: (...a: unknown[]) => log("debug", formatArgs(a)),
  dir: (v: unknown) => log("log", formatValue(v)),
  table: (v: unknown) => log("log", formatValue(v, { multiline: true })),
  count: (label = "default") => {
    counters[label] = (counters[label] ?? 0) + 1;
    log("log", `${label}: ${counters[label]}`);
  },
  assert: (cond: unknown, ...a: unknown[]) => {
    if (!cond) log("error", `Assertion failed${a.length ? `: ${formatArgs(a)}` : ""}`);
  },
  time: () => {},
  timeEnd: () => {},
  group: () => {},
  groupEnd: () => {},
});

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
  setTimeout: () => jestObject,
  retryTimes: () => jestObject,
};
const jestObject: Record<string, unknown> = Object.freeze({ ...timerApi }) as Record<string, unknown>;
const viObject = Object.freeze({ ...timerApi, mocked: (x: unknown) => x, stubGlobal: () => viObject });

function testFn(mode: "run" | "skip" | "todo" | "only") {
  return (name: unknown, fn?: unknown) => registry.test(name, fn, mode);
}
function describeFn(mode: "run" | "skip" | "only") {
  return (name: unknown, fn?: unknown) => registry.describe(name, fn, mode);
}
function withEach<T extends (name: unknown, fn?: unknown) => void>(register: T, mode: "run" | "skip" | "only" | "describe-run" | "describe-skip" | "describe-only"): T {
  const each = (table: unknown) =>
    registry.each(table, (name, fn) => {
      if (mode.startsWith("describe-")) registry.describe(name, fn, mode.slice(9) as "run");
      else registry.test(name, fn, mode as "run");
    });
  ReflectDefineProperty(register, "each", { value: each });
  return Object.freeze(register);
}
function makeIt(): unknown {
  const it = withEach(testFn("run"), "run") as unknown as Record<string, unknown>;
  return it;
}
const itApi = Object.freeze(
  Object.assign(function it(name: unknown, fn?: unknown) {
    registry.test(name, fn, "run");
  }, {
    each: (makeIt() as { each: unknown }).each,
    skip: withEach(testFn("skip"), "skip"),
    only: withEach(testFn("only"), "only"),
    todo: testFn("todo"),
    concurrent: withEach(testFn("run"), "run"),
  }),
);
const describeApi = Object.freeze(
  Object.assign(function describe(name: unknown, fn?: unknown) {
    registry.describe(name, fn, "run");
  }, {
    each: (withEach(describeFn("run"), "describe-run") as unknown as { each: unknown }).each,
    skip: withEach(describeFn("skip"), "describe-skip"),
    only: withEach(describeFn("only"), "describe-only"),
  }),
);
const testApi = nullRecord({
  describe: describeApi,
  it: itApi,
  test: itApi,
  xit: withEach(testFn("skip"), "skip"),
  xtest: withEach(testFn("skip"), "skip"),
  xdescribe: withEach(describeFn("skip"), "describe-skip"),
  fit: withEach(testFn("only"), "only"),
  fdescribe: withEach(describeFn("only"), "describe-only"),
  beforeAll: (fn: unknown) => registry.hook("beforeAll", fn),
  afterAll: (fn: unknown) => registry.hook("afterAll", fn),
  beforeEach: (fn: unknown) => registry.hook("beforeEach", fn),
  afterEach: (fn: unknown) => registry.hook("afterEach", fn),
  expect,
  jest: jestObject,
  vi: viObject,
});
Object.freeze(testApi);

const VirtualDate = makeVirtualDate(clock);
defineGlobal("Date", VirtualDate);
for (const name of ["WebAssembly", "SharedArrayBuffer"]) delete g[name];
const atomics = g.Atomics as Record<string, unknown> | undefined;
if (atomics) {
  delete atomics.wait;
  delete atomics.waitAsync;
}
lockdown(g);

defineGlobal("console", consoleObject);
defineGlobal("setTimeout", (fn: unknown, ms?: unknown, ...args: unknown[]) => clock.add(fn, ms, args, false));
defineGlobal("setInterval", (fn: unknown, ms?: unknown, ...args: unknown[]) => clock.add(fn, ms, args, true));
defineGlobal("setImmediate", (fn: unknown, ...args: unknown[]) => clock.add(fn, 0, args, false));
defineGlobal("clearTimeout", (id: unknown) => clock.clear(id));
defineGlobal("clearInterval", (id: unknown) => clock.clear(id));
defineGlobal("clearImmediate", (id: unknown) => clock.clear(id));
defineGlobal("queueMicrotask", queueMicrotaskVia);
defineGlobal("performance", Object.freeze({ now: () => clock.now }));
defineGlobal("structuredClone", structuredCloneValue);
for (const key of Object.keys(testApi)) defineGlobal(key, (testApi as Record<string, unknown>)[key]);

/**
 * `require` as the module at `importer` sees it. Test files reach every module; the
 * submission reaches the test API and the helper modules a problem shares with it, never a
 * test file or a tests-only module (the reference solution beside custom cases), so it
 * cannot read, call or print those.
 */
function requireFor(importer: string): (spec: unknown) => unknown {
  return (spec) => {
    const name = String(spec);
    if (name === "@jest/globals" || name === "vitest") return testApi;
    if (testFiles.includes(importer)) return requireFrom(name, false);
    return requireFrom(name, true);
  };
}

function requireFrom(name: string, fromSubmission: boolean): unknown {
  const base = name.replace(/^(\.\/|\.\.\/)+/, "").replace(/\.(ts|tsx|js|mjs|cjs)$/, "");
  if (name.startsWith(".")) {
    for (const path of Object.keys(modules)) {
      if (testFiles.includes(path) || (fromSubmission && (testsOnly.includes(path) || path === solutionPath))) continue;
      if (path.replace(/\.(ts|tsx|js)$/, "") === base) return load(path);
    }
    // Any other relative import from a test means the code under test, whatever the file is called.
    if (!fromSubmission && solutionPath !== undefined) return load(solutionPath);
  }
  throw new Error(`Cannot find module '${name}': the sandbox has only the test API and the submitted code`);
}

function load(path: string): unknown {
  const m = modules[path]!;
  if (!m.loaded) {
    m.loaded = true;
    const module = { exports: {} as unknown };
    ReflectApply(m.factory, undefined, [module.exports, requireFor(path), module]);
    m.exports = module.exports;
  }
  return m.exports;
}

const runner = new TestRunner(registry, expectState);

function status(): TestStatusReport {
  return { done: runner.running.done, error: runner.running.error, timers: clock.count(), virtualNow: clock.now };
}

const rt = nullRecord({
  /** Runs every test file's top level (collecting tests); returns the tests and load errors. */
  collect(files: string[], solution: string, hidden: string[]) {
    testsOnly = hidden;
    bindHost();
    solutionPath = solution;
    testFiles = files;
    delete g.__define;
    delete g.__rt;
    const loadErrors: { file: string; error: ErrorInfo }[] = [];
    for (const file of files) {
      const factory = modules[file]?.factory;
      registry.beginFile(file, factory !== undefined && RegExpPrototypeExec(FOCUS, FunctionPrototypeToString(factory)) !== null);
      try {
        load(file);
      } catch (e) {
        loadErrors.push({ file, error: errorInfo(e) });
      }
      registry.endFile();
    }
    registry.finish();
    return { tests: registry.tests.toArray().map((t) => t.info), loadErrors };
  },
  /**
   * Starts a test; returns its status before the call's microtasks run. A test that is done
   * by then stays done with the same error, so the worker reads `status` only when it is not.
   */
  start(index: number): TestStatusReport {
    try {
      runner.start(index);
    } catch (e) {
      runner.running.error = errorInfo(e);
      runner.running.done = true;
    }
    return status();
  },
  /** Where the running test is, after the microtasks of the last call have drained. */
  status,
  /** The test waits on timers only: move the virtual clock to the next one. */
  step(): boolean {
    try {
      return clock.step();
    } catch (e) {
      if (!runner.running.error) runner.running.error = errorInfo(e);
      runner.running.done = true;
      return true;
    }
  },
});
ReflectDefineProperty(g, "__rt", { value: rt, configurable: true });
ReflectDefineProperty(g, "__define", {
  value: (path: string, factory: Fn) => {
    modules[path] = { exports: undefined, loaded: false, factory };
  },
  configurable: true,
});
