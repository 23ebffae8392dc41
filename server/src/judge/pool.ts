import { type ChildProcess, fork } from "node:child_process";
import { LimitExceededError } from "../lib/errors.ts";
import { FairQueue } from "./fair-queue.ts";
import { summarize } from "./outcome.ts";
import { residentMemoryMb } from "./resident-memory.ts";
import { ComebackTickets } from "./comeback-tickets.ts";
import { estimateRetryAfterSeconds, JobTimeAverage } from "./retry-after.ts";
import { LOADED_WALL_FACTOR } from "./limits.ts";
import type { SandboxRequest } from "./sandbox.ts";
import type { JudgeEvent, JudgeOptions, JudgeResult, PlannedTest, TestResult } from "./types.ts";
import type { WorkerJob, WorkerMessage } from "./worker.ts";
import { crashResult, describeWorkerExit, type WorkerStop } from "./worker-death.ts";
import { forwardWorkerOutput, type WorkerOutputListener } from "./worker-output.ts";

export interface PoolOptions {
  size: number;
  /** Practice jobs allowed to wait; a timed attempt's job is never refused for a full queue. */
  maxQueue: number;
  /** Jobs one client may have waiting or running at once (the server's own work is not counted); no cap by default. */
  maxPerClient?: number;
  /**
   * Resident memory a worker may hold. The sandbox's own limit is approximate (some builtins
   * grow a worker far past it), so this one is measured on the process: workers x ceiling
   * bounds the judge's memory.
   */
  memoryCeilingMb: number;
  /** How often a busy worker's memory is read; tests stretch it to see the idle check alone. */
  memoryPollMs?: number;
  /** Told of every judged, refused job and replaced worker (metrics, logs); must not throw. */
  onEvent?: (event: JudgeEvent) => void;
  /** Told of what workers print (an out-of-memory report, a crash trace), bounded; dropped when unset. */
  onWorkerOutput?: WorkerOutputListener;
  /** The clock comeback tickets are kept by (ms); tests pass their own. */
  clock?: () => number;
}

interface Job {
  id: number;
  request: SandboxRequest;
  onTest: ((r: TestResult) => void) | undefined;
  streamed: TestResult[];
  /** The tests the worker collected, in run order: a crash still reports each of them. */
  plan?: PlannedTest[];
  resolve: (r: JudgeResult) => void;
  reject: (e: Error) => void;
  queuedAt: number;
  startedAt?: number;
}

interface Slot {
  child: ChildProcess;
  ready: boolean;
  job: Job | undefined;
  watchdog: NodeJS.Timeout | undefined;
  memoryWatch: NodeJS.Timeout | undefined;
  stopped: WorkerStop;
}

/** The queue's turn for jobs sent on no client's behalf. */
const SERVER_CLIENT = "";

/** Time a worker gets beyond the submission's own wall limit before it is killed. */
const WATCHDOG_GRACE_MS = 2_000;
/**
 * A busy machine may make the sandbox judge a submission twice (see time-guard.ts): once on
 * the plain wall guard, once on LOADED_WALL_FACTOR times it. The watchdog waits for both.
 */
const watchdogMs = (submissionTimeMs: number) => submissionTimeMs * (1 + LOADED_WALL_FACTOR) + WATCHDOG_GRACE_MS;
/** A read costs microseconds; a worker overshoots its ceiling by at most what it grows in this time. */
const MEMORY_POLL_MS = 25;
const MAX_STARTUP_FAILURES = 5;
const STARTUP_TIMEOUT_MS = 30_000;
const WORKER_URL = new URL("./worker.ts", import.meta.url);

/**
 * A fixed set of worker processes and a bounded, fair queue (see FairQueue). A worker that
 * crashes, aborts (V8 out of memory), overruns its watchdog or grows past its memory ceiling
 * is killed and replaced; its job gets a verdict, never a hang, and the server keeps serving.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue = new FairQueue<Job>();
  /** Each client's jobs waiting or running. */
  private readonly activeByClient = new Map<string, number>();
  private nextId = 1;
  private closed = false;
  /** Workers that died before they were ready, in a row: respawns back off, then give up. */
  private startupFailures = 0;
  /** Recent jobs' wall time, for telling a refused client when to come back. */
  private readonly jobTime = new JobTimeAverage();
  /** Clients refused for a full queue, promised a place when they come back as told. */
  private readonly comebacks: ComebackTickets;
  /** Called whenever the pool may have become idle: `drain` waits on these. */
  private readonly idleWaiters = new Set<() => void>();

  private readonly size: number;
  private readonly maxQueue: number;
  private readonly maxPerClient: number;
  private readonly memoryCeilingMb: number;
  private readonly memoryPollMs: number;
  private readonly onEvent: (event: JudgeEvent) => void;
  private readonly onWorkerOutput: WorkerOutputListener | undefined;

  constructor(options: PoolOptions) {
    this.size = options.size;
    this.maxQueue = options.maxQueue;
    this.maxPerClient = options.maxPerClient ?? Number.POSITIVE_INFINITY;
    this.memoryCeilingMb = options.memoryCeilingMb;
    this.memoryPollMs = options.memoryPollMs ?? MEMORY_POLL_MS;
    this.onEvent = options.onEvent ?? (() => {});
    this.onWorkerOutput = options.onWorkerOutput;
    this.comebacks = new ComebackTickets(Math.max(1, this.maxQueue), options.clock);
    for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const child = fork(WORKER_URL, [], {
      // --single-threaded: no V8 background compile or GC threads. Two workers already keep two
      // cores busy; helper threads only fight them (a third less CPU per submission, measured).
      execArgv: ["--no-node-snapshot", "--single-threaded", "--disable-warning=ExperimentalWarning"],
      // Piped, not inherited: a worker's V8 heap report or EPIPE trace becomes a few log lines, not raw server output.
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      serialization: "advanced",
    });
    const slot: Slot = { child, ready: false, job: undefined, watchdog: undefined, memoryWatch: undefined, stopped: undefined };
    child.on("message", (m: WorkerMessage) => this.onMessage(slot, m));
    child.on("exit", (code, signal) => this.onExit(slot, code, signal));
    child.on("error", () => {});
    forwardWorkerOutput({ stdout: child.stdout, stderr: child.stderr }, this.onWorkerOutput);
    // A worker that never boots is killed like one that crashes, so no job waits forever.
    setTimeout(() => {
      if (!slot.ready) child.kill("SIGKILL");
    }, STARTUP_TIMEOUT_MS).unref();
    return slot;
  }

  stats() {
    return { workers: this.size, busy: this.slots.filter((s) => s.job).length, queued: this.queue.length, maxQueue: this.maxQueue };
  }

  /** When a client refused now should try again: the queue ahead at the recent pace of jobs. */
  retryAfterSeconds(): number {
    return estimateRetryAfterSeconds({ queued: this.queue.length + this.comebacks.outstanding, workers: this.size, meanJobMs: this.jobTime.ms });
  }

  /** Resolves true once nothing waits or runs, false if `timeoutMs` passes first. New jobs are still taken: refusing them is the caller's call. */
  drain(timeoutMs: number): Promise<boolean> {
    if (this.idle()) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const check = () => {
        if (!this.idle()) return;
        finish(true);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      const finish = (drained: boolean) => {
        clearTimeout(timer);
        this.idleWaiters.delete(check);
        resolve(drained);
      };
      this.idleWaiters.add(check);
    });
  }

  private idle(): boolean {
    return this.queue.length === 0 && this.slots.every((s) => !s.job);
  }

  run(request: SandboxRequest, options: Pick<JudgeOptions, "onTest" | "onAccepted" | "client" | "priority"> = {}): Promise<JudgeResult> {
    if (this.closed) return Promise.reject(new Error("The judge is closed."));
    const { client, priority = "practice" } = options;
    const active = client === undefined ? 0 : (this.activeByClient.get(client) ?? 0);
    if (active >= this.maxPerClient) {
      // One of the client's own jobs is somewhere in the queue: the whole queue is the honest bound.
      this.onEvent({ type: "refused", reason: "client_cap" });
      return Promise.reject(new LimitExceededError(`You already have ${active} submissions being judged; wait for one to finish.`, this.retryAfterSeconds()));
    }
    const idle = this.slots.some((s) => !s.job);
    if (!idle && priority !== "attempt" && this.queue.length >= this.maxQueue && !(client !== undefined && this.comebacks.redeem(client))) {
      this.onEvent({ type: "refused", reason: "queue_full" });
      // Told when to come back, and kept a place for then; one who came back early is told its time again.
      const seconds = (client !== undefined ? this.comebacks.secondsUntilDue(client) : undefined) ?? this.retryAfterSeconds();
      if (client !== undefined) this.comebacks.issue(client, seconds);
      return Promise.reject(new LimitExceededError("The judge is busy: too many submissions are waiting. Try again shortly.", seconds));
    }
    if (client !== undefined) this.activeByClient.set(client, active + 1);
    const release = () => {
      if (client === undefined) return;
      const left = (this.activeByClient.get(client) ?? 1) - 1;
      if (left > 0) this.activeByClient.set(client, left);
      else {
        this.activeByClient.delete(client);
        this.queue.forget(client);
      }
    };
    const queuedAt = performance.now();
    return new Promise<JudgeResult>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        request,
        onTest: options.onTest,
        streamed: [],
        queuedAt,
        resolve: (result) => {
          release();
          const now = performance.now();
          const startedAt = job.startedAt ?? now;
          this.jobTime.record(now - startedAt);
          this.onEvent({ type: "judged", verdict: result.verdict, judgeMs: now - startedAt, waitedMs: startedAt - queuedAt });
          resolve(result);
        },
        reject: (error) => {
          release();
          reject(error);
        },
      };
      this.queue.push(job, client ?? SERVER_CLIENT, priority);
      options.onAccepted?.();
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      const dead = slot.child.exitCode !== null || slot.child.signalCode !== null;
      if (slot.job || dead || slot.stopped || this.queue.length === 0) continue;
      // Memory a past job left behind is not the next job's to carry: replace the worker.
      if (this.retireIfOverCeiling(slot)) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      job.startedAt = performance.now();
      if (slot.ready) this.arm(slot);
      slot.child.send({ id: job.id, request: job.request, stream: job.onTest !== undefined } satisfies WorkerJob);
    }
    if (this.idleWaiters.size > 0 && this.idle()) for (const check of [...this.idleWaiters]) check();
  }

  /** The watchdogs count from when the worker can start, not while a new one boots. */
  private arm(slot: Slot): void {
    if (!slot.job || slot.watchdog) return;
    slot.watchdog = setTimeout(() => this.stop(slot, "time"), watchdogMs(slot.job.request.limits.submissionTimeMs));
    slot.memoryWatch = setInterval(() => this.retireIfOverCeiling(slot), this.memoryPollMs);
  }

  /** Kills a worker that holds more than its ceiling, busy or idle; true if it did. */
  private retireIfOverCeiling(slot: Slot): boolean {
    const mb = residentMemoryMb(slot.child.pid);
    if (mb === undefined || mb <= this.memoryCeilingMb) return false;
    this.stop(slot, "memory");
    return true;
  }

  private stop(slot: Slot, why: NonNullable<Slot["stopped"]>): void {
    // The first reason wins: a worker killed for memory is not then reported as slow.
    if (slot.stopped) return;
    slot.stopped = why;
    slot.child.kill("SIGKILL");
  }

  private finish(slot: Slot): Job | undefined {
    const job = slot.job;
    clearTimeout(slot.watchdog);
    clearInterval(slot.memoryWatch);
    slot.job = undefined;
    slot.watchdog = undefined;
    slot.memoryWatch = undefined;
    return job;
  }

  private onMessage(slot: Slot, m: WorkerMessage): void {
    if (m.type === "ready") {
      slot.ready = true;
      this.startupFailures = 0;
      this.arm(slot);
      return;
    }
    if (!slot.job || m.id !== slot.job.id) return;
    if (m.type === "plan") {
      slot.job.plan = m.tests;
      return;
    }
    if (m.type === "test") {
      slot.job.streamed.push(m.result);
      slot.job.onTest?.(m.result);
      return;
    }
    const job = this.finish(slot)!;
    if (m.type === "done") job.resolve(m.result);
    else job.resolve(summarize(job.streamed, { verdict: "Internal Error", message: `Internal Error: ${m.message}` }));
    // Memory the job left behind is given back now, not when the next job would arrive.
    this.retireIfOverCeiling(slot);
    this.dispatch();
  }

  private onExit(slot: Slot, code: number | null, signal: NodeJS.Signals | null): void {
    const job = this.finish(slot);
    const index = this.slots.indexOf(slot);
    if (this.closed) return;
    if (!slot.ready) this.startupFailures++;
    this.onEvent({ type: "worker_replaced", reason: !slot.ready ? "startup" : slot.stopped === "time" ? "watchdog" : slot.stopped === "memory" ? "memory" : "crash" });
    if (this.startupFailures >= MAX_STARTUP_FAILURES) {
      // The sandbox cannot start at all (a broken install): answer, don't queue forever.
      for (const queued of this.queue.drain()) {
        queued.resolve(summarize([], { verdict: "Internal Error", message: "Internal Error: the judge cannot start its sandbox." }));
      }
    }
    if (index >= 0) {
      const delay = this.startupFailures === 0 ? 0 : Math.min(100 * 2 ** this.startupFailures, 5_000);
      const replace = () => {
        if (this.closed) return;
        this.slots[index] = this.spawn();
        this.dispatch();
      };
      if (delay === 0) this.slots[index] = this.spawn();
      else {
        setTimeout(replace, delay).unref();
      }
    }
    if (job) {
      const stop = describeWorkerExit(slot.stopped, code, signal, this.memoryCeilingMb);
      job.resolve(crashResult({ streamed: job.streamed, ...(job.plan ? { plan: job.plan } : {}), solutionPath: job.request.solution.path, onTest: job.onTest }, stop));
    }
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.drain()) job.reject(new Error("The judge is closed."));
    await Promise.all(
      this.slots.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.child.exitCode !== null || s.child.signalCode !== null) return resolve();
            s.child.once("exit", () => resolve());
            s.child.kill("SIGKILL");
          }),
      ),
    );
  }
}
