import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { LimitExceededError } from "../lib/errors.ts";
import { JEST_IMPORTS, judgeRequest, testFile } from "./fixtures.ts";
import { createJudge } from "./index.ts";
import { resolveLimits } from "./limits.ts";
import { WorkerPool } from "./pool.ts";
import { residentMemoryMb } from "./resident-memory.ts";

/** Limits and the worker pool: time, memory, a full queue, a worker killed mid-run, streaming. */
const judge = createJudge({ workers: 2, maxQueue: 16 });
afterAll(() => judge.close());

const ADD = "export function add(a: number, b: number): number {\n  return a + b;\n}\n";
const statuses = (r: { tests: { name: string; status: string }[] }) => Object.fromEntries(r.tests.map((t) => [t.name, t.status]));
const HONEST = `import { add } from "./solution";\nit("ok", () => { expect(add(1, 1)).toBe(2); });`;

/** This process's children: the judge's workers (Linux, which the judge's memory watch needs). */
function childPids(): Set<number> {
  const pids = new Set<number>();
  for (const task of readdirSync(`/proc/${process.pid}/task`)) {
    const listed = readFileSync(`/proc/${process.pid}/task/${task}/children`, "utf8").trim();
    for (const pid of listed ? listed.split(/\s+/) : []) pids.add(Number(pid));
  }
  return pids;
}

describe("limits", () => {
  it("stops a test that loops past testTimeMs with Time Limit Exceeded", async () => {
    const t0 = performance.now();
    const result = await judge.judge(
      judgeRequest(ADD, `it("fast", () => {});\nit("loops", () => { for (;;) {} });\nit("after", () => {});`, { limits: { testTimeMs: 200 } }),
    );
    // Stopped by its 200 ms test limit, not by the 12 s watchdog (room left for a cold, busy worker).
    expect(performance.now() - t0).toBeLessThan(9_000);
    expect(statuses(result)).toEqual({ fast: "passed", loops: "timeout", after: "skipped" });
    expect(result.verdict).toBe("Time Limit Exceeded");
    expect(result.message).toBe('Time Limit Exceeded on test "loops"');
  });

  it("gives Memory Limit Exceeded when the sandbox runs out of memory, and keeps judging", async () => {
    const result = await judge.judge(
      judgeRequest(ADD, `it("hoards", () => { const a: number[][] = []; for (;;) a.push(new Array(100_000).fill(1)); });`, { limits: { memoryMb: 32 } }),
    );
    expect(result.verdict).toBe("Memory Limit Exceeded");
    const next = await judge.judge(judgeRequest(ADD, `import { add } from "./solution";\nit("ok", () => { expect(add(1, 1)).toBe(2); });`, { limits: { memoryMb: 32 } }));
    expect(next.verdict).toBe("Accepted");
  });
});

describe("the worker pool", () => {
  it("keeps a place for a client refused for a full queue that comes back when told, and not for a newcomer", async () => {
    let now = 0;
    const small = createJudge({ workers: 1, maxQueue: 1, clock: () => now });
    const slowly = judgeRequest(ADD, `it("slow", async () => { for (let i = 0; i < 3e7; i++); });`);
    const quick = judgeRequest(ADD, HONEST);
    try {
      const running = small.judge(slowly, { client: "hog" });
      const queued = small.judge(quick, { client: "other" });
      const refusal = (client: string) =>
        small.judge(quick, { client }).then(
          () => expect.fail(`${client} was admitted`),
          (error: unknown) => error as LimitExceededError,
        );
      const refused = await refusal("ana");
      expect(refused).toBeInstanceOf(LimitExceededError);
      // Coming back early is refused again, with the time still to wait.
      now += 500;
      const early = await refusal("ana");
      expect(early).toBeInstanceOf(LimitExceededError);
      expect(early.retryAfterSeconds).toBeLessThanOrEqual(refused.retryAfterSeconds);
      now += refused.retryAfterSeconds * 1000;
      const back = small.judge(quick, { client: "ana" });
      const newcomer = await refusal("zed");
      expect(newcomer).toBeInstanceOf(LimitExceededError);
      // The place kept for ana counts as work ahead of the newcomer.
      expect(newcomer.retryAfterSeconds).toBeGreaterThanOrEqual(refused.retryAfterSeconds);
      expect((await Promise.all([running, queued, back])).map((r) => r.verdict)).toEqual(["Accepted", "Accepted", "Accepted"]);
    } finally {
      await small.close();
    }
  });

  it("rejects a submission with LimitExceededError when every worker is busy and the queue is full", async () => {
    const small = createJudge({ workers: 1, maxQueue: 0 });
    try {
      const slow = small.judge(judgeRequest(ADD, `it("slow", async () => { for (let i = 0; i < 3e7; i++); });`));
      const second = small.judge(judgeRequest(ADD, `it("x", () => {});`));
      await expect(second).rejects.toBeInstanceOf(LimitExceededError);
      await second.catch((error: unknown) => {
        expect((error as LimitExceededError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
        expect((error as LimitExceededError).code).toBe("limit_exceeded");
      });
      expect((await slow).verdict).toBe("Accepted");
      expect((await small.judge(judgeRequest(ADD, `it("x", () => {});`))).verdict).toBe("Accepted");
    } finally {
      await small.close();
    }
  });

  it("says when it takes a job (not when it refuses one), and drains: false while work runs past the timeout, true once it is done", async () => {
    const small = createJudge({ workers: 1, maxQueue: 0 });
    try {
      const accepted: string[] = [];
      const slow = small.judge(judgeRequest(ADD, `it("slow", async () => { for (let i = 0; i < 3e7; i++); });`), { onAccepted: () => accepted.push("slow") });
      const refused = small.judge(judgeRequest(ADD, `it("x", () => {});`), { onAccepted: () => accepted.push("refused") });
      await expect(refused).rejects.toBeInstanceOf(LimitExceededError);
      expect(accepted).toEqual(["slow"]);
      expect(await small.drain(1)).toBe(false);
      expect(await small.drain(60_000)).toBe(true);
      expect((await slow).verdict).toBe("Accepted");
      expect(await small.drain(1)).toBe(true);
      expect(small.retryAfterSeconds()).toBeGreaterThanOrEqual(1);
    } finally {
      await small.close();
    }
  });

  it("gives a verdict when a worker stuck past its limit is killed, and judges the next submission", async () => {
    // Filling a 2^31-element array is one uninterruptible builtin: only the pool can stop it,
    // by its memory ceiling (the array grows the worker) or by its watchdog, whichever is first.
    const stuck = judge.judge(
      judgeRequest(ADD, `it("stuck", () => { new Array(2 ** 31 - 1).fill(0); });`, { limits: { submissionTimeMs: 500, testTimeMs: 300 } }),
    );
    const meanwhile = judge.judge(judgeRequest(ADD, `it("meanwhile", () => {});`));
    const result = await stuck;
    expect(["Time Limit Exceeded", "Memory Limit Exceeded"]).toContain(result.verdict);
    expect(result.tests.at(-1)).toMatchObject({ name: "stuck" });
    expect((await meanwhile).verdict).toBe("Accepted");
    const after = await judge.judge(judgeRequest(ADD, `import { add } from "./solution";\nit("after", () => { expect(add(2, 3)).toBe(5); });`));
    expect(after.verdict).toBe("Accepted");
    expect(judge.stats()).toMatchObject({ workers: 2, busy: 0, queued: 0 });
  });

  it("streams each test's result as it finishes, in order", async () => {
    const seen: string[] = [];
    const result = await judge.judge(judgeRequest(ADD, `it("a", () => {});\nit("b", () => { expect(1).toBe(2); });`), {
      onTest: (t) => seen.push(`${t.index}:${t.name}:${t.status}`),
    });
    expect(seen).toEqual(["0:a:passed", "1:b:failed"]);
    expect(result.tests.map((t) => `${t.index}:${t.name}:${t.status}`)).toEqual(seen);
  });

  it("keeps hidden and sample visibility per test file", async () => {
    const result = await judge.judge(
      judgeRequest(ADD, [testFile(`${JEST_IMPORTS}it("s", () => {});`, "s.sample.test.ts", "sample"), testFile(`${JEST_IMPORTS}it("h", () => {});`, "h.test.ts", "hidden")]),
    );
    expect(result.tests.map((t) => [t.name, t.file, t.visibility])).toEqual([
      ["s", "s.sample.test.ts", "sample"],
      ["h", "h.test.ts", "hidden"],
    ]);
  });
});

describe("a worker's memory ceiling", () => {
  it("gives Memory Limit Exceeded at once when a submission pushes its worker past its ceiling, and judges the next", async () => {
    // Filling a 2e9-slot array outgrows a 64 MB sandbox without the sandbox noticing: measured
    // here, it grows the worker ~100 MB/s from ~100 MB, and only the 12 s watchdog stopped it.
    const small = createJudge({ workers: 1, workerMemoryMb: 256 });
    try {
      const t0 = performance.now();
      const result = await small.judge(judgeRequest(ADD, `it("hoards", () => { new Array(2e9).fill(0); });`));
      expect(result.verdict).toBe("Memory Limit Exceeded");
      expect(result.tests.at(-1)).toMatchObject({ name: "hoards", status: "memory" });
      expect(result.tests.at(-1)?.message).toMatch(/past its memory ceiling \(256 MB\)/);
      // The memory watch stopped it, long before the watchdog (10 s limit + 2 s grace) would have.
      expect(performance.now() - t0).toBeLessThan(8_000);
      expect((await small.judge(judgeRequest(ADD, HONEST))).verdict).toBe("Accepted");
    } finally {
      await small.close();
    }
  });

  it("replaces an idle worker that still holds more than its ceiling before it takes the next job", async () => {
    // No polling while the job runs: only the check between jobs can catch the memory it left.
    const before = childPids();
    const pool = new WorkerPool({ size: 1, maxQueue: 4, memoryCeilingMb: 256, memoryPollMs: 3_600_000 });
    const request = (tests: string) => ({ ...judgeRequest(ADD, tests), modules: [], limits: resolveLimits({ memoryMb: 512 }) });
    try {
      const hoarder = pool.run(request(`it("keeps", () => { const a: number[][] = []; for (let i = 0; i < 30; i++) a.push(new Array(1e6).fill(1.5)); expect(a.length).toBe(30); });`));
      const [first] = [...childPids()].filter((pid) => !before.has(pid));
      expect((await hoarder).verdict).toBe("Accepted");
      const next = await pool.run(request(HONEST));
      expect(next.verdict).toBe("Accepted");
      const [second] = [...childPids()].filter((pid) => !before.has(pid));
      expect(first).toBeDefined();
      expect(second).not.toBe(first);
      expect(residentMemoryMb(second)).toBeLessThan(256);
    } finally {
      await pool.close();
    }
  });

});

describe("values copied out of the isolate", () => {
  it("still copies a real error out and diffs it: lockdown's name accessor on Error.prototype is trusted, not refused", async () => {
    const result = await judge.judge(judgeRequest(ADD, `it("errs", () => { expect([new RangeError("boom")]).toEqual([new RangeError("bam")]); });`));
    expect(result.verdict).toBe("Wrong Answer");
    // Only a value copied to the worker gets a diff; one left in the isolate is only printed.
    expect(result.tests[0]?.diff).toContain("+   [RangeError: boom],");
  });

  it("keeps a fake Error holding gigabytes of copies from reaching the worker: the isolate's reading decides", async () => {
    // 100 KB in the isolate, ~800 MB once copied: a tag of "Error" once exempted it from the copy budget.
    const solution = `export function report(): unknown {
  const page = "x".repeat(8192);
  return { [Symbol.toStringTag]: "Error", name: "Error", message: "boom", pages: new Array(100_000).fill(page) };
}
`;
    const small = createJudge({ workers: 1, workerMemoryMb: 384 });
    try {
      const result = await small.judge(judgeRequest(solution, `import { report } from "./solution";\nit("reports", () => { expect(report()).toEqual({ message: "boom" }); });`));
      // Wrong Answer, not Memory Limit Exceeded: the value was never copied out of the isolate.
      expect(statuses(result)).toEqual({ reports: "failed" });
      expect(result.verdict).toBe("Wrong Answer");
      expect((await small.judge(judgeRequest(ADD, HONEST))).verdict).toBe("Accepted");
    } finally {
      await small.close();
    }
  });
});
