import { rm } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createApp } from "../app.ts";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { attemptItems, attempts } from "../db/schema/index.ts";
import { arrow, box, labelled } from "../diagram/fixtures.ts";
import { createJudge } from "../judge/index.ts";
import type { Judge, JudgeResult } from "../judge/types.ts";
import { createLifecycle } from "../lifecycle.ts";
import { LimitExceededError } from "../lib/errors.ts";
import { HIDDEN_MARKER, makeTempDir, problemFiles, SOLUTION, STARTER, writeProblem } from "../problems/fixtures.ts";
import { loadProblem } from "../problems/load.ts";
import { makeRubric } from "../scoring/fixtures.ts";
import { type Call, caller, createSet, expectError, json, openAttempt } from "../services/attempts/fixtures.ts";
import { addMember, insertTeamProblem, makeTeam, userIdOf } from "../services/sets/fixtures.ts";
import { checkedApp, signUp, sseEvents, type TestAccount, testAuth } from "./fixtures.ts";

/** Right on the samples (small numbers), wrong on the hidden test (large ones). */
const SMALL_ONLY = "export function add(a: number, b: number): number {\n  return a < 100 ? a + b : 0;\n}\n";
const MODEL_ANSWER = "MODEL_ANSWER_d41c";
const RUBRIC = makeRubric({
  id: "event-pipeline",
  title: "An event pipeline",
  prompt: "Design a pipeline that absorbs bursts of events.",
  kind: "design",
  version: "4",
  criteria: [
    { id: "architecture", title: "Architecture", weight: 2, components: ["queue", "worker"], modelAnswer: MODEL_ANSWER },
    { id: "why", title: "Why", weight: 1, concepts: ["decouple", { name: "buffer", synonyms: ["absorb bursts"] }] },
  ],
});
const ANSWER = "A queue lets us decouple producers from the workers and absorb bursts.";
const SCENE = {
  type: "excalidraw",
  elements: [
    ...labelled(box("q", 0, 0), "qt", "Queue"),
    ...labelled(box("w", 400, 0), "wt", "Worker"),
    arrow("a", [[160, 40], [400, 40]], { from: "q", to: "w" }),
  ],
};

let root: string;
let db: Db;
let judge: Judge;
let problems: Awaited<ReturnType<typeof loadProblem>>[];
let app: ReturnType<typeof createApp>;
let call: Call;
let lead: TestAccount;
let teamId: string;
let hiddenSet: string;
let shownSet: string;

beforeAll(async () => {
  root = await makeTempDir("rehearse-attempts-");
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
  judge = createJudge({ workers: 1 });
  problems = [await loadProblem(await writeProblem(root, "add-two"))];
  app = checkedApp({ db, judge, problems, rubrics: [RUBRIC], webDist: root, auth: testAuth(db), invitationPerMinute: 10_000 });
  call = caller(app);
  lead = await signUp(app);
  teamId = await makeTeam(db, "Acme");
  await addMember(db, teamId, await userIdOf(db, lead.email), "lead");
  const team = await insertTeamProblem(db, teamId, { slug: "team-add", kind: "coding", title: "Team add", versions: [problemFiles() as Record<string, string>], published: 1 });
  const set = {
    title: "Backend loop",
    instructions: "Two problems and a design.",
    timeLimitMinutes: 60,
    items: [
      { source: "bank", ref: "add-two", points: 50 },
      { source: "bank", ref: "event-pipeline", points: 30 },
      { source: "team", ref: team.id, points: 20 },
    ],
  };
  hiddenSet = await createSet(call, lead, teamId, { ...set, resultsVisibleToCandidate: false });
  shownSet = await createSet(call, lead, teamId, { ...set, title: "Open loop", resultsVisibleToCandidate: true });
});
afterAll(async () => {
  await judge.close();
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

/** A candidate with an attempt at the set, its clock started. */
async function started(setId = hiddenSet): Promise<{ candidate: TestAccount; id: string }> {
  const candidate = await signUp(app);
  const id = await openAttempt(call, lead, teamId, setId, candidate);
  await json(await call("POST", `/api/attempts/${id}/start`, candidate));
  return { candidate, id };
}

describe("an attempt", () => {
  it("starts the server's clock once, and shows the problems only after", async () => {
    const candidate = await signUp(app);
    const id = await openAttempt(call, lead, teamId, hiddenSet, candidate);
    const before = await json<Record<string, unknown>>(await call("GET", `/api/attempts/${id}`, candidate));
    expect(before).toMatchObject({
      id,
      status: "not_started",
      startedAt: null,
      deadlineAt: null,
      team: { name: "Acme" },
      set: { title: "Backend loop", instructions: "Two problems and a design.", timeLimitMinutes: 60 },
      resultsVisible: false,
    });
    // Kinds and points only: a title would let the candidate prepare before the clock runs.
    expect(before.items).toEqual([
      { position: 1, kind: "coding", points: 50, savedAt: null, submittedAt: null },
      { position: 2, kind: "design", points: 30, savedAt: null, submittedAt: null },
      { position: 3, kind: "coding", points: 20, savedAt: null, submittedAt: null },
    ]);
    await expectError(await call("GET", `/api/attempts/${id}/items/1`, candidate), 409, /Start the attempt first/);
    await expectError(await call("PUT", `/api/attempts/${id}/items/1/draft`, candidate, { draft: "x" }), 409, /Start the attempt first/);

    const first = await json<{ status: string; startedAt: string; deadlineAt: string; serverNow: string; items: { title: string }[] }>(
      await call("POST", `/api/attempts/${id}/start`, candidate),
    );
    expect(first.status).toBe("in_progress");
    expect(first.items.map((i) => i.title)).toEqual(["Add two numbers", "An event pipeline", "Team add"]);
    expect(new Date(first.deadlineAt).getTime() - new Date(first.startedAt).getTime()).toBe(60 * 60_000);
    expect(Math.abs(new Date(first.serverNow).getTime() - Date.now())).toBeLessThan(5_000);
    const again = await json<{ startedAt: string; deadlineAt: string }>(await call("POST", `/api/attempts/${id}/start`, candidate));
    expect(again).toMatchObject({ startedAt: first.startedAt, deadlineAt: first.deadlineAt });

    const mine = await json<{ attempts: unknown[] }>(await call("GET", "/api/attempts", candidate));
    expect(mine.attempts).toEqual([{ id, setTitle: "Backend loop", teamName: "Acme", status: "in_progress", deadlineAt: first.deadlineAt }]);
  });

  it("is nobody else's: another account, even the team's lead, gets 404 on the candidate routes", async () => {
    const { id } = await started();
    const other = await signUp(app);
    await expectError(await call("GET", `/api/attempts/${id}`, other), 404);
    await expectError(await call("GET", `/api/attempts/${id}/items/1`, lead), 404);
    await expectError(await call("POST", `/api/attempts/${id}/finish`, other), 404);
    await expectError(await call("GET", `/api/attempts/${id}`), 401);
  });

  it("shows each item without its answer key, and keeps drafts across reloads", async () => {
    const { candidate, id } = await started();
    const coding = await json<Record<string, unknown>>(await call("GET", `/api/attempts/${id}/items/1`, candidate));
    expect(coding).toMatchObject({ kind: "coding", position: 1, draft: null, savedAt: null, problem: { slug: "add-two", title: "Add two numbers", starter: STARTER } });
    expect(JSON.stringify(coding)).not.toContain(HIDDEN_MARKER);
    expect(JSON.stringify(coding)).not.toContain(SOLUTION);
    const design = await json<Record<string, unknown>>(await call("GET", `/api/attempts/${id}/items/2`, candidate));
    expect(design).toMatchObject({ kind: "design", rubric: { id: "event-pipeline", prompt: "Design a pipeline that absorbs bursts of events." }, scene: null });
    expect(JSON.stringify(design)).not.toContain(MODEL_ANSWER);
    const team = await json<Record<string, unknown>>(await call("GET", `/api/attempts/${id}/items/3`, candidate));
    expect(team).toMatchObject({ kind: "coding", problem: { slug: "team-add", starter: STARTER } });
    expect(JSON.stringify(team)).not.toContain(HIDDEN_MARKER);

    const saved = await json<{ savedAt: string }>(await call("PUT", `/api/attempts/${id}/items/1/draft`, candidate, { draft: SMALL_ONLY }));
    await json(await call("PUT", `/api/attempts/${id}/items/2/draft`, candidate, { draft: "A queue", scene: SCENE }));
    // Saving the words alone leaves the whiteboard as it was.
    await json(await call("PUT", `/api/attempts/${id}/items/2/draft`, candidate, { draft: ANSWER }));
    expect(await json(await call("GET", `/api/attempts/${id}/items/1`, candidate))).toMatchObject({ draft: SMALL_ONLY, savedAt: saved.savedAt });
    expect(await json(await call("GET", `/api/attempts/${id}/items/2`, candidate))).toMatchObject({ draft: ANSWER, scene: SCENE });
    const overview = await json<{ items: { savedAt: string | null }[] }>(await call("GET", `/api/attempts/${id}`, candidate));
    expect(overview.items.map((i) => i.savedAt !== null)).toEqual([true, true, false]);
    await expectError(await call("GET", `/api/attempts/${id}/items/9`, candidate), 404, /No item 9/);
    await expectError(await call("PUT", `/api/attempts/${id}/items/1/draft`, candidate, { draft: "x".repeat(70_000) }), 400, /limit/);
  });

  it("runs and submits code, scores a drawn answer, and totals the points on finish", async () => {
    const { candidate, id } = await started();
    const run = await json<JudgeResult>(await call("POST", `/api/attempts/${id}/items/1/run`, candidate, { code: SMALL_ONLY }));
    expect(run).toMatchObject({ verdict: "Accepted", summary: { total: 1, passed: 1 } });

    const streamed = await sseEvents(await call("POST", `/api/attempts/${id}/items/1/submit`, candidate, { code: SOLUTION }, { Accept: "text/event-stream" }));
    const done = streamed.at(-1)!;
    expect(done.event).toBe("done");
    expect(done.data).toMatchObject({ verdict: "Accepted", summary: { total: 2, passed: 2 }, submittedAt: expect.any(String) });
    expect(JSON.stringify(streamed)).not.toContain(HIDDEN_MARKER);

    const team = await json<JudgeResult>(await call("POST", `/api/attempts/${id}/items/3/submit`, candidate, { code: SMALL_ONLY }));
    expect(team).toMatchObject({ verdict: "Wrong Answer", summary: { total: 2, passed: 1 }, message: "Wrong Answer on Hidden test 1." });
    expect(JSON.stringify(team)).not.toContain(HIDDEN_MARKER);

    const design = await json<Record<string, unknown>>(await call("POST", `/api/attempts/${id}/items/2/submit`, candidate, { answer: ANSWER, scene: SCENE }));
    // Kept, with the whiteboard as read; no score and no hint while the attempt runs.
    expect(design).toEqual({ savedAt: expect.any(String), submittedAt: expect.any(String), diagram: expect.objectContaining({ summary: "Queue → Worker" }) });
    await expectError(await call("POST", `/api/attempts/${id}/items/2/run`, candidate, { code: "x" }), 400, /Run is for coding items/);
    await expectError(await call("POST", `/api/attempts/${id}/items/2/submit`, candidate, { code: "x" }), 400, /answer/);

    const finished = await json<{ status: string; closedAt: string }>(await call("POST", `/api/attempts/${id}/finish`, candidate));
    expect(finished).toMatchObject({ status: "submitted", closedAt: expect.any(String) });
    const [attempt] = await db.select().from(attempts).where(eq(attempts.id, id));
    const items = await db.select().from(attemptItems).where(eq(attemptItems.attemptId, id)).orderBy(attemptItems.position);
    expect(items.map((i) => [i.verdict, i.passed, i.total, i.awardedPoints])).toEqual([
      ["Accepted", 2, 2, 50],
      [null, null, null, expect.any(Number)],
      ["Wrong Answer", 1, 2, 10],
    ]);
    const drawn = items[1]!;
    expect(drawn.score).toBeGreaterThan(0);
    expect(drawn.awardedPoints).toBeCloseTo((30 * drawn.score!) / 100, 1);
    expect(attempt?.awardedPoints).toBeCloseTo(60 + drawn.awardedPoints!, 2);
    // The whiteboard was read as the diagram: its components are evidence.
    expect(JSON.stringify(drawn.result)).toContain('"source":"diagram"');

    await expectError(await call("PUT", `/api/attempts/${id}/items/1/draft`, candidate, { draft: "late" }), 409, /handed this attempt in/);
    await expectError(await call("POST", `/api/attempts/${id}/items/1/submit`, candidate, { code: SOLUTION }), 409);
    await expectError(await call("GET", `/api/attempts/${id}/result`, candidate), 403, /keeps the results/);
    // Finishing again changes nothing; the work stays readable.
    expect(await json(await call("POST", `/api/attempts/${id}/finish`, candidate))).toMatchObject({ status: "submitted", closedAt: finished.closedAt });
    expect(await json(await call("GET", `/api/attempts/${id}/items/1`, candidate))).toMatchObject({ draft: SOLUTION });

    // The team sees everything: the code, every test by its real name, the scorecard.
    const detail = await json<{ items: Record<string, unknown>[] }>(await call("GET", `/api/teams/${teamId}/attempts/${id}`, lead));
    expect(detail.items[0]).toMatchObject({ code: SOLUTION, from: "submit", judge: { verdict: "Accepted" } });
    expect(JSON.stringify(detail.items[2])).toContain(HIDDEN_MARKER);
    expect(detail.items[1]).toMatchObject({ answer: ANSWER, scorecard: { rubricId: "event-pipeline" } });
  });

  it("answers a refused run or submit with 429 + Retry-After, streamed or not, and 503 + Retry-After while the server drains", async () => {
    const { candidate, id } = await started();
    // The candidate's jobs are refused (their cap); the server's own (reference runs) go through.
    const refusing: Judge = {
      ...judge,
      judge: (request, options) => (options?.client === undefined ? judge.judge(request, options) : Promise.reject(new LimitExceededError("Wait for one to finish.", 6))),
    };
    const lifecycle = createLifecycle();
    const other = caller(checkedApp({ db, judge: refusing, problems, rubrics: [RUBRIC], webDist: root, auth: testAuth(db), lifecycle }));
    for (const action of ["run", "submit"]) {
      for (const headers of [{ Accept: "text/event-stream" }, {}] as Record<string, string>[]) {
        const res = await other("POST", `/api/attempts/${id}/items/1/${action}`, candidate, { code: SOLUTION }, headers);
        expect(res.status).toBe(429);
        expect(res.headers.get("Retry-After")).toBe("6");
        expect(await res.json()).toMatchObject({ code: "limit_exceeded" });
      }
    }
    lifecycle.startDraining();
    for (const action of ["run", "submit"]) {
      const res = await other("POST", `/api/attempts/${id}/items/1/${action}`, candidate, { code: SOLUTION }, { Accept: "text/event-stream" });
      expect(res.status).toBe(503);
      expect(Number(res.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
      expect(await res.json()).toMatchObject({ code: "service_unavailable" });
    }
    // Nothing was graded by the refusals.
    const [item] = await db.select().from(attemptItems).where(eq(attemptItems.attemptId, id)).orderBy(attemptItems.position).limit(1);
    expect(item?.verdict).toBeNull();
  });

  it("closes itself when the time is up, grading the drafts never submitted", async () => {
    const { candidate, id } = await started();
    await json(await call("PUT", `/api/attempts/${id}/items/1/draft`, candidate, { draft: SOLUTION }));
    await json(await call("PUT", `/api/attempts/${id}/items/3/draft`, candidate, { draft: SMALL_ONLY }));
    const deadline = new Date(Date.now() - 1_000);
    await db.update(attempts).set({ deadlineAt: deadline }).where(eq(attempts.id, id));

    const closed = await json<{ status: string; closedAt: string }>(await call("GET", `/api/attempts/${id}`, candidate));
    expect(closed).toMatchObject({ status: "expired", closedAt: deadline.toISOString() });
    const items = await db.select().from(attemptItems).where(eq(attemptItems.attemptId, id)).orderBy(attemptItems.position);
    expect(items.map((i) => [i.verdict, i.awardedPoints, i.submittedAt])).toEqual([
      ["Accepted", 50, null],
      [null, 0, null],
      ["Wrong Answer", 10, null],
    ]);
    expect(items[0]?.result).toMatchObject({ kind: "coding", from: "draft", code: SOLUTION });
    const [attempt] = await db.select().from(attempts).where(eq(attempts.id, id));
    expect(attempt?.awardedPoints).toBe(60);

    await expectError(await call("PUT", `/api/attempts/${id}/items/2/draft`, candidate, { draft: "late" }), 409, /Time is up/);
    await expectError(await call("POST", `/api/attempts/${id}/items/1/run`, candidate, { code: SOLUTION }), 409, /Time is up/);
    await expectError(await call("POST", `/api/attempts/${id}/items/1/submit`, candidate, { code: SOLUTION }, { Accept: "text/event-stream" }), 409, /Time is up/);
  });

  it("shows the candidate their outcome when the team allows it, hidden tests still hidden", async () => {
    const { candidate, id } = await started(shownSet);
    const design = await json<Record<string, unknown>>(await call("POST", `/api/attempts/${id}/items/2/submit`, candidate, { answer: ANSWER }));
    // Even a set that shows results shows nothing while the attempt runs: a hint would be resubmitted toward.
    expect(Object.keys(design).sort()).toEqual(["savedAt", "submittedAt"]);
    await json(await call("POST", `/api/attempts/${id}/items/1/submit`, candidate, { code: SMALL_ONLY }));
    await expectError(await call("GET", `/api/attempts/${id}/result`, candidate), 409, /once the attempt is closed/);
    await json(await call("POST", `/api/attempts/${id}/finish`, candidate));

    const result = await json<{ awardedPoints: number; maxPoints: number; items: Record<string, unknown>[] }>(await call("GET", `/api/attempts/${id}/result`, candidate));
    expect(result.maxPoints).toBe(100);
    expect(result.items[0]).toMatchObject({ position: 1, verdict: "Wrong Answer", passed: 1, total: 2, awardedPoints: 25, from: "submit" });
    expect(result.items[0]?.judge).toMatchObject({ message: "Wrong Answer on Hidden test 1." });
    expect(result.items[1]).toMatchObject({ position: 2, from: "submit", scorecard: { rubricId: "event-pipeline", answerKey: "hidden" } });
    expect(result.items[1]?.scorecard).not.toHaveProperty("keyIdeas");
    // The answer said "absorb bursts"; the rubric calls it "buffer", and so may only the lead.
    expect(JSON.stringify(result.items[1]?.scorecard)).toContain('concept \\"absorb bursts\\"');
    expect(JSON.stringify(result.items[1]?.scorecard)).not.toContain("buffer");
    expect(result.items[2]).toMatchObject({ position: 3, awardedPoints: 0, from: null });
    expect(result.awardedPoints).toBeCloseTo(25 + (result.items[1]?.awardedPoints as number), 2);
    expect(JSON.stringify(result)).not.toContain(HIDDEN_MARKER);
    expect(JSON.stringify(result)).not.toContain(MODEL_ANSWER);
  });
});
