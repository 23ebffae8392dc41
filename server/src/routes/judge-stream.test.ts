import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createApp } from "../app.ts";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { createJudge } from "../judge/index.ts";
import { IDLE_JUDGE } from "../judge/fixtures.ts";
import type { Judge, JudgeResult, TestResult } from "../judge/types.ts";
import { createLifecycle, type Lifecycle } from "../lifecycle.ts";
import { LimitExceededError } from "../lib/errors.ts";
import { submissions } from "../db/schema/index.ts";
import { HIDDEN_MARKER, makeTempDir, SOLUTION, writeProblem } from "../problems/fixtures.ts";
import { loadProblem, type Problem } from "../problems/load.ts";
import { checkedApp, testAuth } from "./fixtures.ts";

/** Right on the sample (small numbers), wrong on the hidden test (large ones). */
const SMALL_ONLY = "export function add(a: number, b: number): number {\n  return a < 100 ? a + b : 0;\n}\n";
const STREAM = { "Content-Type": "application/json", Accept: "text/event-stream" };

interface SseEvent {
  event: string;
  data: unknown;
}

/** Reads a whole SSE body into its events (this suite's own small parser, independent of the web's). */
async function events(res: Response): Promise<SseEvent[]> {
  const text = await res.text();
  return text
    .split(/\n\n+/)
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const lines = block.split("\n");
      const event = lines.find((l) => l.startsWith("event:"))?.slice(6).trim() ?? "message";
      const data = lines
        .filter((l) => l.startsWith("data:"))
        .map((l) => l.slice(5).replace(/^ /, ""))
        .join("\n");
      return { event, data: JSON.parse(data) as unknown };
    });
}

let root: string;
let db: Db;
let judge: Judge;
let problems: Problem[];

beforeAll(async () => {
  root = await makeTempDir("rehearse-sse-");
  problems = [await loadProblem(await writeProblem(root, "add-two"))];
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
  judge = createJudge({ workers: 1 });
});
afterAll(async () => {
  await judge.close();
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

function appWith(j: Judge, lifecycle?: Lifecycle) {
  return checkedApp({ db, judge: j, problems, webDist: root, auth: testAuth(db), ...(lifecycle ? { lifecycle } : {}) });
}

function post(app: ReturnType<typeof createApp>, path: string, body: unknown, headers: Record<string, string> = STREAM) {
  return app.request(path, { method: "POST", headers, body: JSON.stringify(body) });
}

describe("Run and Submit as Server-Sent Events", () => {
  it("streams each test, then the whole result, and announces the test count once the reference is known", async () => {
    const app = appWith(judge);
    expect((await app.request("/api/problems/add-two")).status).toBe(200);
    // Opening the problem judges the reference in the background; a first submit waits for it too.
    await post(app, "/api/problems/add-two/submit", { code: SOLUTION }, { "Content-Type": "application/json" });

    const res = await post(app, "/api/problems/add-two/submit", { code: SMALL_ONLY });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/event-stream/);
    const raw = await res.clone().text();
    const list = await events(res);

    expect(list.map((e) => e.event)).toEqual(["start", "test", "test", "done"]);
    expect(list[0]?.data).toEqual({ total: 2 });
    const [sample, hidden] = list.slice(1, 3).map((e) => e.data as TestResult);
    expect(sample).toMatchObject({ visibility: "sample", status: "passed", file: "add.sample.test.ts" });
    // The redaction applies to streamed tests exactly as to the final result.
    expect(hidden).toEqual({ index: hidden?.index, name: "Hidden test 1", file: "hidden", visibility: "hidden", status: "failed", durationMs: hidden?.durationMs, console: [] });
    const done = list[3]?.data as JudgeResult & { submissionId: string };
    expect(done).toMatchObject({ verdict: "Wrong Answer", message: "Wrong Answer on Hidden test 1.", submissionId: expect.any(String) });
    expect(done.tests).toEqual([sample, hidden]);
    expect(raw).not.toContain(HIDDEN_MARKER);
    expect(raw).not.toContain("42000");
  });

  it("gives an Accepted submission the reference runtime, streamed or not", async () => {
    const app = appWith(judge);
    const json = (await (await post(app, "/api/problems/add-two/submit", { code: SOLUTION }, { "Content-Type": "application/json" })).json()) as {
      verdict: string;
      referenceRuntimeMs?: number;
    };
    expect(json.verdict).toBe("Accepted");
    expect(json.referenceRuntimeMs).toEqual(expect.any(Number));

    const done = (await events(await post(app, "/api/problems/add-two/submit", { code: SOLUTION }))).at(-1);
    expect(done).toMatchObject({ event: "done", data: { verdict: "Accepted", referenceRuntimeMs: expect.any(Number) } });
  });

  it("streams a compile error as a lone done event", async () => {
    const list = await events(await post(appWith(judge), "/api/problems/add-two/run", { code: "export const broken = ;\n" }));
    expect(list.filter((e) => e.event === "test")).toEqual([]);
    expect(list.at(-1)).toMatchObject({ event: "done", data: { verdict: "Compile Error" } });
  });

  it.each([
    ["an unknown problem", "/api/problems/nope/run", { code: SOLUTION }, 404, "not_found"],
    ["an invalid body", "/api/problems/add-two/run", { source: SOLUTION }, 400, "validation_error"],
    ["oversized code", "/api/problems/add-two/submit", { code: `${SOLUTION}//${"x".repeat(70_000)}` }, 400, "validation_error"],
  ])("answers %s with the usual JSON error, not a stream", async (_, path, body, status, code) => {
    const res = await post(appWith(judge), path, body);
    expect(res.status).toBe(status);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(await res.json()).toMatchObject({ code, message: expect.any(String), requestId: expect.any(String) });
  });

  it("answers a full judge queue with a JSON 429", async () => {
    const busy: Judge = {
      judge: () => Promise.reject(new LimitExceededError("The judge is busy.", 3)),
      stats: () => ({ workers: 1, busy: 1, queued: 1, maxQueue: 1 }),
      retryAfterSeconds: () => 1,
      drain: async () => true,
      close: async () => {},
    };
    const res = await post(appWith(busy), "/api/problems/add-two/run", { code: SOLUTION });
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBe("3");
    expect(await res.json()).toMatchObject({ code: "limit_exceeded" });
  });

  it("answers a refusal as 429 with Retry-After, not a 200 stream, even when the test count was announced first", async () => {
    // The reference (the server's own job) is judged for real, so its plan event fires; the candidate's job is refused after.
    let reference: Promise<JudgeResult> | undefined;
    const refusing: Judge = {
      ...judge,
      judge: async (request, options) => {
        if (options?.client === undefined) {
          reference = judge.judge(request, options);
          return reference;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new LimitExceededError("The judge is busy.", 9);
      },
      retryAfterSeconds: () => 9,
    };
    const app = appWith(refusing);
    expect((await app.request("/api/problems/add-two")).status).toBe(200);
    await expect.poll(() => reference).toBeDefined();
    await reference;
    const before = (await db.select().from(submissions)).length;
    for (const path of ["/api/problems/add-two/submit", "/api/problems/add-two/run"]) {
      const res = await post(app, path, { code: SOLUTION });
      expect(res.status).toBe(429);
      expect(res.headers.get("Retry-After")).toBe("9");
      expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
      expect(await res.json()).toMatchObject({ code: "limit_exceeded", requestId: expect.any(String) });
    }
    // A refused submission was never accepted: it leaves no pending row behind.
    expect(await db.select().from(submissions)).toHaveLength(before);
  });

  it("answers the real pool's per-client cap on a stream with 429 and an estimated Retry-After", async () => {
    const capped = createJudge({ workers: 1, maxPerClient: 1 });
    try {
      const app = appWith(capped);
      const first = post(app, "/api/problems/add-two/submit", { code: SOLUTION });
      const firstRes = await first;
      expect(firstRes.status).toBe(200);
      const second = await post(app, "/api/problems/add-two/submit", { code: SOLUTION });
      expect(second.status).toBe(429);
      expect(Number(second.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
      expect(await second.json()).toMatchObject({ code: "limit_exceeded" });
      expect((await events(firstRes)).at(-1)).toMatchObject({ event: "done", data: { verdict: "Accepted" } });
    } finally {
      await capped.close();
    }
  });

  it("refuses new runs and submissions with 503 and Retry-After while draining, streamed or not", async () => {
    const lifecycle = createLifecycle();
    const app = appWith(judge, lifecycle);
    lifecycle.startDraining();
    const before = (await db.select().from(submissions)).length;
    for (const path of ["/api/problems/add-two/submit", "/api/problems/add-two/run"]) {
      for (const headers of [STREAM, { "Content-Type": "application/json" }]) {
        const res = await post(app, path, { code: SOLUTION }, headers);
        expect(res.status).toBe(503);
        expect(Number(res.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
        expect(await res.json()).toMatchObject({ code: "service_unavailable", requestId: expect.any(String) });
      }
    }
    expect(await db.select().from(submissions)).toHaveLength(before);
    // Reading goes on: only new judging work is refused.
    expect((await app.request("/api/problems/add-two")).status).toBe(200);
  });

  it("ends with an error event when judging fails after the stream began", async () => {
    const test: TestResult = { index: 0, name: "add > adds small numbers", file: "add.sample.test.ts", visibility: "sample", status: "passed", durationMs: 1, console: [] };
    const failing: Judge = {
      ...IDLE_JUDGE,
      judge: async (_request, options) => {
        options?.onTest?.(test);
        await new Promise((resolve) => setTimeout(resolve, 5));
        throw new Error(`worker fell over ${HIDDEN_MARKER}`);
      },
    };
    const res = await post(appWith(failing), "/api/problems/add-two/run", { code: SOLUTION });
    expect(res.status).toBe(200);
    const raw = await res.clone().text();
    const list = await events(res);
    expect(list.map((e) => e.event)).toEqual(["test", "error"]);
    expect(list[1]?.data).toMatchObject({ code: "internal_error", requestId: expect.any(String) });
    expect(raw).not.toContain(HIDDEN_MARKER);
  });
});
