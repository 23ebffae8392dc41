import type ivm from "isolated-vm";
import { describe, expect, it } from "vitest";
import { MAX_CONTENTION } from "./contention.ts";
import { resolveLimits } from "./limits.ts";
import { type CallRef, LoadRetry, TimeGuard } from "./time-guard.ts";

/**
 * The time guard's decisions, on an isolate whose CPU clock the test sets: a wall-clock stop
 * with CPU time to spare is the machine's fault (a retry, then a guard stop), a CPU time over
 * the limit is the code's, allowing for at most MAX_CONTENTION of contention.
 */
const MS = 1_000_000n;

function fakeIsolate() {
  return { cpuTime: 0n, isDisposed: false };
}

/** A call that uses `cpuMs` of the isolate's CPU and then returns, or is stopped by the wall clock. */
function callUsing(isolate: { cpuTime: bigint }, cpuMs: number, outcome: "returns" | "wall-stop"): CallRef {
  return {
    applySync: () => {
      // A few milliseconds of real waiting: the wall time the guard compares the CPU time with.
      const until = performance.now() + 5;
      while (performance.now() < until) {}
      isolate.cpuTime += BigInt(cpuMs) * MS;
      if (outcome === "wall-stop") throw new Error("Script execution timed out.");
      return "ok";
    },
  } as unknown as CallRef;
}

const limits = resolveLimits({ testTimeMs: 1_000, cpuTimeMs: 30_000, submissionTimeMs: 60_000 });

describe("TimeGuard", () => {
  it("calls a wall-clock stop with CPU time to spare a load retry first, with how many tests were streamed", () => {
    const isolate = fakeIsolate();
    const guard = new TimeGuard(isolate as unknown as ivm.Isolate, limits, 1, () => 7);
    const phase = guard.phase(1_000);
    let thrown: unknown;
    try {
      guard.call(phase, callUsing(isolate, 300, "wall-stop"), []);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LoadRetry);
    expect((thrown as LoadRetry).streamed).toBe(7);
    // 5 ms of wall for 300 ms of CPU (a fake clock): the retry's guard starts from this ratio.
    expect((thrown as LoadRetry).slowdown).toBeGreaterThan(0.01);
    expect((thrown as LoadRetry).slowdown).toBeLessThan(1);
  });

  it("calls the same stop on the retry's looser guard a time limit (the machine is overloaded past it)", () => {
    const isolate = fakeIsolate();
    const guard = new TimeGuard(isolate as unknown as ivm.Isolate, limits, 6, () => 0);
    expect(() => guard.call(guard.phase(1_000), callUsing(isolate, 300, "wall-stop"), [])).toThrow(/wall-clock guard: timed out/);
  });

  it("calls a wall-clock stop after the test used its CPU time a time limit, without a retry", () => {
    const isolate = fakeIsolate();
    const guard = new TimeGuard(isolate as unknown as ivm.Isolate, limits, 1, () => 0);
    expect(() => guard.call(guard.phase(1_000), callUsing(isolate, 3_000, "wall-stop"), [])).toThrow(/CPU time limit: timed out/);
  });

  it("stops a test whose CPU time is over its limit even after contention is allowed for, and not one just over", () => {
    const isolate = fakeIsolate();
    const guard = new TimeGuard(isolate as unknown as ivm.Isolate, limits, 1, () => 0);
    expect(guard.call(guard.phase(1_000), callUsing(isolate, 1_100, "returns"), [])).toBe("ok");
    expect(() => guard.call(guard.phase(1_000), callUsing(isolate, 1_000 * MAX_CONTENTION + 50, "returns"), [])).toThrow(/CPU time limit: timed out/);
  });

  it("reports a test's duration as its CPU time, not the wall time it waited", () => {
    const isolate = fakeIsolate();
    const guard = new TimeGuard(isolate as unknown as ivm.Isolate, limits, 1, () => 0);
    const phase = guard.phase(1_000);
    guard.call(phase, callUsing(isolate, 42, "returns"), []);
    expect(guard.elapsedMs(phase)).toBe(42);
  });
});
