import { IDLE_JUDGE } from "../judge/fixtures.ts";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, createMetricsApp } from "../app.ts";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import type { Judge, JudgeEvent } from "../judge/types.ts";
import { LimitExceededError } from "../lib/errors.ts";
import { makeTempDir, writeProblem } from "../problems/fixtures.ts";
import { loadProblem, type Problem } from "../problems/load.ts";
import { testAuth } from "../routes/fixtures.ts";
import { capturedLogger, sample } from "./fixtures.ts";
import { observeJudgeEvents } from "./judge.ts";
import type { Logger } from "./logger.ts";
import { createMetrics, type Metrics } from "./metrics.ts";

const TOKEN = "metrics-token-for-tests-0123456789";

let root: string;
let db: Db;
let metrics: Metrics;
let problems: Problem[];

beforeAll(async () => {
  root = await makeTempDir("rehearse-obs-");
  problems = [await loadProblem(await writeProblem(root, "add-two"))];
  metrics = createMetrics({ defaultMetrics: false });
  db = createDb({ url: ":memory:", onQuery: metrics.dbQuery });
  await migrateDb(db);
});
afterAll(async () => {
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

/** A judge that reports `event` to `onEvent` as the pool would, then fails as `error`. */
function failingJudge(error: Error, onEvent: (event: JudgeEvent) => void = () => {}, event?: JudgeEvent): Judge {
  return {
    judge: () => {
      if (event) onEvent(event);
      return Promise.reject(error);
    },
    ...IDLE_JUDGE,
    stats: () => ({ workers: 2, busy: 1, queued: 3, maxQueue: 8 }),
  };
}

function app(options: { judge?: Judge; logger?: Logger; metricsToken?: string } = {}) {
  const judge = options.judge ?? failingJudge(new Error("not called"));
  metrics.watchJudge(judge);
  return createApp({
    db,
    judge,
    problems,
    webDist: join(root, "no-web"),
    auth: testAuth(db),
    metrics,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.metricsToken ? { metricsToken: options.metricsToken } : {}),
  });
}

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

describe("GET /metrics", () => {
  it("counts requests by route pattern and status, unknown paths under one label", async () => {
    const served = app({ metricsToken: TOKEN });
    await served.request("/api/problems/add-two");
    await served.request("/api/problems/add-two");
    await served.request("/api/problems/no-such-problem");
    await served.request("/api/unknown-1");
    await served.request("/api/unknown-2/deeper");
    const res = await served.request("/metrics", bearer(TOKEN));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(sample(text, 'rehearse_http_requests_total{method="GET",route="/api/problems/:slug",status="200"}')).toBe(2);
    expect(sample(text, 'rehearse_http_requests_total{method="GET",route="/api/problems/:slug",status="404"}')).toBe(1);
    expect(sample(text, 'rehearse_http_requests_total{method="GET",route="unmatched",status="404"}')).toBe(2);
    expect(sample(text, 'rehearse_http_request_duration_seconds_count{method="GET",route="/api/problems/:slug",status="200"}')).toBe(2);
    // A client picks the path; only route patterns may become labels.
    expect(text).not.toContain("unknown-1");
    expect(text).not.toContain("no-such-problem");
  });

  it("reads the judge's queue and busy workers when scraped, and times database calls", async () => {
    const served = app({ metricsToken: TOKEN });
    await served.request("/api/health");
    const text = await (await served.request("/metrics", bearer(TOKEN))).text();
    expect(sample(text, "rehearse_judge_queue_length")).toBe(3);
    expect(sample(text, "rehearse_judge_workers_busy")).toBe(1);
    expect(sample(text, "rehearse_judge_workers")).toBe(2);
    expect(sample(text, 'rehearse_db_query_duration_seconds_count{op="execute"}')).toBeGreaterThan(0);
  });

  it("wants the bearer token when one is set", async () => {
    const served = app({ metricsToken: TOKEN });
    const missing = await served.request("/metrics");
    expect(missing.status).toBe(401);
    expect(missing.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect(await missing.json()).toMatchObject({ code: "unauthorized" });
    expect((await served.request("/metrics", bearer(`${TOKEN}x`))).status).toBe(401);
    expect((await served.request("/metrics", bearer(TOKEN.slice(0, -1)))).status).toBe(401);
    expect((await served.request("/metrics", bearer(TOKEN))).status).toBe(200);
  });

  it("is not on the main app without a token, and is on a metrics app of its own", async () => {
    expect((await app().request("/metrics")).status).toBe(404);
    const own = await createMetricsApp(metrics).request("/metrics");
    expect(own.status).toBe(200);
    expect(await own.text()).toContain("rehearse_http_requests_total");
    expect((await createMetricsApp(metrics, TOKEN).request("/metrics")).status).toBe(401);
  });
});

describe("logs", () => {
  it("writes one JSON access line per request, with the request id and the route pattern", async () => {
    const { log, lines } = capturedLogger();
    await app({ logger: log }).request("/api/problems/add-two", { headers: { "X-Request-Id": "trace-abc" } });
    const access = lines.filter((l) => l.msg === "request");
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ level: 30, requestId: "trace-abc", method: "GET", path: "/api/problems/add-two", route: "/api/problems/:slug", status: 200 });
    expect(access[0]?.ms).toEqual(expect.any(Number));
  });

  it("puts the request id on what the judge logs while serving it, and on an unexpected error", async () => {
    const { log, lines } = capturedLogger();
    const refusing = failingJudge(new LimitExceededError("The judge is busy.", 1), observeJudgeEvents(log, metrics), { type: "refused", reason: "queue_full" });
    const refused = await app({ judge: refusing, logger: log }).request("/api/problems/add-two/run", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Request-Id": "trace-refused" },
      body: JSON.stringify({ code: "export {}" }),
    });
    expect(refused.status).toBe(429);
    expect(lines.find((l) => l.event === "refused")).toMatchObject({ requestId: "trace-refused", reason: "queue_full", level: 30 });

    const broken = failingJudge(new Error("disk on fire"));
    const failed = await app({ judge: broken, logger: log }).request("/api/problems/add-two/run", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Request-Id": "trace-500" },
      body: JSON.stringify({ code: "export {}" }),
    });
    expect(failed.status).toBe(500);
    const error = lines.find((l) => l.event === "unhandled_error");
    expect(error).toMatchObject({ requestId: "trace-500", level: 50, route: "/api/problems/:slug/run", err: { message: "disk on fire" } });
    expect(lines.find((l) => l.msg === "request" && l.requestId === "trace-500")).toMatchObject({ status: 500, level: 50 });
  });
});
