import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Judge, JudgeEvent } from "../judge/types.ts";

/** Seconds; requests and DB queries are mostly fast, judging is mostly seconds. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const JUDGE_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 40];
const DB_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

export interface MetricsConfig {
  /** Node's process metrics (CPU, memory, event loop lag, GC); on by default, off in tests that make many. */
  defaultMetrics?: boolean;
}

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * The server's Prometheus metrics, in a registry of their own (not prom-client's global one), so
 * two apps in one process (the tests) never count into each other. Labels are closed sets only:
 * route patterns, statuses, verdicts, reasons; never a raw path or a user.
 */
export function createMetrics({ defaultMetrics = true }: MetricsConfig = {}) {
  const registry = new Registry();
  if (defaultMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  let judgeStats: Judge["stats"] | undefined;

  const httpRequests = new Counter({ name: "rehearse_http_requests_total", help: "HTTP requests answered, by route pattern and status.", labelNames: ["method", "route", "status"], registers });
  const httpDuration = new Histogram({
    name: "rehearse_http_request_duration_seconds",
    help: "Time to answer an HTTP request (to its headers, for a stream), by route pattern and status.",
    labelNames: ["method", "route", "status"],
    buckets: HTTP_BUCKETS,
    registers,
  });
  // Read from the pool when scraped: always current, and nothing to keep in step.
  new Gauge({ name: "rehearse_judge_queue_length", help: "Submissions waiting for a judge worker.", registers, collect() { this.set(judgeStats?.().queued ?? 0); } });
  new Gauge({ name: "rehearse_judge_workers_busy", help: "Judge workers running a submission.", registers, collect() { this.set(judgeStats?.().busy ?? 0); } });
  new Gauge({ name: "rehearse_judge_workers", help: "Judge worker processes in the pool.", registers, collect() { this.set(judgeStats?.().workers ?? 0); } });
  const judgeDuration = new Histogram({ name: "rehearse_judge_duration_seconds", help: "Time a worker spent judging a submission, by verdict.", labelNames: ["verdict"], buckets: JUDGE_BUCKETS, registers });
  const judgeWait = new Histogram({ name: "rehearse_judge_wait_seconds", help: "Time a submission waited in the queue before a worker took it.", buckets: JUDGE_BUCKETS, registers });
  const verdicts = new Counter({ name: "rehearse_judge_verdicts_total", help: "Submissions judged, by verdict.", labelNames: ["verdict"], registers });
  const restarts = new Counter({ name: "rehearse_judge_worker_restarts_total", help: "Judge workers replaced, by why: crash, memory, watchdog, startup.", labelNames: ["reason"], registers });
  const refusals = new Counter({ name: "rehearse_judge_refusals_total", help: "Submissions the judge refused, by why: client_cap, queue_full.", labelNames: ["reason"], registers });
  const attemptCloses = new Counter({ name: "rehearse_attempt_closes_total", help: "Attempts closed, by how: submitted or expired.", labelNames: ["status"], registers });
  const llmCalls = new Counter({ name: "rehearse_llm_calls_total", help: "AI feedback requests made to the model.", registers });
  const llmFailures = new Counter({ name: "rehearse_llm_failures_total", help: "AI feedback requests that gave no feedback (timeout, refusal, bad reply).", registers });
  const dbDuration = new Histogram({ name: "rehearse_db_query_duration_seconds", help: "Time of database calls, by kind: execute or batch.", labelNames: ["op"], buckets: DB_BUCKETS, registers });

  return {
    registry,
    /** The judge whose queue and workers the gauges read at scrape time. */
    watchJudge(judge: Pick<Judge, "stats">): void {
      judgeStats = () => judge.stats();
    },
    request(method: string, route: string, status: number, seconds: number): void {
      const labels = { method, route, status: String(status) };
      httpRequests.inc(labels);
      httpDuration.observe(labels, seconds);
    },
    judgeEvent(event: JudgeEvent): void {
      if (event.type === "judged") {
        verdicts.inc({ verdict: event.verdict });
        judgeDuration.observe({ verdict: event.verdict }, event.judgeMs / 1000);
        judgeWait.observe(event.waitedMs / 1000);
      } else if (event.type === "refused") refusals.inc({ reason: event.reason });
      else restarts.inc({ reason: event.reason });
    },
    attemptClosed(status: "submitted" | "expired"): void {
      attemptCloses.inc({ status });
    },
    llmCall(failed: boolean): void {
      llmCalls.inc();
      if (failed) llmFailures.inc();
    },
    dbQuery(op: "execute" | "batch", seconds: number): void {
      dbDuration.observe({ op }, seconds);
    },
    /** The Prometheus text exposition, and its content type. */
    async expose(): Promise<{ contentType: string; body: string }> {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
