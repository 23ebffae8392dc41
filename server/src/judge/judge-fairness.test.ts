import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LimitExceededError } from "../lib/errors.ts";
import { judgeRequest } from "./fixtures.ts";
import { createJudge } from "./index.ts";
import type { JudgeOptions, JudgeResult } from "./types.ts";

/**
 * The judge shared fairly, on real workers: one worker, so the queue's order is the order of
 * verdicts. A CPU-burning submission takes a few hundred milliseconds; the audit's flood of
 * eight made an honest submission wait 18.9 s behind them.
 */
const MAX_PER_CLIENT = 3;
const judge = createJudge({ workers: 1, maxQueue: 16, maxPerClient: MAX_PER_CLIENT });
afterAll(() => judge.close());

const ADD = "export function add(a: number, b: number): number {\n  return a + b;\n}\n";
const BURNER = judgeRequest(ADD, `it("burns", () => { let x = 0; for (let i = 0; i < 1e8; i++) x += i; expect(x).toBeGreaterThan(0); });`);
const HONEST = judgeRequest(ADD, `import { add } from "./solution";\nit("adds", () => { expect(add(1, 1)).toBe(2); });`);

/** Sends every job at once and lists them in the order their verdicts came back. */
async function finishingOrder(jobs: [name: string, request: typeof HONEST, options: JudgeOptions][]): Promise<string[]> {
  const order: string[] = [];
  const results = await Promise.all(
    jobs.map(([name, request, options]) =>
      judge.judge(request, options).then((result: JudgeResult) => {
        order.push(name);
        return result;
      }),
    ),
  );
  expect(results.map((r) => r.verdict)).toEqual(jobs.map(() => "Accepted"));
  return order;
}

// A first job boots the worker, so every measured job finds it ready.
beforeAll(async () => {
  expect((await judge.judge(HONEST)).verdict).toBe("Accepted");
}, 60_000);

describe("a client flooding the judge", () => {
  it(`may have ${MAX_PER_CLIENT} submissions waiting or running; the next is refused with a time to retry`, async () => {
    const flood = Array.from({ length: MAX_PER_CLIENT }, () => judge.judge(BURNER, { client: "address:flooder" }));
    const refused = judge.judge(BURNER, { client: "address:flooder" });
    await expect(refused).rejects.toBeInstanceOf(LimitExceededError);
    await refused.catch((error: LimitExceededError) => expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1));
    // Another client, and the server's own work, are not held back by the flooder's cap.
    const others = [judge.judge(HONEST, { client: "address:honest" }), judge.judge(HONEST)];
    expect((await Promise.all([...flood, ...others])).map((r) => r.verdict)).toEqual(Array(MAX_PER_CLIENT + 2).fill("Accepted"));
    // Its jobs done, the flooder may send again.
    expect((await judge.judge(HONEST, { client: "address:flooder" })).verdict).toBe("Accepted");
  }, 60_000);

  it("delays another client's submission by one of its jobs, not by all of them", async () => {
    const order = await finishingOrder([
      ["flood 1", BURNER, { client: "address:flooder" }],
      ["flood 2", BURNER, { client: "address:flooder" }],
      ["flood 3", BURNER, { client: "address:flooder" }],
      ["honest", HONEST, { client: "address:honest" }],
    ]);
    expect(order).toEqual(["flood 1", "honest", "flood 2", "flood 3"]);
  }, 60_000);
});

describe("a timed attempt", () => {
  it("goes before the practice submissions already waiting, whoever sent them", async () => {
    const order = await finishingOrder([
      ["practice 1", BURNER, { client: "address:one" }],
      ["practice 2", BURNER, { client: "address:two" }],
      ["practice 3", BURNER, { client: "address:three" }],
      ["attempt", HONEST, { client: "user:candidate", priority: "attempt" }],
    ]);
    expect(order).toEqual(["practice 1", "attempt", "practice 2", "practice 3"]);
  }, 60_000);

  it("is taken when the queue is too full for practice", async () => {
    const full = createJudge({ workers: 1, maxQueue: 0 });
    try {
      const running = full.judge(BURNER);
      await expect(full.judge(HONEST, { client: "address:late" })).rejects.toBeInstanceOf(LimitExceededError);
      const attempt = full.judge(HONEST, { client: "user:candidate", priority: "attempt" });
      expect((await Promise.all([running, attempt])).map((r) => r.verdict)).toEqual(["Accepted", "Accepted"]);
    } finally {
      await full.close();
    }
  }, 60_000);
});
