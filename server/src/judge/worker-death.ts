import { summarize } from "./outcome.ts";
import type { JudgeResult, PlannedTest, TestResult } from "./types.ts";

/** Why the pool killed a worker, if it did: the job's verdict says so, not "the sandbox crashed". */
export type WorkerStop = "time" | "memory" | undefined;

export type StopOutcome = Pick<TestResult, "status" | "message">;

/** What a worker's death means for the job it was running. */
export function describeWorkerExit(stopped: WorkerStop, code: number | null, signal: NodeJS.Signals | null, memoryCeilingMb: number): StopOutcome {
  if (stopped === "memory") {
    return { status: "memory", message: `Memory Limit Exceeded: the submission pushed its worker past its memory ceiling (${memoryCeilingMb} MB) and the worker was stopped.` };
  }
  if (stopped === "time") return { status: "timeout", message: "Time Limit Exceeded: the submission ran past its time limit and its sandbox was stopped." };
  if (signal === "SIGABRT" || code === 134) {
    return { status: "memory", message: "Memory Limit Exceeded: the submission exhausted the sandbox's memory and its sandbox was stopped." };
  }
  return { status: "error", message: `Internal Error: the sandbox stopped unexpectedly (${signal ?? `exit ${code}`}).` };
}

/** What the pool knew of the job when its worker died. */
export interface InterruptedJob {
  streamed: TestResult[];
  plan?: PlannedTest[];
  solutionPath: string;
  onTest: ((r: TestResult) => void) | undefined;
}

/**
 * The result of a job whose worker died. The problem's tests are still every one reported
 * (from the worker's plan): those streamed as they were, the next with the stop, the rest not
 * run. Without a plan (the worker died before collecting), one "(sandbox)" result says why.
 */
export function crashResult(job: InterruptedJob, stop: StopOutcome): JudgeResult {
  const results = [...job.streamed];
  const plan = job.plan ?? [{ name: "(sandbox)", file: job.solutionPath, visibility: "sample" as const }];
  for (let i = results.length; i < plan.length; i++) {
    const { name, file, visibility } = plan[i]!;
    const first = i === job.streamed.length;
    const result: TestResult = { index: i, name, file, visibility, durationMs: 0, console: [], ...(first ? stop : { status: "skipped", message: "Not run: the sandbox stopped." }) };
    job.onTest?.(result);
    results.push(result);
  }
  return summarize(results, {});
}
