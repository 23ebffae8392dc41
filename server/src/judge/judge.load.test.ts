import { availableParallelism } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { judgeRequest } from "./fixtures.ts";
import { createJudge } from "./index.ts";
import type { JudgeRequest } from "./types.ts";

/**
 * Verdicts do not depend on load: time limits are decided on the isolate's CPU time. Eight
 * CPU-heavy submissions at once, on a judge with a worker per core (the default), get the
 * verdicts each gets alone: a solution at ~60% of its limit is Accepted, one at ~400% is not (contention excuses at most 2x: see contention.ts).
 * (Workers beyond the cores are not load-proof: thread CPU time grows with contention, cache
 * misses and a virtual machine's steal time, ~1.8x measured at four workers a core.)
 */
const WORKERS = availableParallelism();
const SUBMISSIONS = 8;
const judge = createJudge({ workers: WORKERS, maxQueue: 32 });
afterAll(() => judge.close());

const SPIN = "export function spin(turns: number): number { let x = 0; for (let i = 0; i < turns; i++) x = (x + i * 7) % 1_000_003; return x; }\n";
const TURNS = 30_000_000;

function request(limitMs: number): JudgeRequest {
  return judgeRequest(SPIN, `import { spin } from "./solution";\nit("heavy", () => { expect(spin(${TURNS})).toBeGreaterThanOrEqual(0); });\n`, {
    limits: { testTimeMs: limitMs, cpuTimeMs: 30_000, submissionTimeMs: 60_000 },
  });
}

describe("verdicts under load", () => {
  it(`are the same alone and with ${SUBMISSIONS} heavy submissions at once on ${WORKERS} cores`, async () => {
    // The work's CPU time alone, measured here: the limits below are shares of it.
    // The median of three, so one unlucky run does not set the limits.
    const runs = [await judge.judge(request(10_000)), await judge.judge(request(10_000)), await judge.judge(request(10_000))];
    const times = runs.map((r) => r.tests[0]!.durationMs).sort((a, b) => a - b);
    const cpuMs = times[1]!;
    expect(cpuMs).toBeGreaterThan(20);

    const fits = Math.ceil(cpuMs / 0.6);
    const tooSlow = Math.floor(times[0]! / 4);
    expect((await judge.judge(request(fits))).verdict).toBe("Accepted");
    expect((await judge.judge(request(tooSlow))).verdict).toBe("Time Limit Exceeded");

    const loaded = await Promise.all(Array.from({ length: SUBMISSIONS }, (_, i) => judge.judge(request(i % 2 === 0 ? fits : tooSlow))));
    expect(loaded.map((r) => r.verdict)).toEqual(Array.from({ length: SUBMISSIONS }, (_, i) => (i % 2 === 0 ? "Accepted" : "Time Limit Exceeded")));
  });
});
