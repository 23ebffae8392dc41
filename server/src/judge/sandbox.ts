import { randomBytes } from "node:crypto";
import ivm from "isolated-vm";
import { decideAssertion } from "./assertions.ts";
import { caseAssertion, isCaseMatcher, newCaseLedger, withRecordedCases } from "./case-matchers.ts";
import { sandboxScripts } from "./harness-bundle.ts";
import type { AssertionRecord, ConsoleLevel } from "./harness/protocol.ts";
import { LOADED_WALL_FACTOR, type Limits } from "./limits.ts";
import { summarize } from "./outcome.ts";
import { SourceMaps } from "./sourcemap.ts";
import { CompileError, transpile } from "./transpile.ts";
import type { TestInfo } from "./harness/protocol.ts";
import { baseResult, classify, collectOnly, type Context, type Fn, LoadRetry, runSession, type Sink, type Stop } from "./session.ts";
import type { JudgeResult, PlannedTest, TestFile, TestResult } from "./types.ts";

/**
 * Submissions run here, inside a disposable worker process. A context is locked down once (SES)
 * with the harness loaded, and then serves many submissions, each in compartments of its own;
 * the isolate (heap, limit) is thrown away after anything goes wrong, or after RECYCLE_AFTER.
 */
export interface SandboxRequest {
  solution: { path: string; code: string };
  modules: { path: string; code: string; testsOnly?: boolean }[];
  tests: TestFile[];
  limits: Limits;
}

/** isolated-vm sets these on a script compiled with cache options; its types omit them. */
type CachedScript = ivm.Script & ivm.CachedDataResult & { cachedDataRejected?: boolean };

/** Submissions one context serves before its isolate is replaced, to keep its heap young. */
const RECYCLE_AFTER = 200;

const newSink = (nonce: string): Sink => ({ nonce, current: -1, currentFile: undefined, cases: newCaseLedger(), failures: new Map(), consoles: new Map(), consoleBytes: 0, consoleLimit: 0, overflow: false });

export class Sandbox {
  private isolate: ivm.Isolate | undefined;
  private context: Context | undefined;
  private memoryMb = 0;
  private served = 0;
  private readonly cache = new Map<string, ivm.ExternalCopy<ArrayBuffer>>();

  discard(): void {
    if (this.context) release(this.context);
    this.context = undefined;
    if (this.isolate && !this.isolate.isDisposed) this.isolate.dispose();
    this.isolate = undefined;
  }

  /** Builds the next context ahead of time, off the critical path of the next request. */
  warm(memoryMb: number): void {
    try {
      this.ensureContext(memoryMb);
    } catch {
      this.discard();
    }
  }

  private ensureContext(memoryMb: number): { isolate: ivm.Isolate; context: Context } {
    if (!this.isolate || this.isolate.isDisposed || !this.context || this.memoryMb !== memoryMb || this.served >= RECYCLE_AFTER) {
      this.discard();
      this.isolate = new ivm.Isolate({ memoryLimit: memoryMb });
      this.memoryMb = memoryMb;
      this.served = 0;
      this.context = this.open(this.isolate);
    }
    return { isolate: this.isolate, context: this.context };
  }

  private compile(isolate: ivm.Isolate, name: string, code: string): ivm.Script {
    const cachedData = this.cache.get(name);
    if (cachedData) {
      const script = isolate.compileScriptSync(code, { filename: `${name}.js`, cachedData }) as CachedScript;
      if (!script.cachedDataRejected) return script;
    }
    const script = isolate.compileScriptSync(code, { filename: `${name}.js`, produceCachedData: true }) as CachedScript;
    if (script.cachedData) this.cache.set(name, script.cachedData);
    return script;
  }

  /** A context locked down, with the harness loaded and its channel to this worker bound. */
  private open(isolate: ivm.Isolate): Context {
    const holder = { sink: newSink("") };
    const nonce = randomBytes(12).toString("hex");
    const context = isolate.createContextSync();
    const global = context.global;
    global.setSync("__hostAssert", new ivm.Callback((rec: AssertionRecord) => {
      const sink = holder.sink;
      if (isCaseMatcher(rec.matcher)) return caseAssertion(rec, sink);
      const decision = decideAssertion(rec, nonce);
      if (!decision.pass && !sink.failures.has(sink.current)) sink.failures.set(sink.current, decision.detail ?? { message: decision.message });
      return { pass: decision.pass, message: decision.detail?.message ?? decision.message };
    }));
    global.setSync("__hostLog", new ivm.Callback((level: ConsoleLevel, text: string) => {
      const sink = holder.sink;
      if (sink.overflow) return;
      const bytes = Buffer.byteLength(String(text));
      if (sink.consoleBytes + bytes > sink.consoleLimit) {
        sink.overflow = true;
        // Stops a logging loop at once instead of letting it run into the time limit.
        isolate.dispose();
        return;
      }
      sink.consoleBytes += bytes;
      const entries = sink.consoles.get(sink.current) ?? [];
      if (entries.length === 0) sink.consoles.set(sink.current, entries);
      entries.push({ level, text: String(text) });
    }));
    global.setSync("__hostNonce", nonce);
    const scripts = sandboxScripts();
    for (const name of ["ses", "lockdown", "harness"] as const) this.compile(isolate, name, scripts[name]).runSync(context);
    const rt = global.getSync("__rt", { reference: true }) as ivm.Reference<Record<string, unknown>>;
    const fn = (name: string) => rt.getSync(name, { reference: true }) as Fn;
    fn("seal").applySync(undefined, []);
    const names = fn("names").applySync(undefined, [], { result: { copy: true } }) as string[];
    const prelude = names.map((n) => `${n} = __scope.${n}`).join(", ");
    return {
      context,
      holder,
      nonce,
      rt,
      prelude: `var ${prelude};`,
      begin: fn("begin"),
      define: fn("define"),
      loadSolution: fn("loadSolution"),
      collect: fn("collect"),
      start: fn("start"),
      status: fn("status"),
      step: fn("step"),
      end: fn("end"),
    };
  }

  run(req: SandboxRequest, onTest?: (r: TestResult) => void, onPlan?: (tests: PlannedTest[]) => void): JudgeResult {
    const maps = new SourceMaps();
    const compiled: { path: string; code: string }[] = [];
    try {
      for (const m of [req.solution, ...req.modules, ...req.tests]) {
        const out = transpile(m.code, m.path);
        maps.add(m.path, out.map);
        compiled.push({ path: m.path, code: out.code });
      }
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      if (error.location.file !== req.solution.path) {
        return summarize([], { verdict: "Internal Error", message: `A test file does not compile: ${error.message}` });
      }
      return summarize([], { verdict: "Compile Error", message: error.message, compileError: { message: error.message, location: error.location } });
    }
    try {
      return this.attempt(req, compiled, maps, 1, onTest, onPlan);
    } catch (error) {
      if (!(error instanceof LoadRetry)) throw error;
      // Stopped by the wall clock with CPU time to spare: the machine was busy, not the code
      // slow. Judge again with a looser wall guard, so the CPU time alone decides. The tests
      // already streamed come out the same (the run is deterministic) and are not sent twice.
      const streamed = error.streamed;
      const again = onTest ? (r: TestResult) => (r.index >= streamed ? onTest(r) : undefined) : undefined;
      // As loose as the slowdown seen, with room to spare, so an endless loop on a busy machine
      // is still stopped soon after its CPU time runs out (not after six times its limit).
      const factor = Math.min(LOADED_WALL_FACTOR, Math.max(1.5, error.slowdown * 1.5));
      return this.attempt(req, compiled, maps, factor, again, onPlan);
    }
  }

  private attempt(
    req: SandboxRequest,
    compiled: { path: string; code: string }[],
    maps: SourceMaps,
    wallFactor: number,
    onTest: ((r: TestResult) => void) | undefined,
    onPlan: ((tests: PlannedTest[]) => void) | undefined,
  ): JudgeResult {
    const { isolate, context } = this.ensureContext(req.limits.memoryMb);
    const results: TestResult[] = [];
    let healthy = false;
    const sink = newSink(context.nonce);
    sink.consoleLimit = req.limits.consoleBytes;
    context.holder.sink = sink;
    this.served++;
    try {
      const outcome = runSession(isolate, context, compiled, req, maps, results, { onTest, onPlan }, wallFactor);
      healthy = outcome.healthy;
      if (outcome.stoppedLoading) {
        // The stopped isolate goes now; the fresh one that lists the tests stays for the next run.
        this.discard();
        healthy = true;
        return this.reportStoppedLoad(req, compiled, outcome.stoppedLoading, onTest);
      }
      return withRecordedCases(outcome.result, sink.cases);
    } catch (error) {
      if (error instanceof LoadRetry) throw error;
      const stop = classify(error, sink.overflow);
      const result = baseResult(results.length, "(sandbox)", req.solution.path, "sample");
      Object.assign(result, { status: stop.status, message: stop.message });
      results.push(result);
      onTest?.(result);
      return summarize(results, {});
    } finally {
      if (healthy && !isolate.isDisposed) {
        try {
          context.end.applySync(undefined, []);
        } catch {
          healthy = false;
        }
      }
      if (!healthy) this.discard();
    }
  }

  /**
   * The solution's own loading stopped the sandbox, before any test was collected. The tests are
   * the problem's whatever the solution does, so they are collected again, in a fresh context
   * with an empty solution (no submitted code runs), and each is reported: the first with the stop.
   */
  private reportStoppedLoad(req: SandboxRequest, compiled: { path: string; code: string }[], stop: Stop, onTest?: (r: TestResult) => void): JudgeResult {
    let tests: TestInfo[] = [];
    try {
      const { isolate, context } = this.ensureContext(req.limits.memoryMb);
      context.holder.sink = newSink(context.nonce);
      tests = collectOnly(isolate, context, compiled, req);
      context.end.applySync(undefined, []);
    } catch {
      this.discard();
    }
    const visibility = new Map(req.tests.map((t) => [t.path, t.visibility]));
    const results: TestResult[] = [];
    const message = `${stop.message} (while the solution loaded)`;
    for (const info of tests.length > 0 ? tests : [{ name: "(sandbox)", file: req.solution.path, mode: "run" as const }]) {
      const result = baseResult(results.length, info.name, info.file, visibility.get(info.file) ?? "sample");
      const first = info.mode === "run" && !results.some((r) => r.status !== "skipped");
      Object.assign(result, first ? { status: stop.status, message } : { status: "skipped", message: "Not run: loading the solution stopped the sandbox." });
      results.push(result);
      onTest?.(result);
    }
    return summarize(results, {});
  }
}

/**
 * Drops every handle the worker holds into the context. One left to the worker's garbage
 * collector keeps the whole context alive in the isolate until then.
 */
function release(c: Context): void {
  for (const ref of [c.begin, c.define, c.loadSolution, c.collect, c.start, c.status, c.step, c.end, c.rt]) ref.release();
  c.context.release();
}
