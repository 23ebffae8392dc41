import type ivm from "isolated-vm";
import type { AssertionFailureDetail } from "./assertions.ts";
import type { CaseLedger } from "./case-matchers.ts";
import type { ErrorInfo, TestInfo, TestStatusReport } from "./harness/protocol.ts";
import { summarize } from "./outcome.ts";
import type { SourceMaps } from "./sourcemap.ts";
import type { ConsoleEntry, JudgeResult, SourceLocation, TestFile, TestResult } from "./types.ts";
import type { SandboxRequest } from "./sandbox.ts";
import type { TestStatus } from "./verdicts.ts";

// One submission in one context: the worker drives the harness test by test and decides every
// expectation on copied-out values. The Sandbox (sandbox.ts) opens and recycles the contexts.

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

export interface Session {
  context: ivm.Context;
  sink: Sink;
  rt: ivm.Reference<Record<string, unknown>>;
  collect: Fn;
  start: Fn;
  status: Fn;
  step: Fn;
}

export type Stop = { status: TestStatus; message: string };

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

export function runSession(
  isolate: ivm.Isolate,
  session: Session,
  compiled: { path: string; code: string }[],
  req: SandboxRequest,
  maps: SourceMaps,
  results: TestResult[],
  onTest: ((r: TestResult) => void) | undefined,
): { result: JudgeResult; healthy: boolean } {
  const { limits } = req;
  const { sink } = session;
  const solutionPath = req.solution.path;
  const submissionDeadline = performance.now() + limits.submissionTimeMs;
  const cpuStart = isolate.cpuTime;
  const cpuBudgetNs = BigInt(limits.cpuTimeMs) * 1_000_000n;
  const remaining = (deadline: number) => Math.max(1, Math.floor(Math.min(deadline, submissionDeadline) - performance.now()));
  const call = <T>(ref: Fn, args: unknown[], deadline: number): T => {
    const value = ref.applySync(undefined, args, { arguments: { copy: true }, result: { copy: true }, timeout: remaining(deadline) }) as T;
    if (isolate.cpuTime - cpuStart > cpuBudgetNs) throw new Error("CPU time limit: timed out");
    return value;
  };
  // isolated-vm throws a promise rejection that has no handler when its call returns, even if
  // the test attaches one later (`const p = f(); await advance(); await expect(p).rejects...`):
  // that is not an error of the run. The harness's own status says how the test ended.
  const callTolerant = <T>(ref: Fn, args: unknown[], deadline: number, fallback: T): T => {
    try {
      return call<T>(ref, args, deadline);
    } catch (error) {
      if (classify(error, sink.overflow).status !== "error") throw error;
      return fallback;
    }
  };
  // Reading the harness's status runs no submitted code (the microtasks of the previous call
  // have drained), so it needs no isolated-vm timeout: each timeout stays armed in its timer
  // thread until due, and at hundreds of submissions a second they pile up. The pool's
  // watchdog still bounds the worker.
  const readStatus = (): TestStatusReport =>
    session.status.applySync(undefined, [], { result: { copy: true } }) as TestStatusReport;

  for (const m of compiled) {
    const wrapped = `__define(${JSON.stringify(m.path)}, function (exports, require, module) {"use strict";\n${m.code}\n});`;
    isolate.compileScriptSync(wrapped, { filename: m.path, lineOffset: -1 }).runSync(session.context);
  }
  const collected = call<{ tests: TestInfo[]; loadErrors: { file: string; error: ErrorInfo }[] }>(
    session.collect,
    [req.tests.map((t) => t.path), req.solution.path, req.modules.filter((m) => m.testsOnly).map((m) => m.path)],
    performance.now() + limits.testTimeMs * 2,
  );
  const visibility = new Map(req.tests.map((t) => [t.path, t.visibility]));
  const emit = (r: TestResult) => {
    boundResult(r, limits.resultBytes);
    results.push(r);
    onTest?.(r);
  };
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
  for (let i = 0; i < collected.tests.length; i++) {
    const info = collected.tests[i]!;
    const result = baseResult(results.length, info.name, info.file, visibility.get(info.file) ?? "hidden");
    if (stop || info.mode !== "run") {
      result.status = "skipped";
      if (stop) result.message = "Not run: an earlier test stopped the sandbox.";
      emit(result);
      continue;
    }
    sink.current = i;
    sink.currentFile = req.tests.find((t) => t.path === info.file);
    const t0 = performance.now();
    const deadline = t0 + limits.testTimeMs;
    let report: TestStatusReport | undefined;
    let never = false;
    try {
      // Fast calls never reach their own timeout: without this, a run of many quick tests
      // would outlive submissionTimeMs until the pool's watchdog killed the worker.
      if (performance.now() >= submissionDeadline) throw new Error("submission time limit: timed out");
      const started = callTolerant<TestStatusReport | undefined>(session.start, [i], deadline, undefined);
      report = started?.done ? started : readStatus();
      const virtualStart = report.virtualNow;
      while (!report.done) {
        // Each step is quick, so its own timeout (at least 1 ms) may never fire: check the clock.
        if (performance.now() >= Math.min(deadline, submissionDeadline)) throw new Error("test time limit: timed out");
        if (++timerSteps > MAX_TIMER_STEPS) throw new Error("timer step limit: timed out");
        if (!callTolerant<boolean>(session.step, [], deadline, true)) {
          never = true;
          break;
        }
        report = readStatus();
        if (report.virtualNow - virtualStart > limits.virtualTimeMs) throw new Error("virtual clock limit: timed out");
      }
    } catch (error) {
      stop = classify(error, sink.overflow);
      healthy = false;
    }
    result.durationMs = Math.round((performance.now() - t0) * 100) / 100;
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
