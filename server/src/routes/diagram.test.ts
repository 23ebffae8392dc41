import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/client.ts";
import { answers } from "../db/schema/index.ts";
import { arrow, box, labelled } from "../diagram/fixtures.ts";
import { makeRubric } from "../scoring/fixtures.ts";
import type { ScoreResult } from "../scoring/result.ts";
import { type AccountsTestApp, accountsTestApp, SAME_ORIGIN, signUp } from "./fixtures.ts";

const RUBRIC = makeRubric({
  id: "queues",
  title: "Queues",
  prompt: "Why put a queue between two services?",
  kind: "concept",
  version: "3",
  criteria: [
    { id: "why", title: "Why", weight: 2, concepts: ["decouple"] },
    { id: "reliability", title: "Reliability", weight: 1, concepts: [{ name: "dead-letter queue", abbreviations: ["DLQ"] }] },
  ],
});

/** An orders service sending to a queue, drawn as the palette draws it. */
const SCENE = {
  type: "excalidraw",
  elements: [
    ...labelled(box("svc", 0, 0, { boundElements: [{ type: "arrow", id: "a1" }], customData: { kind: "service" } }), "t1", "Orders"),
    ...labelled(box("q", 400, 0, { boundElements: [{ type: "arrow", id: "a1" }], customData: { kind: "queue" } }), "t2", "orders-dlq"),
    arrow("a1", [[164, 40], [396, 40]], { from: "svc", to: "q" }),
  ],
};

type Reading = { graph: { components: { id: string; label: string; kind: string }[]; connections: { from: string; to: string }[] }; summary: string; unresolved: unknown[] };

let server: AccountsTestApp;
let db: Db;
let app: AccountsTestApp["app"];

beforeAll(async () => {
  server = await accountsTestApp([], {}, [RUBRIC]);
  ({ app, db } = server);
});
afterAll(() => server.close());

function post(path: string, body: unknown, cookie?: string) {
  return app.request(path, { method: "POST", headers: { "Content-Type": "application/json", ...SAME_ORIGIN, ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify(body) });
}

describe("POST /api/diagram/read", () => {
  it("reads a scene as components, connections and a summary", async () => {
    const res = await post("/api/diagram/read", { scene: SCENE });
    const body = (await res.json()) as Reading;
    expect(res.status).toBe(200);
    expect(body.graph.components).toEqual([
      { id: "svc", label: "Orders", kind: "service" },
      { id: "q", label: "orders-dlq", kind: "queue" },
    ]);
    expect(body.graph.connections).toEqual([{ from: "svc", to: "q" }]);
    expect(body.summary).toContain("Orders");
    expect(body.unresolved).toEqual([]);
  });

  it("refuses a body with no scene, or one that is not a scene", async () => {
    expect((await post("/api/diagram/read", {})).status).toBe(400);
    const res = await post("/api/diagram/read", { scene: { elements: "nope" } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });
});

describe("POST /api/answers with a scene", () => {
  it("scores with the scene's graph, returns the reading and keeps the scene", async () => {
    const owner = await signUp(app);
    const res = await post("/api/answers", { rubricId: "queues", answer: "We decouple the services.", scene: SCENE }, owner.cookie);
    const body = (await res.json()) as { id: string; score: ScoreResult; diagram: Reading };
    expect(res.status).toBe(200);
    expect(body.diagram.graph.connections).toEqual([{ from: "svc", to: "q" }]);
    expect(body.diagram.summary).toEqual(expect.any(String));
    const reliability = body.score.criteria.find((c) => c.id === "reliability");
    expect(reliability?.evidence).toEqual([expect.objectContaining({ source: "diagram", quote: expect.stringContaining("orders-dlq") })]);

    const [row] = await db.select().from(answers).where(eq(answers.id, body.id));
    expect(row?.scene).toEqual(SCENE);
    expect(row?.diagram?.components).toHaveLength(2);
    const kept = (await (await app.request(`/api/answers/${body.id}`, { headers: { Cookie: owner.cookie } })).json()) as { scene: unknown };
    expect(kept.scene).toEqual(SCENE);
  });

  it("returns no reading and keeps no scene when none was sent", async () => {
    const owner = await signUp(app);
    const body = (await (await post("/api/answers", { rubricId: "queues", answer: "We decouple." }, owner.cookie)).json()) as { id: string; diagram?: unknown };
    expect(body.diagram).toBeUndefined();
    const [row] = await db.select().from(answers).where(eq(answers.id, body.id));
    expect(row?.scene).toBeNull();
  });

  it("refuses a scene that is not one, naming the problem", async () => {
    const res = await post("/api/answers", { rubricId: "queues", answer: "We decouple.", scene: { elements: 3 } });
    expect(res.status).toBe(400);
  });
});

describe("GET /api/answers?rubricId=", () => {
  it("lists the user's own answers to one question, newest first, scenes included", async () => {
    const owner = await signUp(app);
    const other = await signUp(app);
    await post("/api/answers", { rubricId: "queues", answer: "First: we decouple." }, owner.cookie);
    await post("/api/answers", { rubricId: "queues", answer: "Second: a DLQ.", scene: SCENE }, owner.cookie);
    await post("/api/answers", { rubricId: "queues", answer: "Someone else's." }, other.cookie);
    const res = await app.request("/api/answers?rubricId=queues", { headers: { Cookie: owner.cookie } });
    const body = (await res.json()) as { answers: { answer: string; scene: unknown }[] };
    expect(body.answers.map((a) => a.answer)).toEqual(["Second: a DLQ.", "First: we decouple."]);
    expect(body.answers[0]?.scene).toEqual(SCENE);
    expect(body.answers[1]?.scene).toBeNull();
  });

  it("needs a signed-in user and a rubricId", async () => {
    expect((await app.request("/api/answers?rubricId=queues")).status).toBe(401);
    const owner = await signUp(app);
    const res = await app.request("/api/answers", { headers: { Cookie: owner.cookie } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/rubricId/);
  });
});
