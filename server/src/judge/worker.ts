import { calibrateContention } from "./contention.ts";
import { Sandbox, type SandboxRequest } from "./sandbox.ts";
import type { JudgeResult, PlannedTest, TestResult } from "./types.ts";

/**
 * A judge worker process: holds isolated-vm, runs one submission at a time, and streams
 * results to its parent. If anything here crashes or aborts, only this process dies.
 */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "plan"; id: number; tests: PlannedTest[] }
  | { type: "test"; id: number; result: TestResult }
  | { type: "done"; id: number; result: JudgeResult }
  | { type: "failed"; id: number; message: string };

export interface WorkerJob {
  id: number;
  request: SandboxRequest;
  /** Send each test's result as it finishes (costs a message per test). */
  stream: boolean;
}

const sandbox = new Sandbox();
const send = (m: WorkerMessage) => process.send?.(m);

process.on("message", (job: WorkerJob) => {
  try {
    const onTest = job.stream ? (r: TestResult) => send({ type: "test", id: job.id, result: r }) : undefined;
    const result = sandbox.run(job.request, onTest, (tests) => send({ type: "plan", id: job.id, tests }));
    send({ type: "done", id: job.id, result });
  } catch (error) {
    sandbox.discard();
    send({ type: "failed", id: job.id, message: error instanceof Error ? error.message : String(error) });
  }
  // Prepare the next context while the parent reads this result.
  setImmediate(() => sandbox.warm(job.request.limits.memoryMb));
});
process.on("disconnect", () => process.exit(0));
calibrateContention();
sandbox.warm(64);
send({ type: "ready" });
