import { beforeEach, describe, expect, it, jest } from "@jest/globals";
import { runWithConcurrency } from "./solution";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Tasks that record when they started (relative to the test's start) and how many ran at once. */
function harness() {
  const t0 = Date.now();
  const starts: Record<string, number> = {};
  let active = 0;
  let maxActive = 0;
  const task =
    <T>(name: string, ms: number, outcome: { value: T } | { error: Error }) =>
    async (): Promise<T> => {
      starts[name] = Date.now() - t0;
      active++;
      maxActive = Math.max(maxActive, active);
      try {
        await sleep(ms);
        if ("error" in outcome) throw outcome.error;
        return outcome.value;
      } finally {
        active--;
      }
    };
  return {
    starts,
    maxActive: () => maxActive,
    ok: <T>(name: string, ms: number, value: T) => task(name, ms, { value }),
    fail: (name: string, ms: number, message: string) => task<never>(name, ms, { error: new Error(message) }),
    elapsed: () => Date.now() - t0,
  };
}

beforeEach(() => {
  jest.useFakeTimers();
});

describe("runWithConcurrency: scheduling", () => {
  it("starts the next task as soon as any running task settles (no batching)", async () => {
    const h = harness();
    let finishedAt = -1;
    const run = runWithConcurrency([h.ok("a", 300, "a"), h.ok("b", 100, "b"), h.ok("c", 100, "c"), h.ok("d", 100, "d")], 2).then(
      (results) => {
        finishedAt = h.elapsed();
        return results;
      },
    );
    await jest.advanceTimersByTimeAsync(1000);
    await expect(run).resolves.toEqual(["a", "b", "c", "d"]);
    expect(h.starts).toEqual({ a: 0, b: 0, c: 100, d: 200 });
    expect(finishedAt).toBe(300);
  });

  it("runs tasks one after another with limit 1", async () => {
    const h = harness();
    const run = runWithConcurrency([h.ok("a", 30, 1), h.ok("b", 20, 2), h.ok("c", 10, 3)], 1);
    await jest.advanceTimersByTimeAsync(100);
    await expect(run).resolves.toEqual([1, 2, 3]);
    expect(h.starts).toEqual({ a: 0, b: 30, c: 50 });
    expect(h.maxActive()).toBe(1);
  });

  it("starts everything at once when limit exceeds the number of tasks", async () => {
    const h = harness();
    const run = runWithConcurrency([h.ok("a", 30, 1), h.ok("b", 20, 2), h.ok("c", 10, 3)], 10);
    await jest.advanceTimersByTimeAsync(100);
    await expect(run).resolves.toEqual([1, 2, 3]);
    expect(h.starts).toEqual({ a: 0, b: 0, c: 0 });
  });

  it("treats Infinity as no limit", async () => {
    const h = harness();
    const tasks = Array.from({ length: 50 }, (_, i) => h.ok(`t${i}`, 10 + (i % 7), i));
    const run = runWithConcurrency(tasks, Number.POSITIVE_INFINITY);
    await jest.advanceTimersByTimeAsync(100);
    await expect(run).resolves.toHaveLength(50);
    expect(h.maxActive()).toBe(50);
  });

  it("keeps exactly `limit` tasks busy while work remains", async () => {
    const h = harness();
    const durations = [70, 10, 40, 90, 20, 20, 60, 10, 30, 50, 80, 10, 40, 20, 30, 90, 10, 60, 20, 40];
    const tasks = durations.map((ms, i) => h.ok(`t${i}`, ms, i * 10));
    const run = runWithConcurrency(tasks, 4);
    await jest.advanceTimersByTimeAsync(2000);
    await expect(run).resolves.toEqual(durations.map((_, i) => i * 10));
    expect(h.maxActive()).toBe(4);
    // Greedy list scheduling on 4 lanes: the last task starts at 170 ms, all done at 210 ms.
    expect(h.starts.t19).toBe(170);
    expect(h.starts.t15).toBe(120);
  });

  it("does not resolve before the last task has finished", async () => {
    const h = harness();
    let settled = false;
    const run = runWithConcurrency([h.ok("a", 100, "a"), h.ok("b", 250, "b")], 2).finally(() => {
      settled = true;
    });
    await jest.advanceTimersByTimeAsync(249);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await expect(run).resolves.toEqual(["a", "b"]);
  });

  it("calls each task exactly once", async () => {
    const tasks = Array.from({ length: 10 }, (_, i) => jest.fn(async () => {
      await sleep(5);
      return i;
    }));
    const run = runWithConcurrency(tasks, 3);
    await jest.advanceTimersByTimeAsync(100);
    await expect(run).resolves.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const task of tasks) expect(task).toHaveBeenCalledTimes(1);
  });
});

describe("runWithConcurrency: results", () => {
  it("resolves to [] for no tasks", async () => {
    await expect(runWithConcurrency([], 3)).resolves.toEqual([]);
  });

  it("keeps falsy results in place", async () => {
    const h = harness();
    const run = runWithConcurrency<unknown>([h.ok("a", 5, 0), h.ok("b", 1, undefined), h.ok("c", 3, ""), h.ok("d", 2, false), h.ok("e", 4, null)], 2);
    await jest.advanceTimersByTimeAsync(100);
    await expect(run).resolves.toStrictEqual([0, undefined, "", false, null]);
  });

  it("handles 10,000 tasks that are already resolved", async () => {
    const tasks = Array.from({ length: 10_000 }, (_, i) => () => Promise.resolve(i));
    const results = await runWithConcurrency(tasks, 8);
    expect(results).toHaveLength(10_000);
    expect(results[0]).toBe(0);
    expect(results[9_999]).toBe(9_999);
    expect(results.every((value, i) => value === i)).toBe(true);
  });
});

describe("runWithConcurrency: failures", () => {
  it("rejects on the first failure and starts no further tasks", async () => {
    const h = harness();
    const c = jest.fn(async () => "c");
    const d = jest.fn(async () => "d");
    const run = runWithConcurrency<string>([h.ok("a", 100, "a"), h.fail("b", 50, "boom"), c, d], 2);
    const assertion = expect(run).rejects.toThrow("boom");
    await jest.advanceTimersByTimeAsync(500);
    await assertion;
    expect(c).toHaveBeenCalledTimes(0);
    expect(d).toHaveBeenCalledTimes(0);
    expect(h.starts).toEqual({ a: 0, b: 0 });
  });

  it("rejects with the FIRST error when several tasks fail", async () => {
    const h = harness();
    const run = runWithConcurrency([h.fail("a", 80, "second"), h.fail("b", 30, "first"), h.ok("c", 10, "c")], 2);
    const assertion = expect(run).rejects.toThrow("first");
    await jest.advanceTimersByTimeAsync(500);
    await assertion;
    expect(h.starts).toEqual({ a: 0, b: 0 });
  });

  it("treats a task that throws synchronously as a failure", async () => {
    const later = jest.fn(async () => 2);
    const throwsNow = (): Promise<number> => {
      throw new Error("bad task");
    };
    const assertion = expect(runWithConcurrency([throwsNow, later], 1)).rejects.toThrow("bad task");
    await jest.advanceTimersByTimeAsync(100);
    await assertion;
    expect(later).toHaveBeenCalledTimes(0);
  });

  it.each([0, -2, 1.5, Number.NaN])("rejects limit %p with a RangeError, starting nothing", async (limit) => {
    const task = jest.fn(async () => 1);
    await expect(runWithConcurrency([task], limit)).rejects.toThrow(RangeError);
    expect(task).toHaveBeenCalledTimes(0);
  });
});
