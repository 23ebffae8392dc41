import { randomBytes } from "node:crypto";
import ivm from "isolated-vm";
import { decideAssertion } from "./assertions.ts";
import { caseAssertion, isCaseMatcher, newCaseLedger, withRecordedCases } from "./case-matchers.ts";
import { harnessSource } from "./harness-bundle.ts";
import type { AssertionRecord, ConsoleLevel } from "./harness/protocol.ts";
import type { Limits } from "./limits.ts";
import { summarize } from "./outcome.ts";
import { SourceMaps } from "./sourcemap.ts";
import { CompileError, transpile } from "./transpile.ts";
import { baseResult, classify, type Fn, runSession, type Session, type Sink } from "./session.ts";
import type { JudgeResult, TestFile, TestResult } from "./types.ts";

/**
 * Submissions run here, inside a disposable worker process. Each gets a fresh V8 context
 * with the harness loaded; contexts share one isolate (and its heap limit) until anything
 * goes wrong, then the isolate is thrown away. The worker drives the harness test by test
 * and decides every expectation itself, on copied-out values.
 */
export interface SandboxRequest {
  solution: { path: string; code: string };
  modules: { path: string; code: string; testsOnly?: boolean }[];
  tests: TestFile[];
  limits: Limits;
}

/** isolated-vm sets these on a script compiled with cache options; its types omit them. */
type CachedScript = ivm.Script & ivm.CachedDataResult & { cachedDataRejected?: boolean };

/** Contexts one isolate serves before it is replaced, to keep its heap young. */
const RECYCLE_AFTER = 200;

export class Sandbox {
  private isolate: ivm.Isolate | undefined;
  private memoryMb = 0;
  private served = 0;
  private spare: Session | undefined;
  private cachedData: ivm.ExternalCopy<ArrayBuffer> | undefined;
  /** The harness compiled into the current isolate: every context of the isolate runs it. */
  private harness: ivm.Script | undefined;

  private ensureIsolate(memoryMb: number): ivm.Isolate {
    if (!this.isolate || this.isolate.isDisposed || this.memoryMb !== memoryMb || this.served >= RECYCLE_AFTER) {
      this.discard();
      this.isolate = new ivm.Isolate({ memoryLimit: memoryMb });
      this.memoryMb = memoryMb;
      this.served = 0;
      this.harness = this.compileHarness(this.isolate);
    }
    return this.isolate;
  }

  discard(): void {
    this.spare = undefined;
    this.harness = undefined;
    if (this.isolate && !this.isolate.isDisposed) this.isolate.dispose();
    this.isolate = undefined;
  }

  /** Builds the next session ahead of time, off the critical path of the next request. */
  warm(memoryMb: number): void {
    if (this.spare) return;
    try {
      this.spare = this.open(this.ensureIsolate(memoryMb));
    } catch {
      this.discard();
    }
  }

  private compileHarness(isolate: ivm.Isolate): ivm.Script {
    const code = harnessSource();
    if (this.cachedData) {
      const script = isolate.compileScriptSync(code, { filename: "harness.js", cachedData: this.cachedData }) as CachedScript;
      if (!script.cachedDataRejected) return script;
    }
    const script = isolate.compileScriptSync(code, { filename: "harness.js", produceCachedData: true }) as CachedScript;
    if (script.cachedData) this.cachedData = script.cachedData;
    return script;
  }

  /** A fresh context with the harness loaded: `isolate` is the current one from ensureIsolate. */
  private open(isolate: ivm.Isolate): Session {
    const sink: Sink = { nonce: randomBytes(12).toString("hex"), current: -1, currentFile: undefined, cases: newCaseLedger(), failures: new Map(), consoles: new Map(), consoleBytes: 0, consoleLimit: 0, overflow: false };
    const context = isolate.createContextSync();
    const global = context.global;
    global.setSync("__hostAssert", new ivm.Callback((rec: AssertionRecord) => {
      if (isCaseMatcher(rec.matcher)) return caseAssertion(rec, sink);
      const decision = decideAssertion(rec, sink.nonce);
      if (!decision.pass && !sink.failures.has(sink.current)) sink.failures.set(sink.current, decision.detail ?? { message: decision.message });
      return { pass: decision.pass, message: decision.detail?.message ?? decision.message };
    }));
    global.setSync("__hostLog", new ivm.Callback((level: ConsoleLevel, text: string) => {
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
    global.setSync("__hostNonce", sink.nonce);
    // Not a V8 startup snapshot of the harness: V8 aborts on one whose intrinsics are frozen,
    // and a context made from one shares the boxes of the harness's fractional and large
    // numbers with every other such context, so a write to one (jest.setSystemTime) is seen
    // by the next submission.
    this.harness!.runSync(context);
    const rt = global.getSync("__rt", { reference: true }) as ivm.Reference<Record<string, unknown>>;
    const fn = (name: string) => rt.getSync(name, { reference: true }) as Fn;
    return { context, sink, rt, collect: fn("collect"), start: fn("start"), status: fn("status"), step: fn("step") };
  }

  run(req: SandboxRequest, onTest?: (r: TestResult) => void): JudgeResult {
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
    const isolate = this.ensureIsolate(req.limits.memoryMb);
    let session = this.spare;
    this.spare = undefined;
    const results: TestResult[] = [];
    let healthy = false;
    try {
      session ??= this.open(isolate);
      this.served++;
      session.sink.consoleLimit = req.limits.consoleBytes;
      const outcome = runSession(isolate, session, compiled, req, maps, results, onTest);
      healthy = outcome.healthy;
      return withRecordedCases(outcome.result, session.sink.cases);
    } catch (error) {
      const stop = classify(error, session?.sink.overflow ?? false);
      const result = baseResult(results.length, "(sandbox)", req.solution.path, "sample");
      Object.assign(result, { status: stop.status, message: stop.message });
      results.push(result);
      onTest?.(result);
      return summarize(results, {});
    } finally {
      if (session && !isolate.isDisposed) release(session);
      if (!healthy) this.discard();
    }
  }
}

/**
 * Drops every handle the worker holds into the context. One left to the worker's garbage
 * collector keeps the whole context alive in the isolate until then: dead contexts filled
 * 60 of a 64 MB isolate and made every collection walk them (half the worker's time, measured).
 */
function release(session: Session): void {
  for (const ref of [session.collect, session.start, session.status, session.step, session.rt]) ref.release();
  session.context.release();
}
