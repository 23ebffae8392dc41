import { describe, expect, it } from "vitest";
import { capturedLogger, sample } from "../observability/fixtures.ts";
import { observeJudgeEvents } from "../observability/judge.ts";
import { createMetrics } from "../observability/metrics.ts";
import { judgeRequest } from "./fixtures.ts";
import { createJudge } from "./index.ts";

const ADD = "export function add(a: number, b: number): number {\n  return a + b;\n}\n";

/** A real pool reporting into real metrics and a real logger: what the server wires up in index.ts. */
describe("an observed judge", () => {
  it("logs why a worker was replaced, and counts it with the verdicts", async () => {
    const { log, lines } = capturedLogger("debug");
    const metrics = createMetrics({ defaultMetrics: false });
    const output: string[] = [];
    const judge = createJudge({ workers: 1, workerMemoryMb: 256, onEvent: observeJudgeEvents(log, metrics), onWorkerOutput: ({ text }) => output.push(text) });
    metrics.watchJudge(judge);
    try {
      const hoarder = await judge.judge(judgeRequest(ADD, `it("hoards", () => { new Array(2e9).fill(0); });`));
      expect(hoarder.verdict).toBe("Memory Limit Exceeded");
      expect((await judge.judge(judgeRequest(ADD, `it("ok", () => {});`))).verdict).toBe("Accepted");
      expect(lines.filter((l) => l.event === "worker_replaced")).toEqual([expect.objectContaining({ level: 40, reason: "memory", msg: "judge worker replaced (memory)" })]);
      expect(lines.filter((l) => l.event === "judged").map((l) => l.verdict)).toEqual(["Memory Limit Exceeded", "Accepted"]);
      const { body } = await metrics.expose();
      expect(sample(body, 'rehearse_judge_worker_restarts_total{reason="memory"}')).toBe(1);
      expect(sample(body, 'rehearse_judge_verdicts_total{verdict="Memory Limit Exceeded"}')).toBe(1);
      expect(sample(body, 'rehearse_judge_verdicts_total{verdict="Accepted"}')).toBe(1);
      expect(sample(body, "rehearse_judge_workers")).toBe(1);
      expect(output.every((line) => line.length <= 301)).toBe(true);
    } finally {
      await judge.close();
    }
  });
});
