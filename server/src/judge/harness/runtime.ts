import type { SendAssertion } from "./expect.ts";
import { ObjectFreeze, ObjectGetOwnPropertyNames, ReflectDefineProperty, RegExpPrototypeExec, nullRecord } from "./primordials.ts";
import type { ConsoleLevel, ErrorInfo, TestInfo, TestStatusReport } from "./protocol.ts";
import type { Fn } from "./registry.ts";
import { errorInfo } from "./runner.ts";
import { openRun, type Run } from "./run.ts";

/**
 * The in-isolate test runtime, loaded once per context after SES's lockdown() has frozen every
 * intrinsic. It takes its channel to the worker out of the global object, then leaves the worker
 * a handful of entry points (`__rt`, taken and deleted by the worker too), so nothing on the
 * start compartment's global object is left for submitted code, which never sees that object
 * anyway: each submission and its tests run in compartments of their own (see run.ts).
 */
const g = globalThis as unknown as Record<string, unknown>;

const host: { send: SendAssertion; log: (level: ConsoleLevel, text: string) => void; nonce: string } = {
  send: g.__hostAssert as SendAssertion,
  log: g.__hostLog as (level: ConsoleLevel, text: string) => void,
  nonce: g.__hostNonce as string,
};
delete g.__hostAssert;
delete g.__hostLog;
delete g.__hostNonce;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const NOT_BINDABLE = new Set(["undefined", "NaN", "Infinity"]);

/**
 * Every name a module could read as a global: those of a compartment's global object, of the
 * start compartment's, and what the harness adds. The worker binds each as a local of the
 * module's wrapper (module.ts), so no free identifier in submitted code reaches the start
 * compartment's global object.
 */
function bindableNames(): string[] {
  const names = new Set<string>();
  const add = (list: string[]) => {
    for (const n of list) if (RegExpPrototypeExec(IDENTIFIER, n) !== null && !NOT_BINDABLE.has(n)) names.add(n);
  };
  add(ObjectGetOwnPropertyNames(new Compartment().globalThis));
  add(ObjectGetOwnPropertyNames(g));
  add(openRun(host).globalNames());
  return [...names];
}
const NAMES = ObjectFreeze(bindableNames());

let run: Run | undefined;
const current = (): Run => {
  if (!run) throw new Error("No submission is open.");
  return run;
};

const rt = nullRecord({
  /** Called once the worker holds `__rt`: nothing may be added to the global object after it. */
  seal() {
    delete g.__rt;
    ObjectFreeze(g);
  },
  names: () => NAMES,
  /** A new submission: fresh compartments, registry, clock, expect and mocks. */
  begin(solution: string, tests: string[], testsOnly: string[]) {
    run = openRun(host);
    run.configure(solution, tests, testsOnly);
  },
  /** Module factories, compiled by the worker: `(scope) => (exports, require, module) => …`. */
  define(path: string, factory: Fn) {
    current().define(path, factory);
  },
  /** Loads the solution with the test registry closed; its load error, if any. */
  loadSolution(): ErrorInfo | null {
    return current().loadSolution();
  },
  /** Runs every test file's top level (collecting tests); returns the tests and load errors. */
  collect(): { tests: TestInfo[]; loadErrors: { file: string; error: ErrorInfo }[] } {
    return current().collect();
  },
  /**
   * Starts a test; returns its status before the call's microtasks run. A test that is done
   * by then stays done with the same error, so the worker reads `status` only when it is not.
   */
  start(index: number): TestStatusReport {
    const r = current();
    try {
      r.runner.start(index);
    } catch (e) {
      r.runner.running.error = errorInfo(e);
      r.runner.running.done = true;
    }
    return r.status();
  },
  /** Where the running test is, after the microtasks of the last call have drained. */
  status: (): TestStatusReport => current().status(),
  /** The test waits on timers only: move the virtual clock to the next one. */
  step(): boolean {
    const r = current();
    try {
      return r.clock.step();
    } catch (e) {
      if (!r.runner.running.error) r.runner.running.error = errorInfo(e);
      r.runner.running.done = true;
      return true;
    }
  },
  /** Drops the submission, so its objects can be collected before the next one. */
  end() {
    run = undefined;
  },
});
ReflectDefineProperty(g, "__rt", { value: rt, configurable: true });
