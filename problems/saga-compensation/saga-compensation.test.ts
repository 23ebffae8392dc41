import { describe, expect, it, jest } from "@jest/globals";
import { runSaga, type SagaStep } from "./solution";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Records "<time> <event>" lines, time relative to creation. */
function timeline() {
  const t0 = Date.now();
  const events: string[] = [];
  return { events, mark: (event: string) => events.push(`${Date.now() - t0} ${event}`) };
}

type Ctx = { bookingId: string };
const ctx: Ctx = { bookingId: "b-1" };

const failingRun = (error: Error) => async (): Promise<never> => {
  throw error;
};

describe("runSaga: forward path", () => {
  it("runs steps one after another, never concurrently", async () => {
    const { events, mark } = timeline();
    const step = (name: string, ms: number): SagaStep<Ctx> => ({
      name,
      run: async () => {
        mark(`${name} start`);
        await sleep(ms);
        mark(`${name} end`);
      },
    });
    const report = runSaga([step("a", 100), step("b", 50), step("c", 10)], ctx);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await report).toEqual({ status: "completed", completed: ["a", "b", "c"] });
    expect(events).toEqual(["0 a start", "100 a end", "100 b start", "150 b end", "150 c start", "160 c end"]);
  });

  it("completes an empty saga", async () => {
    await expect(runSaga([], ctx)).resolves.toEqual({ status: "completed", completed: [] });
  });

  it("passes the context to run and compensate", async () => {
    const seen: unknown[] = [];
    const report = await runSaga(
      [
        { name: "a", run: async (c) => void seen.push(c), compensate: async (c) => void seen.push(c) },
        { name: "b", run: failingRun(new Error("x")) },
      ],
      ctx,
    );
    expect(report.status).toBe("compensated");
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(ctx);
    expect(seen[1]).toBe(ctx);
  });
});

describe("runSaga: compensation", () => {
  it("stops at the failed step and does not compensate it", async () => {
    const laterRun = jest.fn(async () => {});
    const failedCompensate = jest.fn(async () => {});
    const report = await runSaga(
      [
        { name: "a", run: async () => 1, compensate: async () => {} },
        { name: "b", run: failingRun(new Error("b broke")), compensate: failedCompensate },
        { name: "c", run: laterRun, compensate: async () => {} },
      ],
      ctx,
    );
    expect(laterRun).not.toHaveBeenCalled();
    expect(failedCompensate).not.toHaveBeenCalled();
    expect(report).toMatchObject({ status: "compensated", failedStep: "b", completed: ["a"], compensated: ["a"] });
  });

  it("reports the failed step's error unchanged", async () => {
    const failure = new Error("inventory service 503");
    const report = await runSaga([{ name: "only", run: failingRun(failure) }], ctx);
    expect(report).toEqual({ status: "compensated", failedStep: "only", error: failure, completed: [], compensated: [] });
    expect(report.status !== "completed" ? report.error : undefined).toBe(failure);
  });

  it("treats a step that throws synchronously as failed", async () => {
    const compensate = jest.fn(async () => {});
    const report = await runSaga(
      [
        { name: "a", run: async () => "out-a", compensate },
        {
          name: "b",
          run: (): Promise<unknown> => {
            throw new Error("sync");
          },
        },
      ],
      ctx,
    );
    expect(report.status).toBe("compensated");
    expect(compensate).toHaveBeenCalledWith(ctx, "out-a");
  });

  it("compensates one at a time, in reverse, each with its own output", async () => {
    const { events, mark } = timeline();
    const step = (name: string, output: string): SagaStep<Ctx> => ({
      name,
      run: async () => output,
      compensate: async (_c, received) => {
        mark(`undo ${name} (${String(received)})`);
        await sleep(50);
      },
    });
    const report = runSaga([step("a", "A"), step("b", "B"), step("c", "C"), { name: "d", run: failingRun(new Error("d")) }], ctx);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await report).toMatchObject({ status: "compensated", compensated: ["c", "b", "a"] });
    expect(events).toEqual(["0 undo c (C)", "50 undo b (B)", "100 undo a (A)"]);
  });

  it("keeps falsy outputs and hands them to compensate", async () => {
    const received: unknown[] = [];
    await runSaga(
      [
        { name: "zero", run: async () => 0, compensate: async (_c, out) => void received.push(out) },
        { name: "nothing", run: async () => undefined, compensate: async (_c, out) => void received.push(out) },
        { name: "fail", run: failingRun(new Error("x")) },
      ],
      ctx,
    );
    expect(received).toEqual([undefined, 0]);
  });
});

describe("runSaga: compensation retries", () => {
  it("retries with the default policy: 3 attempts, 1000 ms apart", async () => {
    const { events, mark } = timeline();
    let calls = 0;
    const report = runSaga(
      [
        {
          name: "charge",
          run: async () => "ch_1",
          compensate: async () => {
            calls++;
            mark(`refund attempt ${calls}`);
            if (calls < 3) throw new Error("provider busy");
          },
        },
        { name: "ticket", run: failingRun(new Error("down")) },
      ],
      ctx,
    );
    await jest.advanceTimersByTimeAsync(10_000);
    expect(await report).toMatchObject({ status: "compensated", compensated: ["charge"] });
    expect(events).toEqual(["0 refund attempt 1", "1000 refund attempt 2", "2000 refund attempt 3"]);
  });

  it("gives up after the last attempt with its error, then goes on without waiting", async () => {
    const { events, mark } = timeline();
    const errors: Error[] = [];
    const report = runSaga(
      [
        { name: "a", run: async () => "A", compensate: async () => void mark("undo a") },
        {
          name: "b",
          run: async () => "B",
          compensate: async () => {
            mark("undo b");
            const error = new Error(`b attempt ${errors.length + 1}`);
            errors.push(error);
            throw error;
          },
        },
        { name: "c", run: async () => "C", compensate: async () => void mark("undo c") },
        { name: "d", run: failingRun(new Error("d failed")) },
      ],
      ctx,
      { compensationAttempts: 3, compensationRetryDelayMs: 200 },
    );
    await jest.advanceTimersByTimeAsync(10_000);
    const result = await report;
    expect(events).toEqual(["0 undo c", "0 undo b", "200 undo b", "400 undo b", "400 undo a"]);
    expect(result.status).toBe("compensation-failed");
    if (result.status !== "compensation-failed") return;
    expect(result.compensated).toEqual(["c", "a"]);
    expect(result.compensationFailures).toEqual([{ step: "b", error: errors[2] }]);
    expect(result.compensationFailures[0]!.error).toBe(errors[2]);
    expect(result.failedStep).toBe("d");
    expect(result.completed).toEqual(["a", "b", "c"]);
  });

  it("with compensationAttempts 1, does not retry", async () => {
    const compensate = jest.fn(async () => {
      throw new Error("no");
    });
    const report = runSaga(
      [
        { name: "a", run: async () => 1, compensate },
        { name: "b", run: failingRun(new Error("x")) },
      ],
      ctx,
      { compensationAttempts: 1, compensationRetryDelayMs: 100 },
    );
    await jest.advanceTimersByTimeAsync(1_000);
    expect((await report).status).toBe("compensation-failed");
    expect(compensate).toHaveBeenCalledTimes(1);
  });

  it("retries a compensation that throws synchronously", async () => {
    let calls = 0;
    const report = runSaga(
      [
        {
          name: "a",
          run: async () => 1,
          compensate: (): Promise<void> => {
            calls++;
            if (calls === 1) throw new Error("sync failure");
            return Promise.resolve();
          },
        },
        { name: "b", run: failingRun(new Error("x")) },
      ],
      ctx,
      { compensationRetryDelayMs: 10 },
    );
    await jest.advanceTimersByTimeAsync(100);
    expect(await report).toMatchObject({ status: "compensated", compensated: ["a"] });
    expect(calls).toBe(2);
  });

  it("resolves (never rejects) when every compensation fails, listing each failure in order", async () => {
    const alwaysFails = (name: string) => async () => {
      throw new Error(`cannot undo ${name}`);
    };
    const report = runSaga(
      [
        { name: "a", run: async () => 1, compensate: alwaysFails("a") },
        { name: "b", run: async () => 2, compensate: alwaysFails("b") },
        { name: "c", run: failingRun(new Error("c failed")) },
      ],
      ctx,
      { compensationAttempts: 2, compensationRetryDelayMs: 5 },
    );
    await jest.advanceTimersByTimeAsync(100);
    const result = await report;
    expect(result).toMatchObject({ status: "compensation-failed", compensated: [], failedStep: "c" });
    if (result.status !== "compensation-failed") return;
    expect(result.compensationFailures.map((f) => [f.step, (f.error as Error).message])).toEqual([
      ["b", "cannot undo b"],
      ["a", "cannot undo a"],
    ]);
  });
});
