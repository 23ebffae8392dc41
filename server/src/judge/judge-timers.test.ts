import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleLines, judgeRequest, testNamed } from "./fixtures.ts";
import { createJudge } from "./index.ts";
import type { JudgeResult } from "./types.ts";

/** The virtual clock and console capture, judged end to end. */
const judge = createJudge({ workers: 1, maxQueue: 8 });
afterAll(() => judge.close());

const DEBOUNCE = `
export function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => { timer = undefined; fn(...args); }, waitMs);
  };
}
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
`;

/** Calls at once and then ignores calls for the wait: a throttle, not a debounce. */
const LEADING_EDGE = `
export function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number): (...args: A) => void {
  let last = -Infinity;
  return (...args: A) => {
    const now = Date.now();
    if (now - last >= waitMs) { last = now; fn(...args); }
  };
}
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
`;

const DEBOUNCE_TESTS = `import { debounce } from "./solution";
describe("debounce", () => {
  beforeEach(() => { jest.useFakeTimers(); });
  it("calls once, with the last arguments, after the wait", () => {
    const fn = jest.fn();
    const d = debounce(fn, 100);
    d(1); d(2);
    jest.advanceTimersByTime(50);
    d(3);
    jest.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith(3);
  });
  it("calls again after a quiet period", () => {
    const fn = jest.fn();
    const d = debounce(fn, 100);
    d("a");
    jest.runAllTimers();
    d("b");
    jest.runAllTimers();
    expect(fn.mock.calls).toEqual([["a"], ["b"]]);
  });
});
`;

describe("virtual timers", () => {
  let result: JudgeResult;
  let wallMs: number;
  beforeAll(async () => {
    const code = `import { sleep } from "./solution";
describe("clock", () => {
  beforeEach(() => { jest.useFakeTimers(); });
  it("advanceTimersByTime fires due timers only", () => {
    const fired: number[] = [];
    setTimeout(() => fired.push(1000), 1000);
    setTimeout(() => fired.push(2000), 2000);
    jest.advanceTimersByTime(1500);
    expect(fired).toEqual([1000]);
    jest.advanceTimersByTime(500);
    expect(fired).toEqual([1000, 2000]);
  });
  it("runAllTimers runs timers scheduled by timers", () => {
    const fired: string[] = [];
    setTimeout(() => { fired.push("outer"); setTimeout(() => fired.push("inner"), 10); }, 10);
    jest.runAllTimers();
    expect(fired).toEqual(["outer", "inner"]);
    expect(jest.getTimerCount()).toBe(0);
  });
  it("runOnlyPendingTimers leaves timers scheduled while running", () => {
    let ticks = 0;
    const tick = () => { ticks++; setTimeout(tick, 100); };
    setTimeout(tick, 100);
    jest.runOnlyPendingTimers();
    expect(ticks).toBe(1);
    expect(jest.getTimerCount()).toBe(1);
  });
  it("setInterval repeats until cleared", () => {
    let n = 0;
    const id = setInterval(() => { n++; if (n === 3) clearInterval(id); }, 10);
    jest.advanceTimersByTime(1000);
    expect(n).toBe(3);
  });
  it("advanceTimersByTimeAsync lets promises settle between timers", async () => {
    const seen: string[] = [];
    (async () => { await sleep(100); seen.push("first"); await sleep(100); seen.push("second"); })();
    await jest.advanceTimersByTimeAsync(150);
    expect(seen).toEqual(["first"]);
    await jest.advanceTimersByTimeAsync(50);
    expect(seen).toEqual(["first", "second"]);
  });
  it("setSystemTime moves Date.now and new Date", () => {
    jest.setSystemTime(new Date("2030-05-01T00:00:00Z"));
    expect(Date.now()).toBe(Date.UTC(2030, 4, 1));
    expect(new Date().toISOString()).toBe("2030-05-01T00:00:00.000Z");
    jest.advanceTimersByTime(1000);
    expect(Date.now()).toBe(Date.UTC(2030, 4, 1) + 1000);
    expect(new Date() instanceof Date).toBe(true);
  });
});
describe("real-looking time", () => {
  it("await sleep(5000) completes at once on the virtual clock", async () => {
    const before = Date.now();
    const t0 = performance.now();
    await sleep(5000);
    expect(Date.now() - before).toBe(5000);
    expect(performance.now() - t0).toBe(5000);
  });
  it("orders timers by due time, then by creation", async () => {
    const order: string[] = [];
    setTimeout(() => order.push("b"), 20);
    setTimeout(() => order.push("a"), 10);
    setTimeout(() => order.push("c"), 20);
    setImmediate(() => order.push("now"));
    await sleep(30);
    expect(order).toEqual(["now", "a", "b", "c"]);
  });
});
`;
    // Worker start-up is not what this measures.
    await judge.judge(judgeRequest(DEBOUNCE, `it("warm", () => {});`));
    const t0 = performance.now();
    result = await judge.judge(judgeRequest(DEBOUNCE, code));
    wallMs = performance.now() - t0;
  });

  it.each([
    "clock > advanceTimersByTime fires due timers only",
    "clock > runAllTimers runs timers scheduled by timers",
    "clock > runOnlyPendingTimers leaves timers scheduled while running",
    "clock > setInterval repeats until cleared",
    "clock > advanceTimersByTimeAsync lets promises settle between timers",
    "clock > setSystemTime moves Date.now and new Date",
    "real-looking time > orders timers by due time, then by creation",
  ])("%s", (name) => {
    const t = testNamed(result, name);
    expect(t.message).toBeUndefined();
    expect(t.status).toBe("passed");
  });

  it("runs await sleep(5000) in far less than 5 seconds of wall time", () => {
    const t = testNamed(result, "real-looking time > await sleep(5000) completes at once on the virtual clock");
    expect(t.status).toBe("passed");
    expect(t.durationMs).toBeLessThan(1000);
    expect(wallMs).toBeLessThan(4000);
  });

  it("gives the same outcome on every run", async () => {
    const again = await judge.judge(judgeRequest(DEBOUNCE, `import { sleep } from "./solution";
it("sleeps", async () => { const t = Date.now(); await sleep(5000); expect(Date.now() - t).toBe(5000); console.log(new Date().toISOString()); });
`));
    const once = await judge.judge(judgeRequest(DEBOUNCE, `import { sleep } from "./solution";
it("sleeps", async () => { const t = Date.now(); await sleep(5000); expect(Date.now() - t).toBe(5000); console.log(new Date().toISOString()); });
`));
    expect(again.verdict).toBe("Accepted");
    expect(consoleLines(again)).toEqual(consoleLines(once));
    expect(consoleLines(once)).toEqual(["2025-01-01T00:00:05.000Z"]);
  });
});

describe("a debounce problem", () => {
  it("accepts a correct debounce", async () => {
    const result = await judge.judge(judgeRequest(DEBOUNCE, DEBOUNCE_TESTS));
    expect(result.tests.map((t) => t.status)).toEqual(["passed", "passed"]);
    expect(result.verdict).toBe("Accepted");
  });

  it("rejects a throttle passed off as a debounce", async () => {
    const result = await judge.judge(judgeRequest(LEADING_EDGE, DEBOUNCE_TESTS));
    expect(result.verdict).toBe("Wrong Answer");
    expect(result.message).toBe('Wrong Answer on test "debounce > calls once, with the last arguments, after the wait"');
    expect(testNamed(result, "debounce > calls once, with the last arguments, after the wait").message).toContain("not.toHaveBeenCalled");
  });

  it("fails a test that waits on a timer that is never due as a time-out, not a hang", async () => {
    const result = await judge.judge(
      judgeRequest(DEBOUNCE, `it("waits forever", async () => { await new Promise(() => {}); });\nit("still runs", () => { expect(1).toBe(1); });`),
    );
    expect(testNamed(result, "waits forever").status).toBe("timeout");
    expect(testNamed(result, "still runs").status).toBe("passed");
    expect(result.verdict).toBe("Time Limit Exceeded");
  });
});

describe("console capture", () => {
  it("keeps each test's output with that test, formatted as console.log does", async () => {
    const result = await judge.judge(
      judgeRequest(
        DEBOUNCE,
        `it("one", () => { console.log("hello", 42, [1, 2], { a: [3] }); console.error(new Error("boom")); });
it("two", () => { console.warn(new Map([["k", 1]]), new Set([1]), null, undefined, -0, 10n); });
it("three", () => { expect(1).toBe(1); });
`,
      ),
    );
    expect(testNamed(result, "one").console).toEqual([
      { level: "log", text: 'hello 42 [1, 2] {"a": [3]}' },
      { level: "error", text: "[Error: boom]" },
    ]);
    expect(testNamed(result, "two").console).toEqual([{ level: "warn", text: 'Map {"k" => 1} Set {1} null undefined -0 10n' }]);
    expect(testNamed(result, "three").console).toEqual([]);
  });

  it("cuts one very long line", async () => {
    const result = await judge.judge(judgeRequest(DEBOUNCE, `it("long", () => { console.log("x".repeat(100_000)); });`));
    const [entry] = testNamed(result, "long").console;
    expect(entry?.text.length).toBeGreaterThan(1_000);
    expect(entry?.text.length).toBeLessThanOrEqual(8_193);
    expect(result.verdict).toBe("Accepted");
  });

  it("stops a run whose output passes the limit with Output Limit Exceeded", async () => {
    const result = await judge.judge(
      judgeRequest(DEBOUNCE, `it("quiet", () => { console.log("ok"); });\nit("chatty", () => { for (;;) console.log("spam spam spam"); });\nit("after", () => {});`, {
        limits: { consoleBytes: 4_096 },
      }),
    );
    expect(testNamed(result, "quiet").status).toBe("passed");
    expect(testNamed(result, "chatty").status).toBe("output");
    const kept = consoleLines(result).join("").length;
    expect(kept).toBeLessThanOrEqual(4_096);
    expect(testNamed(result, "after").status).toBe("skipped");
    expect(result.verdict).toBe("Output Limit Exceeded");
    expect(result.message).toBe('Output Limit Exceeded on test "chatty"');
  });
});
