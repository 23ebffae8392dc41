import type ivm from "isolated-vm";
import type { AssertionFailureDetail } from "./assertions.ts";
import type { CaseLedger } from "./case-matchers.ts";
import type { ErrorInfo, TestInfo, TestStatusReport } from "./harness/protocol.ts";
import { LIMITS } from "./limits.ts";
import { summarize } from "./outcome.ts";
import type { SandboxRequest } from "./sandbox.ts";
import type { SourceMaps } from "./sourcemap.ts";
import { LoadRetry, TimeGuard } from "./time-guard.ts";
import type { ConsoleEntry, JudgeResult, PlannedTest, SourceLocation, TestFile, TestResult } from "./types.ts";
import type { TestStatus } from "./verdicts.ts";

// One submission in a locked-down context: the worker opens it in the harness, loads the
// solution (test registry closed), collects the tests, then drives them one by one and decides
// every expectation on copied-out values. The Sandbox (sandbox.ts) owns and recycles contexts.

/** What the callbacks of a context report into: swapped per submission. */
export interface Sink {
  nonce: string;
  current: number;
  /** The running test's file: the worker holds its cases' expected outcomes. */
  currentFile: TestFile | undefined;
  cases: CaseLedger;
  failures: Map<number, AssertionFailureDetail>;
  consoles: Map<number, ConsoleEntry[]>;
  consoleBytes: number;
  consoleLimit: number;
  overflow: boolean;
}

export type Fn = ivm.Reference<(...a: unknown[]) => unknown>;

/** A locked-down context with the harness loaded, and the worker's handles into it. */
export interface Context {
  context: ivm.Context;
  holder: { sink: Sink };
  nonce: string;
  rt: ivm.Reference<Record<string, unknown>>;
  /** `var Name = __scope.Name, …` for every global name: see moduleScript. */
  prelude: string;
  begin: Fn;
  define: Fn;
  loadSolution: Fn;
  collect: Fn;
  start: Fn;
  status: Fn;
  step: Fn;
  end: Fn;
}

export type Stop = { status: TestStatus; message: string };
export { LoadRetry };

/**
 * Virtual-clock steps a submission may take. Every step is a timed call, and isolated-vm keeps
 * each call's timer armed until it is due: ~100k armed at once overflow its stack and kill the
 * worker (SIGSEGV; laverdet/isolated-vm#572). A setInterval loop reaches that in half a second.
 */
const MAX_TIMER_STEPS = 10_000;

export function classify(error: unknown, overflow: boolean): Stop {
  const message = error instanceof Error ? error.message : String(error);
  if (overflow) return { status: "output", message: "Output Limit Exceeded: console output is over the limit." };
  if (/memory limit|disposed/i.test(message)) return { status: "memory", message: "Memory Limit Exceeded: the sandbox ran out of memory." };
  if (/timed out/i.test(message)) return { status: "timeout", message: "Time Limit Exceeded." };
  return { status: "error", message };
}

function describeError(error: ErrorInfo, maps: SourceMaps): { message: string; frames: SourceLocation[] } {
  const mapped = maps.mapStack(error.stack);
  const frames = mapped.stack.split("\n").filter((l) => l.startsWith("    at ")).join("\n");
  return { message: `${error.name}: ${error.message}${frames ? `\n${frames}` : ""}`, frames: mapped.frames };
}

export interface SessionOutcome {
  result: JudgeResult;
  healthy: boolean;
  /** Loading the solution stopped the sandbox (time, memory, output): no test was collected. */
  stoppedLoading?: Stop;
}

/** The problem's tests, collected with an empty solution: the names a stopped load still reports. */
export function collectOnly(isolate: ivm.Isolate, ctx: Context, compiled: { path: string; code: string }[], req: SandboxRequest): TestInfo[] {
  const solutionPath = req.solution.path;
  const modules = compiled.map((m) => (m.path === solutionPath ? { path: m.path, code: "" } : m));
  openSubmission(isolate, ctx, modules, req);
  const opts = { timeout: Math.max(1, req.limits.testTimeMs), result: { copy: true } } as const;
  ctx.loadSolution.applySync(undefined, [], opts);
  return (ctx.collect.applySync(undefined, [], opts) as { tests: TestInfo[] }).tests;
}

function openSubmission(isolate: ivm.Isolate, ctx: Context, compiled: { path: string; code: string }[], req: SandboxRequest): void {
  ctx.begin.applySync(undefined, [req.solution.path, req.tests.map((t) => t.path), req.modules.filter((m) => m.testsOnly).map((m) => m.path)], {
    arguments: { copy: true },
  });
  for (const m of compiled) {
    const script = isolate.compileScriptSync(moduleScript(ctx.prelude, m.code), { filename: m.path, lineOffset: -1 });
    const factory = script.runSync(ctx.context, { reference: true }) as ivm.Reference<unknown>;
    ctx.define.applySync(undefined, [m.path, factory.derefInto()], { arguments: { copy: true } });
    factory.release();
    script.release();
  }
}

/**
 * A module as a script whose value is its factory: `(scope) => (exports, require, module) => …`.
 * Every global name is a local of the outer function, read from the compartment's global object
 * (`scope`), so no free identifier in the module reaches the start compartment's globals. The
 * prelude stays on the first line: the module's own code starts on line 2 (lineOffset -1).
 */
function moduleScript(prelude: string, code: string): string {
  return `(function (__scope) { ${prelude} return function (exports, require, module) {"use strict";\n${code}\n}; })`;
}

export function runSession(
  isolate: ivm.Isolate,
  ctx: Context,
  compiled: { path: string; code: string }[],
  req: SandboxRequest,
  maps: SourceMaps,
  results: TestResult[],
  listeners: { onTest?: ((r: TestResult) => void) | undefined; onPlan?: ((tests: PlannedTest[]) => void) | undefined },
  wallFactor: number,
): SessionOutcome {
  const { onTest, onPlan } = listeners;
  const { limits } = req;
  const sink = ctx.holder.sink;
  const solutionPath = req.solution.path;
  const guard = new TimeGuard(isolate, limits, wallFactor, () => results.length);
  // Reading the harness's status runs no submitted code (the microtasks of the previous call
  // have drained), so it needs no isolated-vm timeout: each timeout stays armed in its timer
  // thread until due, and at hundreds of submissions a second they pile up.
  const readStatus = (): TestStatusReport => ctx.status.applySync(undefined, [], { result: { copy: true } }) as TestStatusReport;

  openSubmission(isolate, ctx, compiled, req);
  const visibility = new Map(req.tests.map((t) => [t.path, t.visibility]));
  const emit = (r: TestResult) => {
    boundResult(r, limits.resultBytes);
    results.push(r);
    onTest?.(r);
  };

  let solutionError: ErrorInfo | null;
  try {
    solutionError = guard.call<ErrorInfo | null>(guard.phase(limits.testTimeMs), ctx.loadSolution, []);
  } catch (error) {
    if (error instanceof LoadRetry) throw error;
    return { result: summarize([], {}), healthy: false, stoppedLoading: classify(error, sink.overflow) };
  }
  const collected = guard.call<{ tests: TestInfo[]; loadErrors: { file: string; error: ErrorInfo }[] }>(guard.phase(limits.testTimeMs), ctx.collect, []);
  onPlan?.([
    ...collected.loadErrors.map(({ file }) => ({ name: `${file} (loading)`, file, visibility: visibility.get(file) ?? "hidden" })),
    ...collected.tests.map(({ name, file }) => ({ name, file, visibility: visibility.get(file) ?? "hidden" })),
  ]);
  for (const { file, error } of collected.loadErrors) {
    const described = describeError(error, maps);
    const result = baseResult(results.length, `${file} (loading)`, file, visibility.get(file) ?? "hidden");
    Object.assign(result, { status: "error", message: described.message });
    const loc = pickLocation(described.frames, solutionPath);
    if (loc) result.location = loc;
    emit(result);
  }

  let stop: Stop | undefined;
  let healthy = true;
  let timerSteps = 0;
  let blocked: { message: string; location?: SourceLocation } | undefined;
  if (solutionError) {
    const described = describeError(solutionError, maps);
    const location = pickLocation(described.frames, solutionPath);
    blocked = { message: `The solution failed to load: ${described.message}`, ...(location ? { location } : {}) };
  }
  for (let i = 0; i < collected.tests.length; i++) {
    const info = collected.tests[i]!;
    const result = baseResult(results.length, info.name, info.file, visibility.get(info.file) ?? "hidden");
    if (stop || info.mode !== "run") {
      result.status = "skipped";
      if (stop) result.message = "Not run: an earlier test stopped the sandbox.";
      emit(result);
      continue;
    }
    if (blocked) {
      // The tests are the problem's, whatever the solution did: each is reported, none is run.
      Object.assign(result, { status: "error", ...blocked });
      emit(result);
      continue;
    }
    sink.current = i;
    sink.currentFile = req.tests.find((t) => t.path === info.file);
    // A test's own timeout (Jest's) may ask for more than the problem's limit, never past the ceiling.
    const phase = guard.phase(Math.min(info.timeoutMs ?? limits.testTimeMs, LIMITS.testTimeMs.ceiling));
    let report: TestStatusReport | undefined;
    let never = false;
    try {
      const started = guard.tolerant<TestStatusReport | undefined>(phase, ctx.start, [i], undefined);
      report = started?.done ? started : readStatus();
      const virtualStart = report.virtualNow;
      while (!report.done) {
        // Each step is quick, so its own timeout may never fire: check the clocks between steps.
        guard.check(phase);
        if (++timerSteps > MAX_TIMER_STEPS) throw new Error("timer step limit: timed out");
        if (!guard.tolerant<boolean>(phase, ctx.step, [], true)) {
          never = true;
          break;
        }
        report = readStatus();
        if (report.virtualNow - virtualStart > limits.virtualTimeMs) throw new Error("virtual clock limit: timed out");
      }
    } catch (error) {
      if (error instanceof LoadRetry) throw error;
      stop = classify(error, sink.overflow);
      healthy = false;
    }
    result.durationMs = guard.elapsedMs(phase);
    result.console = sink.consoles.get(i) ?? [];
    const failure = sink.failures.get(i);
    if (stop) {
      Object.assign(result, stop);
    } else if (never) {
      Object.assign(result, { status: "timeout", message: "Time Limit Exceeded: the test waits on a promise that never settles." });
    } else if (failure) {
      Object.assign(result, { status: "failed", ...failure });
      const loc = report?.error ? pickLocation(describeError(report.error, maps).frames, solutionPath, true) : undefined;
      if (loc) result.location = loc;
    } else if (report?.error) {
      const described = describeError(report.error, maps);
      Object.assign(result, { status: report.error.assertion ? "failed" : "error", message: described.message });
      const loc = pickLocation(described.frames, solutionPath);
      if (loc) result.location = loc;
    } else {
      result.status = "passed";
    }
    emit(result);
  }
  // A failed expectation outside any test (at load time) still blocks Accepted.
  const stray = sink.failures.get(-1);
  return { result: summarize(results, stray ? { strayFailure: stray.message } : {}), healthy };
}

/** Each text a test result carries stays within the result-size limit. */
function boundResult(r: TestResult, maxChars: number): void {
  for (const key of ["message", "expected", "received", "diff"] as const) {
    const text = r[key];
    if (text !== undefined && text.length > maxChars) r[key] = `${text.slice(0, maxChars)}\n… (${text.length - maxChars} more characters)`;
  }
}

export function baseResult(index: number, name: string, file: string, visibility: TestFile["visibility"]): TestResult {
  return { index, name, file, visibility, status: "passed", durationMs: 0, console: [] };
}

/** The first frame in the candidate's code; for failed expectations, the test's line. */
function pickLocation(frames: SourceLocation[], solutionPath: string, preferTest = false): SourceLocation | undefined {
  if (preferTest) return frames.find((f) => f.file !== solutionPath) ?? frames[0];
  return frames.find((f) => f.file === solutionPath) ?? frames[0];
}
