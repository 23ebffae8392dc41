import type ivm from "isolated-vm";
import { contentionFactor } from "./contention.ts";
import type { Limits } from "./limits.ts";

/**
 * Time limits decided on the isolate's CPU time, so a verdict does not change with the load
 * on the machine. The wall clock is only a guard: isolated-vm can stop a call on wall time
 * alone, so each call gets `limit × wallFactor` of it. When that guard fires with CPU time to
 * spare, the stop is the machine's fault, not the code's: on the first attempt (factor 1)
 * that is a LoadRetry, and the Sandbox judges again with a looser guard; on the retry it is a
 * Time Limit Exceeded (the machine is more than `wallFactor` times overloaded).
 */
export interface Phase {
  cpuStart: bigint;
  wallStart: number;
  limitMs: number;
  /** The contention factor once measured in this phase (see contention.ts). */
  contention?: number;
}

export type CallRef = ivm.Reference<(...a: unknown[]) => unknown>;

/** The wall clock stopped a call the CPU time does not explain: the Sandbox judges again. */
export class LoadRetry extends Error {
  readonly streamed: number;
  /** Wall time over CPU time when it was stopped: how much looser the retry's guard must be. */
  readonly slowdown: number;
  constructor(streamed: number, slowdown: number) {
    super("stopped by the wall clock under load");
    this.streamed = streamed;
    this.slowdown = slowdown;
  }
}

/** A stop at this share of the CPU limit counts as the code's own: isolated-vm stops calls a little early. */
const CPU_SHARE = 0.9;

const timedOut = (why: string) => new Error(`${why}: timed out`);

export class TimeGuard {
  private readonly cpuStart: bigint;
  private readonly wallStart = performance.now();
  private readonly isolate: ivm.Isolate;
  private readonly limits: Limits;
  private readonly wallFactor: number;
  private readonly streamed: () => number;

  constructor(isolate: ivm.Isolate, limits: Limits, wallFactor: number, streamed: () => number) {
    this.isolate = isolate;
    this.limits = limits;
    this.wallFactor = wallFactor;
    this.streamed = streamed;
    this.cpuStart = isolate.cpuTime;
  }

  phase(limitMs: number): Phase {
    return { cpuStart: this.isolate.cpuTime, wallStart: performance.now(), limitMs };
  }

  private cpuMs(since: bigint): number {
    return Number((this.isolate.cpuTime - since) / 1000n) / 1000;
  }

  /** CPU time the phase used, in ms: what a test's duration reports, load or not. */
  elapsedMs(phase: Phase): number {
    if (this.isolate.isDisposed) return Math.round((performance.now() - phase.wallStart) * 100) / 100;
    return Math.round(this.cpuMs(phase.cpuStart) * 100) / 100;
  }

  private wallLeft(phase: Phase): number {
    const now = performance.now();
    const phaseEnd = phase.wallStart + phase.limitMs * this.wallFactor;
    const submissionEnd = this.wallStart + this.limits.submissionTimeMs * this.wallFactor;
    return Math.min(phaseEnd, submissionEnd) - now;
  }

  /**
   * CPU time over a limit counts only after allowing for contention: measured once per phase,
   * and only when the raw time is over (the probe costs a few milliseconds).
   */
  private over(phase: Phase, share: number): boolean {
    const phaseCpu = this.cpuMs(phase.cpuStart);
    const totalCpu = this.cpuMs(this.cpuStart);
    if (phaseCpu < phase.limitMs * share && totalCpu < this.limits.cpuTimeMs * share) return false;
    phase.contention ??= contentionFactor();
    return phaseCpu / phase.contention >= phase.limitMs * share || totalCpu / phase.contention >= this.limits.cpuTimeMs * share;
  }

  /** Throws when the phase or the submission is over a limit (CPU), or past the wall guard. */
  check(phase: Phase): void {
    if (this.over(phase, 1)) throw timedOut("CPU time limit");
    if (this.wallLeft(phase) <= 0) this.stoppedByWall(phase);
  }

  /** The wall guard fired: the code's fault if it used (nearly) its CPU limit, else the machine's. */
  private stoppedByWall(phase: Phase): never {
    if (this.over(phase, CPU_SHARE)) throw timedOut("CPU time limit");
    if (this.wallFactor === 1) {
      const wall = performance.now() - phase.wallStart;
      throw new LoadRetry(this.streamed(), wall / Math.max(1, this.cpuMs(phase.cpuStart)));
    }
    throw timedOut("wall-clock guard");
  }

  call<T>(phase: Phase, ref: CallRef, args: unknown[]): T {
    const timeout = Math.max(1, Math.ceil(this.wallLeft(phase)));
    let value: T;
    try {
      value = ref.applySync(undefined, args, { arguments: { copy: true }, result: { copy: true }, timeout }) as T;
    } catch (error) {
      if (error instanceof Error && /timed out/i.test(error.message) && !this.isolate.isDisposed) this.stoppedByWall(phase);
      throw error;
    }
    this.check(phase);
    return value;
  }

  /**
   * isolated-vm throws a promise rejection that has no handler when its call returns, even if
   * the test attaches one later (`const p = f(); await advance(); await expect(p).rejects...`):
   * that is not an error of the run. The harness's own status says how the test ended.
   */
  tolerant<T>(phase: Phase, ref: CallRef, args: unknown[], fallback: T): T {
    try {
      return this.call<T>(phase, ref, args);
    } catch (error) {
      if (error instanceof LoadRetry || this.isolate.isDisposed) throw error;
      const message = error instanceof Error ? error.message : String(error);
      if (/timed out|memory limit|disposed/i.test(message)) throw error;
      return fallback;
    }
  }
}
