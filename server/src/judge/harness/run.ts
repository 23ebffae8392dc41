import { makeEndowments } from "./endowments.ts";
import { createExpect, type ExpectState, type SendAssertion } from "./expect.ts";
import { beginMockRun } from "./mocks.ts";
import { FunctionPrototypeToString, ObjectCreate, ReflectApply, ReflectDefineProperty, RegExpPrototypeExec } from "./primordials.ts";
import type { ConsoleLevel, ErrorInfo, TestInfo, TestStatusReport } from "./protocol.ts";
import { type Fn, Registry } from "./registry.ts";
import { errorInfo, TestRunner } from "./runner.ts";
import { makeTestApi } from "./test-api.ts";
import { VirtualClock } from "./timers.ts";


/**
 * One submission: its registry, virtual clock, expect and mocks, and two SES compartments, each
 * with a global object of its own over the shared, frozen intrinsics. The solution (and the
 * problem's helper modules) live in one, the test files in the other; both see the same hardened
 * console, timers, Date and Math. The solution can change its own globals only: it never reaches
 * the tests' globals, the test API, the registry or anything the harness reads.
 */
interface Module {
  exports: unknown;
  state: "new" | "loading" | "loaded" | "failed";
  factory: Fn;
}

const FOCUS = /\.only\b|\bf(?:it|describe)\b/;
/** What a test's `require("./solution")` gets when the solution failed to load. */
const FAILED_SOLUTION = harden({});

export interface Run {
  clock: VirtualClock;
  runner: TestRunner;
  globalNames(): string[];
  configure(solution: string, tests: string[], testsOnly: string[]): void;
  define(path: string, factory: Fn): void;
  loadSolution(): ErrorInfo | null;
  collect(): { tests: TestInfo[]; loadErrors: { file: string; error: ErrorInfo }[] };
  status(): TestStatusReport;
}

type Host = { send: SendAssertion; log: (level: ConsoleLevel, text: string) => void; nonce: string };

export function openRun(host: Host): Run {
  const clock = new VirtualClock();
  const registry = new Registry();
  const expectState: ExpectState = { assertions: 0, expectedAssertions: undefined, hasAssertions: false };
  const expect = createExpect(host, expectState);
  const testApi = makeTestApi(registry, clock, expect);
  const endowments = makeEndowments(clock, (level, text) => host.log(level, text));
  const runner = new TestRunner(registry, expectState);

  const solutionSide = compartment(endowments, {});
  const testSide = compartment(endowments, testApi);
  const modules: Record<string, Module> = ObjectCreate(null);
  let solutionPath = "";
  let testFiles: string[] = [];
  let testsOnly: string[] = [];

  const isTestSide = (path: string) => testFiles.includes(path) || testsOnly.includes(path);
  // Stack frames name modules by path: the solution and the problem's helpers are the code under test.
  beginMockRun((file) => file === solutionPath || (modules[file] !== undefined && !isTestSide(file)));

  function load(path: string): unknown {
    const m = modules[path]!;
    if (m.state === "loaded" || m.state === "loading") return m.exports;
    if (m.state === "failed") return path === solutionPath ? FAILED_SOLUTION : m.exports;
    m.state = "loading";
    const module = { exports: {} as unknown };
    m.exports = module.exports;
    try {
      const scope = isTestSide(path) ? testSide : solutionSide;
      const body = ReflectApply(m.factory, undefined, [scope]) as Fn;
      ReflectApply(body, undefined, [module.exports, requireFor(path), module]);
    } catch (e) {
      m.state = "failed";
      throw e;
    }
    m.exports = module.exports;
    m.state = "loaded";
    // A helper module is shared by both sides: frozen, so the solution cannot change what a test calls.
    if (path !== solutionPath && !isTestSide(path)) harden(m.exports);
    return m.exports;
  }

  /**
   * `require` as the module at `importer` sees it. Test files reach the test API and every
   * module; the solution side reaches the problem's helper modules only: never the test API, a
   * test file or a tests-only module (so it cannot register tests, or read the reference).
   */
  function requireFor(importer: string): (spec: unknown) => unknown {
    const testSideImporter = isTestSide(importer);
    return (spec) => {
      const name = String(spec);
      if (name === "@jest/globals" || name === "vitest") {
        if (testSideImporter) return testApi;
        throw new Error(`Cannot find module '${name}' from '${importer}': the test API belongs to the problem's tests`);
      }
      if (name.startsWith(".")) {
        const base = name.replace(/^(\.\/|\.\.\/)+/, "").replace(/\.(ts|tsx|js|mjs|cjs)$/, "");
        for (const path of Object.keys(modules)) {
          if (testFiles.includes(path) || (!testSideImporter && (testsOnly.includes(path) || path === solutionPath))) continue;
          if (path.replace(/\.(ts|tsx|js)$/, "") === base) return load(path);
        }
        // Any other relative import from a test means the code under test, whatever the file is called.
        if (testSideImporter && solutionPath !== "") return load(solutionPath);
      }
      throw new Error(`Cannot find module '${name}': the sandbox has only the test API and the submitted code`);
    };
  }

  function status(): TestStatusReport {
    return { done: runner.running.done, error: runner.running.error, timers: clock.count(), virtualNow: clock.now };
  }

  return {
    clock,
    runner,
    globalNames: () => [...Object.keys(endowments), ...Object.keys(testApi)],
    configure(solution, tests, hidden) {
      solutionPath = solution;
      testFiles = tests;
      testsOnly = hidden;
    },
    define(path, factory) {
      modules[path] = { exports: undefined, state: "new", factory };
    },
    loadSolution() {
      registry.close();
      try {
        load(solutionPath);
        return null;
      } catch (e) {
        return errorInfo(e);
      }
    },
    collect() {
      const loadErrors: { file: string; error: ErrorInfo }[] = [];
      for (const file of testFiles) {
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
    status,
  };
}

/**
 * Standard globals SES does not put in its compartments, hardened after lockdown (see
 * harness-bundle.ts): solutions use Float64Array and Intl. FinalizationRegistry stays out: its
 * callbacks would run during a later submission, in that submission's time.
 */
const STANDARD_EXTRAS = (() => {
  const out: Record<string, unknown> = ObjectCreate(null);
  const g = globalThis as unknown as Record<string, unknown>;
  for (const name of ["Float16Array", "Float32Array", "Float64Array", "Intl", "WeakRef", "SuppressedError", "DisposableStack", "AsyncDisposableStack"]) {
    if (g[name] !== undefined) out[name] = harden(g[name]);
  }
  return out;
})();

/** A compartment's global object with the run's shared globals (and, for tests, the test API). */
function compartment(endowments: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const c = new Compartment();
  const global = c.globalThis as Record<string, unknown>;
  for (const source of [STANDARD_EXTRAS, endowments, extra]) {
    for (const key of Object.keys(source)) {
      ReflectDefineProperty(global, key, { value: source[key], writable: true, enumerable: false, configurable: true });
    }
  }
  return global;
}
