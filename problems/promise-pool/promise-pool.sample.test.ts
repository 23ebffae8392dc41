import { beforeEach, describe, expect, it, jest } from "@jest/globals";
import { runWithConcurrency } from "./solution";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("runWithConcurrency (samples)", () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });

  it("resolves with results in task order", async () => {
    const task = (value: string, ms: number) => async () => {
      await sleep(ms);
      return value;
    };
    const run = runWithConcurrency([task("slow", 300), task("fast", 10), task("medium", 100)], 3);
    await jest.advanceTimersByTimeAsync(300);
    await expect(run).resolves.toEqual(["slow", "fast", "medium"]);
  });

  it("never runs more than `limit` tasks at once", async () => {
    let active = 0;
    let maxActive = 0;
    const tasks = Array.from({ length: 8 }, (_, i) => async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await sleep(50);
      active--;
      return i;
    });
    const run = runWithConcurrency(tasks, 3);
    await jest.advanceTimersByTimeAsync(1000);
    await expect(run).resolves.toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(maxActive).toBe(3);
  });

  it("rejects with the error of a failing task", async () => {
    const tasks = [
      async () => {
        await sleep(10);
        return 1;
      },
      async () => {
        await sleep(20);
        throw new Error("search service unavailable");
      },
    ];
    const assertion = expect(runWithConcurrency(tasks, 2)).rejects.toThrow("search service unavailable");
    await jest.advanceTimersByTimeAsync(100);
    await assertion;
  });
});
