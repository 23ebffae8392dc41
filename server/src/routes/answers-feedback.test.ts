import { rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completion, type FakeLlmServer, startFakeLlm } from "../../../test/fixtures/fake-llm-server.ts";
import type { createApp } from "../app.ts";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { createMemoryRateLimits, DEFAULT_RATE_LIMITS } from "../lib/rate-limits.ts";
import { makeTempDir, SOLUTION } from "../problems/fixtures.ts";
import { makeRubric } from "../scoring/fixtures.ts";
import { createLlmReviewer } from "../scoring/llm.ts";
import { expectError } from "../services/attempts/fixtures.ts";
import { checkedApp, postJson, SAME_ORIGIN, scriptedJudge, signUp, sseBlocks, sseEvents, type TestAccount, testAuth } from "./fixtures.ts";

const RUBRIC = makeRubric({
  id: "queues",
  title: "Queues",
  prompt: "Why put a queue between two services?",
  kind: "concept",
  criteria: [
    { id: "why", title: "Why a queue", weight: 2, concepts: ["decouple", { name: "buffer", synonyms: ["absorb spikes"] }], modelAnswer: "A queue decouples producer and consumer and absorbs traffic spikes." },
    { id: "reliability", title: "Reliability", weight: 1, concepts: [{ name: "dead-letter queue", abbreviations: ["DLQ"] }] },
  ],
});
const ANSWER = "A queue lets us decouple the services and absorb spikes; failures go to a DLQ.";
const INPUT = { rubricId: "queues", answer: ANSWER };
const ASSESSMENT = { errors: [], reasoning: "On the question, and right.", relevant: true, correct: true };
const WHY = { id: "why", evidence: ["decouple the services and absorb spikes"], reasoning: "Both reasons, stated.", level: 4, suggestion: "Name the trade-off: added latency." };
const RELIABILITY = { id: "reliability", evidence: ["failures go to a DLQ", "we replay them hourly"], reasoning: "A DLQ, no redrive.", level: 1, suggestion: "Say how you redrive the DLQ." };
const reply = (criteria: unknown[]) => completion(JSON.stringify({ criteria, assessment: ASSESSMENT, overall: "Good." }));

type App = ReturnType<typeof createApp>;
let root: string;
let db: Db;
let llm: FakeLlmServer;
let app: App;
let offApp: App;
/** A quota of two feedback requests a day. */
let meteredApp: App;
let user: TestAccount;

const reviewer = () => createLlmReviewer({ apiKey: "k", baseURL: llm.baseURL, model: "fake-model-1", timeoutMs: 5_000 });

beforeAll(async () => {
  root = await makeTempDir("rehearse-feedback-");
  db = createDb({ url: `file:${join(root, "test.db")}` });
  await migrateDb(db);
  llm = await startFakeLlm();
  const base = { db, judge: scriptedJudge(SOLUTION), problems: [], webDist: root, auth: testAuth(db), rubrics: [RUBRIC] };
  app = checkedApp({ ...base, llm: reviewer(), feedbackHeartbeatMs: 50 });
  offApp = checkedApp(base);
  meteredApp = checkedApp({ ...base, llm: reviewer(), rateLimits: createMemoryRateLimits({ ...DEFAULT_RATE_LIMITS, llmFeedback: 2 }) });
  user = await signUp(app);
});
afterAll(async () => {
  await llm.close();
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

describe("AI feedback", () => {
  it("says it is off when no model is configured", async () => {
    const res = await postJson(offApp, "/api/answers/feedback", INPUT, user.cookie);
    expect(await sseBlocks(res)).toEqual([{ event: "status", data: { status: "off", message: expect.stringMatching(/OPENAI_API_KEY/) } }]);
  });

  it("needs an account: 401 before the body is even read, and no model request", async () => {
    const before = llm.requests.length;
    await expectError(await postJson(app, "/api/answers/feedback", INPUT), 401, /Sign in/);
    await expectError(await postJson(app, "/api/answers/feedback", { rubricId: "nope" }), 401, /Sign in/);
    expect(llm.requests.length).toBe(before);
  });

  it("streams pending, then the validated feedback: titles, reasoning, verified quotes and flags", async () => {
    llm.script(() => ({ body: reply([WHY, RELIABILITY]) }));
    const res = await postJson(app, "/api/answers/feedback", INPUT, user.cookie);
    const [status, feedback, ...rest] = await sseEvents(res);
    expect(status).toEqual({ event: "status", data: { status: "pending", model: "fake-model-1" } });
    expect(rest).toEqual([]);
    expect(feedback?.event).toBe("feedback");
    expect(feedback?.data).toMatchObject({ status: "ok", complete: true, missing: [], assessment: ASSESSMENT });
    const data = feedback!.data as { criteria: { id: string; title: string; evidence: { quote: string }[] }[] };
    expect(data.criteria.find((c) => c.id === "reliability")).toMatchObject({ title: "Reliability", level: 1, scorerLevel: 4, flagged: true, droppedQuotes: 1, reasoning: "A DLQ, no redrive." });
    expect(data.criteria.find((c) => c.id === "reliability")!.evidence.map((e) => e.quote)).toEqual(["failures go to a DLQ"]);
  });

  it("withholds the AI's comments that name the key until the user reveals the model answer, then shows them", async () => {
    const reader = await signUp(app);
    const weak = { rubricId: "queues", answer: "A queue lets us decouple the two services so one can be down for a while." };
    const naming = { ...RELIABILITY, evidence: [], suggestion: "Send failures to a dead-letter queue and redrive them." };
    llm.script(() => ({ body: reply([WHY, naming]) }));
    const [, before] = await sseEvents(await postJson(app, "/api/answers/feedback", weak, reader.cookie));
    const hidden = before!.data as { withheld: number; criteria: { id: string; suggestion: string }[] };
    expect(hidden.criteria.find((c) => c.id === "reliability")?.suggestion).toMatch(/^Withheld/);
    expect(hidden.withheld).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(hidden)).not.toMatch(/dead-letter/i);

    const kept = (await (await postJson(app, "/api/answers", weak, reader.cookie)).json()) as { id: string };
    expect((await app.request(`/api/answers/${kept.id}/reveal`, { method: "POST", headers: { cookie: reader.cookie, ...SAME_ORIGIN } })).status).toBe(200);
    llm.script(() => ({ body: reply([WHY, naming]) }));
    const [, after] = await sseEvents(await postJson(app, "/api/answers/feedback", weak, reader.cookie));
    const shown = after!.data as { withheld?: number; criteria: { id: string; suggestion: string }[] };
    expect(shown.criteria.find((c) => c.id === "reliability")?.suggestion).toBe("Send failures to a dead-letter queue and redrive them.");
    expect(shown.withheld).toBeUndefined();
  });

  it("says the feedback is incomplete, and which criteria it lacks", async () => {
    llm.script(() => ({ body: reply([WHY, { ...RELIABILITY, level: 7 }]) }));
    const [, feedback] = await sseEvents(await postJson(app, "/api/answers/feedback", INPUT, user.cookie));
    expect(feedback).toMatchObject({ event: "feedback", data: { complete: false, missing: [{ id: "reliability", title: "Reliability", reason: expect.stringMatching(/^invalid \(level/) }] } });
  });

  it("sends heartbeats while the model thinks", async () => {
    llm.script(() => ({ body: reply([WHY, RELIABILITY]), delayMs: 300 }));
    const all = await sseBlocks(await postJson(app, "/api/answers/feedback", INPUT, user.cookie));
    const kinds = all.map((e) => ("event" in e ? e.event : e.comment));
    expect(kinds[0]).toBe("status");
    expect(kinds.at(-1)).toBe("feedback");
    // 50 ms apart over a 300 ms wait: several, all between the status and the feedback.
    expect(kinds.slice(1, -1).length).toBeGreaterThanOrEqual(2);
    expect(new Set(kinds.slice(1, -1))).toEqual(new Set(["heartbeat"]));
  });

  it("streams an error event when the model fails, not a broken response", async () => {
    llm.script(() => ({ body: completion("not json") }));
    const res = await postJson(app, "/api/answers/feedback", INPUT, user.cookie);
    expect(res.status).toBe(200);
    expect((await sseEvents(res)).map((e) => e.event)).toEqual(["status", "error"]);
  });

  it("refuses bad input before any stream opens", async () => {
    await expectError(await postJson(app, "/api/answers/feedback", { rubricId: "nope", answer: ANSWER }, user.cookie), 404, /No rubric/);
  });

  it("gives feedback on a kept answer to its owner only", async () => {
    llm.script(() => ({ body: reply([WHY, RELIABILITY]) }));
    const other = await signUp(app);
    const { id } = (await (await postJson(app, "/api/answers", INPUT, user.cookie)).json()) as { id: string };
    const res = await app.request(`/api/answers/${id}/feedback`, { headers: { Cookie: user.cookie } });
    expect((await sseEvents(res)).map((e) => e.event)).toEqual(["status", "feedback"]);
    await expectError(await app.request(`/api/answers/${id}/feedback`, { headers: { Cookie: other.cookie } }), 404, /No answer/);
    await expectError(await app.request(`/api/answers/${id}/feedback`), 401, /Sign in/);
  });

  it("holds each user to their daily quota, with a 429 and Retry-After, whichever route they ask through", async () => {
    llm.script(() => ({ body: reply([WHY, RELIABILITY]) }));
    const spender = await signUp(meteredApp);
    const { id } = (await (await postJson(meteredApp, "/api/answers", INPUT, spender.cookie)).json()) as { id: string };
    expect((await sseEvents(await postJson(meteredApp, "/api/answers/feedback", INPUT, spender.cookie))).map((e) => e.event)).toEqual(["status", "feedback"]);
    expect((await sseEvents(await meteredApp.request(`/api/answers/${id}/feedback`, { headers: { Cookie: spender.cookie } }))).map((e) => e.event)).toEqual(["status", "feedback"]);
    const before = llm.requests.length;
    const refused = await postJson(meteredApp, "/api/answers/feedback", INPUT, spender.cookie);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(23 * 3600);
    expect(await expectError(refused, 429, /Too many AI feedback requests today from you\. Try again in 24 h\./)).toMatchObject({ code: "limit_exceeded" });
    await expectError(await meteredApp.request(`/api/answers/${id}/feedback`, { headers: { Cookie: spender.cookie } }), 429, /AI feedback/);
    expect(llm.requests.length).toBe(before);
    // Another user's quota is their own.
    const fresh = await signUp(meteredApp);
    expect((await sseEvents(await postJson(meteredApp, "/api/answers/feedback", INPUT, fresh.cookie))).map((e) => e.event)).toEqual(["status", "feedback"]);
  });
});

describe("AI feedback over a real connection", () => {
  it("aborts the model's request when the client goes away mid-stream", async () => {
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const listening = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(listening));
    });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      // The model holds its reply far longer than the test lasts.
      llm.script(() => ({ body: reply([WHY, RELIABILITY]), delayMs: 60_000 }));
      const before = llm.requests.length;
      const abandoned = llm.abandoned;
      const leave = new AbortController();
      const res = await fetch(`${base}/api/answers/feedback`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "text/event-stream", ...SAME_ORIGIN, Cookie: user.cookie },
        body: JSON.stringify(INPUT),
        signal: leave.signal,
      });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      expect(new TextDecoder().decode((await reader.read()).value)).toContain('"status":"pending"');
      await expect.poll(() => llm.requests.length, { timeout: 2_000 }).toBe(before + 1);
      const leftAt = Date.now();
      leave.abort();
      await expect.poll(() => llm.abandoned, { timeout: 2_000 }).toBe(abandoned + 1);
      expect(Date.now() - leftAt).toBeLessThan(2_000);
      // Aborted, not retried: the model got the one request.
      expect(llm.requests.length).toBe(before + 1);
    } finally {
      (server as Server).closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
