import { rm } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completion, type FakeLlmServer, startFakeLlm } from "../../../test/fixtures/fake-llm-server.ts";
import type { createApp } from "../app.ts";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { attemptItems, attempts } from "../db/schema/index.ts";
import type { Judge } from "../judge/types.ts";
import { capturedLogger, sample } from "../observability/fixtures.ts";
import { createMetrics } from "../observability/metrics.ts";
import { makeTempDir, SOLUTION, writeProblem } from "../problems/fixtures.ts";
import { loadProblem, type Problem } from "../problems/load.ts";
import { makeRubric } from "../scoring/fixtures.ts";
import { createLlmReviewer } from "../scoring/llm.ts";
import { closeOverdueAttempts, startAttemptSweep } from "../services/attempts/close.ts";
import { errorGrade, storeGrade } from "../services/attempts/grade.ts";
import { type Call, caller, createSet, expectError, json, openAttempt } from "../services/attempts/fixtures.ts";
import { addMember, makeTeam, userIdOf } from "../services/sets/fixtures.ts";
import { checkedApp, scriptedJudge, signUp, type TestAccount, testAuth } from "./fixtures.ts";

const RUBRIC = makeRubric({
  id: "queues",
  title: "Queues",
  prompt: "Why put a queue between two services?",
  kind: "concept",
  criteria: [{ id: "why", title: "Why", weight: 1, concepts: ["decouple", { name: "buffer", synonyms: ["absorb spikes"] }] }],
});
const ANSWER = "A queue lets us decouple the services and absorb spikes.";
const WRONG = "export function add(a: number, b: number): number {\n  return 0;\n}\n";
const FORMULA_NAME = '=HYPERLINK("http://evil.example","x")';
const REPLY = completion(JSON.stringify({ criteria: [{ id: "why", evidence: ["decouple the services"], reasoning: "Decoupling, no trade-off.", level: 3, suggestion: "Name a trade-off." }], overall: "Solid." }));

let root: string;
let db: Db;
let llm: FakeLlmServer;
let judge: Judge;
let problems: Problem[];
let app: ReturnType<typeof createApp>;
let call: Call;
let lead: TestAccount;
let stranger: TestAccount;
let teamId: string;
let setId: string;
const ids: Record<"finished" | "overdue" | "waiting", string> = { finished: "", overdue: "", waiting: "" };

beforeAll(async () => {
  root = await makeTempDir("rehearse-results-");
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
  llm = await startFakeLlm();
  llm.script(() => ({ body: REPLY }));
  judge = scriptedJudge(SOLUTION);
  problems = [await loadProblem(await writeProblem(root, "add-two"))];
  const reviewer = createLlmReviewer({ apiKey: "k", baseURL: llm.baseURL, model: "fake-model-1", timeoutMs: 2_000 });
  app = checkedApp({ db, judge, problems, rubrics: [RUBRIC], webDist: root, auth: testAuth(db), llm: reviewer, invitationPerMinute: 10_000 });
  call = caller(app);
  lead = await signUp(app);
  stranger = await signUp(app);
  teamId = await makeTeam(db, "Acme");
  await addMember(db, teamId, await userIdOf(db, lead.email), "owner");
  await addMember(db, await makeTeam(db, "Other"), await userIdOf(db, stranger.email), "lead");
  setId = await createSet(call, lead, teamId, {
    title: "Backend loop, round 1",
    timeLimitMinutes: 30,
    items: [
      { source: "bank", ref: "add-two", points: 60 },
      { source: "bank", ref: "queues", points: 40 },
    ],
  });

  const formula = await signUp(app, { name: FORMULA_NAME });
  ids.finished = await openAttempt(call, lead, teamId, setId, formula);
  await json(await call("POST", `/api/attempts/${ids.finished}/start`, formula));
  await json(await call("POST", `/api/attempts/${ids.finished}/items/1/submit`, formula, { code: SOLUTION }));
  await json(await call("POST", `/api/attempts/${ids.finished}/items/2/submit`, formula, { answer: ANSWER }));
  await json(await call("POST", `/api/attempts/${ids.finished}/finish`, formula));

  const plain = await signUp(app, { name: 'Plain, "Quoted" Person' });
  ids.overdue = await openAttempt(call, lead, teamId, setId, plain);
  await json(await call("POST", `/api/attempts/${ids.overdue}/start`, plain));
  await json(await call("PUT", `/api/attempts/${ids.overdue}/items/1/draft`, plain, { draft: WRONG }));
  await db.update(attempts).set({ deadlineAt: new Date(Date.now() - 1_000) }).where(eq(attempts.id, ids.overdue));

  ids.waiting = await openAttempt(call, lead, teamId, setId, await signUp(app, { name: "Not Yet" }));
});
afterAll(async () => {
  await llm.close();
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

type Summary = { id: string; candidate: { name: string; email: string }; status: string; timeTakenMs: number | null; awardedPoints: number | null; maxPoints: number; items: Record<string, unknown>[] };

describe("results for the team", () => {
  it("lists every attempt, closing overdue ones (and grading their drafts) before reading", async () => {
    const results = await json<{ set: { title: string }; attempts: Summary[] }>(await call("GET", `/api/teams/${teamId}/sets/${setId}/results`, lead));
    expect(results.set.title).toBe("Backend loop, round 1");
    const byId = new Map(results.attempts.map((a) => [a.id, a]));
    expect(byId.get(ids.finished)).toMatchObject({ candidate: { name: FORMULA_NAME }, status: "submitted", maxPoints: 100, timeTakenMs: expect.any(Number) });
    const finished = byId.get(ids.finished)!;
    expect(finished.items[0]).toEqual({ position: 1, kind: "coding", title: "Add two numbers", points: 60, awardedPoints: 60, verdict: "Accepted", passed: 2, total: 2 });
    expect(finished.items[1]).toMatchObject({ position: 2, kind: "concept", points: 40, score: expect.any(Number) });
    expect(finished.awardedPoints).toBeCloseTo(60 + (finished.items[1]?.awardedPoints as number), 2);

    expect(byId.get(ids.overdue)).toMatchObject({ status: "expired", awardedPoints: 30, timeTakenMs: expect.any(Number) });
    expect(byId.get(ids.overdue)?.items[0]).toMatchObject({ verdict: "Wrong Answer", passed: 1, total: 2, awardedPoints: 30 });
    expect(byId.get(ids.waiting)).toMatchObject({ status: "not_started", awardedPoints: null, timeTakenMs: null });
  });

  it("downloads CSV: quoted where needed, formulas defused, a column pair per item", async () => {
    const res = await call("GET", `/api/teams/${teamId}/sets/${setId}/results.csv`, lead);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="backend-loop-round-1-results.csv"; filename*=UTF-8''backend-loop-round-1-results.csv`);
    const lines = (await res.text()).split("\r\n");
    expect(lines[0]).toBe(
      "Candidate,Email,Status,Started at,Closed at,Time taken (minutes),Points,Max points,1. Add two numbers (points),1. Add two numbers (result),2. Queues (points),2. Queues (result)",
    );
    expect(lines.at(-1)).toBe("");
    const formula = lines.find((l) => l.includes("HYPERLINK"))!;
    expect(formula.startsWith(`"'=HYPERLINK(""http://evil.example"",""x"")",`)).toBe(true);
    expect(formula).toMatch(/,submitted,.*,60,Accepted 2\/2,[\d.]+,\d+\/100$/);
    const plain = lines.find((l) => l.includes("Plain"))!;
    expect(plain.startsWith('"Plain, ""Quoted"" Person",')).toBe(true);
    expect(plain).toMatch(/,expired,.*,30,100,30,Wrong Answer 1\/2,0,$/);
    expect(lines.find((l) => l.startsWith("Not Yet,"))).toMatch(/,not_started,,,,,100,,,,$/);
  });

  it("downloads JSON with every attempt in full", async () => {
    const res = await call("GET", `/api/teams/${teamId}/sets/${setId}/results.json`, lead);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="backend-loop-round-1-results.json"; filename*=UTF-8''backend-loop-round-1-results.json`);
    const body = await json<{ set: { id: string }; attempts: { id: string; items: Record<string, unknown>[] }[] }>(res);
    expect(body.set.id).toBe(setId);
    const finished = body.attempts.find((a) => a.id === ids.finished)!;
    expect(finished.items[0]).toMatchObject({ code: SOLUTION, judge: { verdict: "Accepted" } });
    expect(finished.items[1]).toMatchObject({ answer: ANSWER, scorecard: { criteria: [expect.objectContaining({ evidence: expect.arrayContaining([expect.objectContaining({ source: "answer" })]) })] } });
  });

  it("details one attempt with the model's second opinion, for the team only", async () => {
    const path = `/api/teams/${teamId}/attempts/${ids.finished}`;
    let detail = await json<{ candidate: unknown; timeTakenMs: number; items: { feedback: unknown }[] }>(await call("GET", path, lead));
    for (let i = 0; i < 50 && detail.items[1]?.feedback === null; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      detail = await json(await call("GET", path, lead));
    }
    expect(detail.items[1]?.feedback).toMatchObject({ status: "ok", model: "fake-model-1", overall: "Solid.", criteria: [expect.objectContaining({ id: "why", level: 3 })] });
    expect(detail.items[0]?.feedback).toBeNull();
    expect(detail.timeTakenMs).toBeGreaterThanOrEqual(0);
    await expectError(await call("GET", path, stranger), 404);
    await expectError(await call("GET", `/api/teams/${teamId}/attempts/${crypto.randomUUID()}`, lead), 404, /No such attempt/);
  });
});

describe("the attempt sweep", () => {
  async function runningAttempt(): Promise<string> {
    const candidate = await signUp(app);
    const id = await openAttempt(call, lead, teamId, setId, candidate);
    await json(await call("POST", `/api/attempts/${id}/start`, candidate));
    await json(await call("PUT", `/api/attempts/${id}/items/1/draft`, candidate, { draft: SOLUTION }));
    return id;
  }
  const deps = () => ({ db, judge, problems, rubrics: [RUBRIC], llm: null });
  const statusOf = async (id: string) => (await db.select().from(attempts).where(eq(attempts.id, id)))[0]!;

  it("closes what is overdue by the clock it is given, and nothing before", async () => {
    const id = await runningAttempt();
    const { deadlineAt } = await statusOf(id);
    await closeOverdueAttempts({ ...deps(), now: () => new Date(deadlineAt!.getTime() - 1) });
    expect((await statusOf(id)).status).toBe("in_progress");
    await closeOverdueAttempts({ ...deps(), now: () => new Date(deadlineAt!.getTime() + 1) });
    expect(await statusOf(id)).toMatchObject({ status: "expired", closedAt: deadlineAt, awardedPoints: 60 });
    const [item] = await db.select().from(attemptItems).where(eq(attemptItems.attemptId, id)).orderBy(attemptItems.position);
    expect(item).toMatchObject({ verdict: "Accepted", awardedPoints: 60, submittedAt: null });
  });

  it("logs and counts an attempt it closes, once, however often it is swept", async () => {
    const id = await runningAttempt();
    const { deadlineAt } = await statusOf(id);
    const { log, lines } = capturedLogger();
    const metrics = createMetrics({ defaultMetrics: false });
    const late = { ...deps(), log, metrics, now: () => new Date(deadlineAt!.getTime() + 1) };
    await closeOverdueAttempts(late);
    await closeOverdueAttempts(late);
    expect(lines.filter((l) => l.event === "attempt_closed")).toEqual([expect.objectContaining({ level: 30, attemptId: id, status: "expired" })]);
    expect(sample((await metrics.expose()).body, 'rehearse_attempt_closes_total{status="expired"}')).toBe(1);
  });

  it("keeps no grade that lands after the attempt closed", async () => {
    const id = await runningAttempt();
    const [item] = await db.select().from(attemptItems).where(eq(attemptItems.attemptId, id)).orderBy(attemptItems.position);
    await db.update(attempts).set({ status: "expired" }).where(eq(attempts.id, id));
    expect(await storeGrade(db, item!.id, errorGrade("submit", "late"), { whileOpen: id })).toBe(false);
    await db.update(attempts).set({ status: "in_progress" }).where(eq(attempts.id, id));
    expect(await storeGrade(db, item!.id, errorGrade("submit", "in time"), { whileOpen: id })).toBe(true);
  });

  it("runs on a timer until stopped", async () => {
    const id = await runningAttempt();
    const { deadlineAt } = await statusOf(id);
    const sweep = startAttemptSweep({ ...deps(), now: () => new Date(deadlineAt!.getTime() + 60_000) }, 10);
    for (let i = 0; i < 100 && (await statusOf(id)).status !== "expired"; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await sweep.stop();
    expect((await statusOf(id)).status).toBe("expired");
  });
});
