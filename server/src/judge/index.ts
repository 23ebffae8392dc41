import { ValidationError } from "../lib/errors.ts";
import { resolveLimits, WORKER_MEMORY_MB } from "./limits.ts";
import { WorkerPool } from "./pool.ts";
import type { Judge, JudgeEvent, JudgeOptions, JudgeRequest } from "./types.ts";
import type { WorkerOutputListener } from "./worker-output.ts";

export type { Judge, JudgeEvent, JudgePriority, JudgeRequest, JudgeResult, TestFile, TestResult } from "./types.ts";
export { VERDICTS, type Verdict } from "./verdicts.ts";

export interface JudgeConfig {
  /** Worker processes, i.e. submissions judged at once. */
  workers?: number;
  /** Practice submissions allowed to wait; beyond it `judge` throws LimitExceededError (HTTP 429). */
  maxQueue?: number;
  /** Submissions one client may have waiting or running; beyond it LimitExceededError. No cap by default. */
  maxPerClient?: number;
  /**
   * Resident memory per worker process (MB); a submission that pushes its worker past it gets
   * Memory Limit Exceeded. The server takes it from JUDGE_WORKER_MEMORY_MB, which keeps it
   * above the largest sandbox; tests may pass less to trip it quickly.
   */
  workerMemoryMb?: number;
  /** Told of judged and refused jobs and replaced workers, for metrics and logs. */
  onEvent?: (event: JudgeEvent) => void;
  /** The clock refused clients' comeback times are kept by (ms); tests pass their own. */
  clock?: () => number;
  /** Told of what workers print, a bounded number of lines each; dropped when unset. */
  onWorkerOutput?: WorkerOutputListener;
}

/** The judge as a library: the API, the CLI and the tests all call this. */
export function createJudge(config: JudgeConfig = {}): Judge {
  const pool = new WorkerPool({
    size: Math.max(1, config.workers ?? 2),
    maxQueue: Math.max(0, config.maxQueue ?? 64),
    ...(config.maxPerClient === undefined ? {} : { maxPerClient: Math.max(1, config.maxPerClient) }),
    memoryCeilingMb: Math.min(config.workerMemoryMb ?? WORKER_MEMORY_MB.default, WORKER_MEMORY_MB.ceiling),
    ...(config.onEvent ? { onEvent: config.onEvent } : {}),
    ...(config.clock ? { clock: config.clock } : {}),
    ...(config.onWorkerOutput ? { onWorkerOutput: config.onWorkerOutput } : {}),
  });
  return {
    judge(request: JudgeRequest, options = {}) {
      const limits = resolveLimits(request.limits);
      const size = Buffer.byteLength(request.solution.code);
      if (size > limits.codeBytes) {
        return Promise.reject(new ValidationError(`The code is ${size} bytes; the limit is ${limits.codeBytes}.`));
      }
      if (request.tests.length === 0) return Promise.reject(new ValidationError("There are no tests to run."));
      // Samples first, each group in the author's order: a solution that crashes or hangs then fails
      // on a test the candidate can read (a hang stops the run, so no hidden test gets to time out).
      const tests = [...request.tests.filter((t) => t.visibility === "sample"), ...request.tests.filter((t) => t.visibility !== "sample")];
      return pool.run({ solution: request.solution, modules: request.modules ?? [], tests, limits }, options);
    },
    stats: () => pool.stats(),
    retryAfterSeconds: () => pool.retryAfterSeconds(),
    drain: (timeoutMs) => pool.drain(timeoutMs),
    close: () => pool.close(),
  };
}

/**
 * The same judge, every call sent with `defaults` (for whom, at what priority) unless the call
 * says otherwise: a route scopes the judge to its client, an attempt to its priority.
 */
export function withJudgeOptions(judge: Judge, defaults: Pick<JudgeOptions, "client" | "priority">): Judge {
  return {
    judge: (request, options = {}) => judge.judge(request, { ...defaults, ...options }),
    stats: () => judge.stats(),
    retryAfterSeconds: () => judge.retryAfterSeconds(),
    drain: (timeoutMs) => judge.drain(timeoutMs),
    close: () => judge.close(),
  };
}
