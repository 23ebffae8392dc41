import { rm } from "node:fs/promises";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createApp } from "../app.ts";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { answers } from "../db/schema/index.ts";
import { makeTempDir, SOLUTION } from "../problems/fixtures.ts";
import { makeRubric } from "../scoring/fixtures.ts";
import type { ScoreResult } from "../scoring/result.ts";
import { expectError } from "../services/attempts/fixtures.ts";
import { checkedApp, postJson, scriptedJudge, signUp, testAuth } from "./fixtures.ts";

const RUBRIC = makeRubric({
  id: "queues",
  title: "Queues",
  prompt: "Why put a queue between two services?",
  kind: "concept",
  version: "3",
  criteria: [
    { id: "why", title: "Why", weight: 2, concepts: ["decouple", { name: "buffer", synonyms: ["absorb spikes"] }], modelAnswer: "A queue decouples producer and consumer and absorbs traffic spikes." },
    { id: "reliability", title: "Reliability", weight: 1, concepts: [{ name: "dead-letter queue", abbreviations: ["DLQ"] }] },
  ],
});
const ANSWER = "A queue lets us decouple the services and absorb spikes; failures go to a DLQ.";

type App = ReturnType<typeof createApp>;
let root: string;
let db: Db;
let app: App;

beforeAll(async () => {
  root = await makeTempDir("rehearse-answers-");
  db = createDb({ url: `file:${join(root, "test.db")}` });
  await migrateDb(db);
  const base = { db, judge: scriptedJudge(SOLUTION), problems: [], webDist: root, auth: testAuth(db), rubrics: [RUBRIC] };
  app = checkedApp(base);
});
afterAll(async () => {
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

describe("/api/rubrics", () => {
  it("lists the questions: id, title, kind and prompt", async () => {
    const res = await app.request("/api/rubrics");
    expect(await res.json()).toEqual([{ id: "queues", title: "Queues", kind: "concept", prompt: "Why put a queue between two services?" }]);
  });

  it("shows a rubric without its model answers", async () => {
    const res = await app.request("/api/rubrics/queues");
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain("modelAnswer");
    // The answer key stays out: the concepts that earn points are not listed.
    expect(text).not.toContain("absorb spikes");
    expect(text).not.toContain("decouple");
    expect(text).not.toContain("absorbs traffic spikes");
    const body = JSON.parse(text) as { criteria: { id: string; concepts: unknown[] }[]; version: string };
    expect(body.criteria.map((c) => c.id)).toEqual(["why", "reliability"]);
    expect(body.version).toBe("3");
  });

  it("answers 404 for an unknown rubric", async () => {
    await expectError(await app.request("/api/rubrics/nope"), 404, /No rubric named "nope"/);
  });
});

describe("POST /api/answers", () => {
  it("scores an anonymous answer at once and keeps nothing", async () => {
    const before = (await db.select().from(answers)).length;
    const res = await postJson(app, "/api/answers", { rubricId: "queues", answer: ANSWER });
    const body = (await res.json()) as { id?: string; score: ScoreResult };
    expect(res.status).toBe(200);
    expect(body.id).toBeUndefined();
    expect(body.score).toMatchObject({ rubricId: "queues", rubricVersion: "3", kind: "concept" });
    expect(body.score.total).toBeGreaterThan(80);
    expect((await db.select().from(answers)).length).toBe(before);
  });

  it("keeps a signed-in user's answer with the rubric version, for them alone", async () => {
    const owner = await signUp(app);
    const other = await signUp(app);
    const res = await postJson(app, "/api/answers", { rubricId: "queues", answer: ANSWER }, owner.cookie);
    const { id, score } = (await res.json()) as { id: string; score: ScoreResult };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [row] = await db.select().from(answers).where(eq(answers.id, id));
    expect(row).toMatchObject({ rubricId: "queues", rubricVersion: "3", answer: ANSWER, total: score.total, diagram: null });

    const mine = await app.request(`/api/answers/${id}`, { headers: { Cookie: owner.cookie } });
    expect(await mine.json()).toMatchObject({ id, rubricId: "queues", rubricVersion: "3", answer: ANSWER, score: { total: score.total } });
    await expectError(await app.request(`/api/answers/${id}`, { headers: { Cookie: other.cookie } }), 404, /No answer/);
    await expectError(await app.request(`/api/answers/${id}`), 401, /Sign in/);
  });

  it("refuses bad input with a 4xx that names the field", async () => {
    await expectError(await postJson(app, "/api/answers", { answer: ANSWER }), 400, /rubricId/);
    await expectError(await postJson(app, "/api/answers", { rubricId: "queues", answer: "   " }), 400, /answer: the answer is empty/);
    await expectError(await postJson(app, "/api/answers", { rubricId: "nope", answer: ANSWER }), 404, /No rubric named "nope"/);
    await expectError(
      await postJson(app, "/api/answers", { rubricId: "queues", answer: ANSWER, diagram: { components: [{ id: "a", label: "A", kind: "mainframe" }], connections: [] } }),
      400,
      /diagram\.components\.0\.kind/,
    );
  });

  it("takes a diagram as evidence and keeps it", async () => {
    const owner = await signUp(app);
    const diagram = { components: [{ id: "dlq", label: "orders-dlq", kind: "queue" as const }], connections: [] };
    const res = await postJson(app, "/api/answers", { rubricId: "queues", answer: "We decouple the services.", diagram }, owner.cookie);
    const { id, score } = (await res.json()) as { id: string; score: ScoreResult };
    expect(score.criteria.find((c) => c.id === "reliability")?.evidence).toEqual([expect.objectContaining({ source: "diagram", quote: 'diagram: component "orders-dlq" (queue)' })]);
    const [row] = await db.select().from(answers).where(eq(answers.id, id));
    expect(row?.diagram).toEqual(diagram);
  });
});
