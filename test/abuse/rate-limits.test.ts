import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/app.ts";
import { createDb, type Db } from "../../server/src/db/client.ts";
import { migrateDb } from "../../server/src/db/migrate.ts";
import { box, labelled } from "../../server/src/diagram/fixtures.ts";
import type { Judge, JudgeOptions } from "../../server/src/judge/types.ts";
import { createMemoryRateLimits, type RateLimitedAction } from "../../server/src/lib/rate-limits.ts";
import { apiRoutes, fillRoute, matchesRoute, routeKey, STATE_CHANGING_METHODS } from "../fixtures/api-routes.ts";
import { makeTempDir, problemFiles, SOLUTION, writeProblem } from "../../server/src/problems/fixtures.ts";
import { loadProblem } from "../../server/src/problems/load.ts";
import { scriptedJudge, signUp, type TestAccount, TEST_ORIGIN, testAuth } from "../../server/src/routes/fixtures.ts";
import { makeRubric } from "../../server/src/scoring/fixtures.ts";
import { type Call, caller, createSet, expectError, json, openAttempt } from "../../server/src/services/attempts/fixtures.ts";
import { addMember, insertTeamProblem, makeTeam, userIdOf } from "../../server/src/services/sets/fixtures.ts";

/** Per-client budgets on what anyone may ask for, through the API: 429 with Retry-After, per client. */
const BUDGET = 2;
const RUBRIC = makeRubric({ id: "queues", title: "Queues", prompt: "Why a queue?", kind: "concept", criteria: [{ id: "why", title: "Why", weight: 1, concepts: ["decouple"] }] });
const SCENE = { type: "excalidraw", elements: labelled(box("svc", 0, 0), "t", "Orders service") };

/** The judge's calls, with the options each was sent with. */
const judged: JudgeOptions[] = [];
function recordingJudge(inner: Judge): Judge {
  return {
    ...inner,
    judge(request, options = {}) {
      judged.push(options);
      return inner.judge(request, options);
    },
  };
}

let root: string;
let db: Db;
let app: ReturnType<typeof createApp>;
let call: Call;
let lead: TestAccount;
let candidate: TestAccount;
let candidateId: string;
let attemptId: string;

beforeAll(async () => {
  root = await makeTempDir("rehearse-rate-limits-");
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
  const problems = [await loadProblem(await writeProblem(root, "add-two"))];
  const rateLimits = createMemoryRateLimits({ diagramRead: BUDGET, answer: BUDGET, run: BUDGET, submit: BUDGET, llmFeedback: BUDGET });
  app = createApp({
    db,
    judge: recordingJudge(scriptedJudge(SOLUTION)),
    problems,
    rubrics: [RUBRIC],
    webDist: root,
    auth: testAuth(db),
    invitationPerMinute: 10_000,
    rateLimits,
    proxyClientIpHeader: "x-forwarded-for",
  });
  call = caller(app);
  lead = await signUp(app);
  candidate = await signUp(app);
  candidateId = await userIdOf(db, candidate.email);
  const teamId = await makeTeam(db, "Acme");
  await addMember(db, teamId, await userIdOf(db, lead.email), "lead");
  const team = await insertTeamProblem(db, teamId, { slug: "team-add", kind: "coding", title: "Team add", versions: [problemFiles() as Record<string, string>], published: 1 });
  const setId = await createSet(call, lead, teamId, { title: "Loop", timeLimitMinutes: 60, items: [{ source: "team", ref: team.id, points: 100 }] });
  attemptId = await openAttempt(call, lead, teamId, setId, candidate);
  await json(await call("POST", `/api/attempts/${attemptId}/start`, candidate));
});
afterAll(async () => {
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

const from = (address: string) => ({ "x-forwarded-for": address, Origin: TEST_ORIGIN });

const ENDPOINTS: { action: RateLimitedAction; path: string; body: unknown }[] = [
  { action: "diagramRead", path: "/api/diagram/read", body: { scene: SCENE } },
  { action: "answer", path: "/api/answers", body: { rubricId: "queues", answer: "A queue decouples the two services.", scene: SCENE } },
  { action: "run", path: "/api/problems/add-two/run", body: { code: SOLUTION } },
  { action: "submit", path: "/api/problems/add-two/submit", body: { code: SOLUTION } },
];

describe("per-client rate limits on the expensive endpoints", () => {
  it.each(ENDPOINTS)("$path: $action answers 429 with Retry-After past the budget, for that client alone", async ({ path, body }) => {
    // Each endpoint has its own budget: a fresh address per endpoint shows it, the earlier ones spent.
    const flooder = from(`203.0.113.${ENDPOINTS.findIndex((e) => e.path === path) + 1}`);
    for (let i = 0; i < BUDGET; i++) await json(await call("POST", path, undefined, body, flooder));
    const limited = await call("POST", path, undefined, body, flooder);
    const retryAfter = Number(limited.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await expectError(limited, 429, /^Too many .* from you\. Try again in \d+ s\.$/)).toMatchObject({ code: "limit_exceeded" });
    await json(await call("POST", path, undefined, body, from("198.51.100.9")));
  });

  it("counts a signed-in user by account, wherever they connect from, and apart from the address they share", async () => {
    const user = await signUp(app);
    const path = "/api/diagram/read";
    await json(await call("POST", path, user, { scene: SCENE }, from("192.0.2.1")));
    await json(await call("POST", path, user, { scene: SCENE }, from("192.0.2.2")));
    await expectError(await call("POST", path, user, { scene: SCENE }, from("192.0.2.3")), 429);
    await json(await call("POST", path, undefined, { scene: SCENE }, from("192.0.2.3")));
  });

  it("counts a timed attempt's runs and submissions against the candidate's own budgets", async () => {
    const attempt = `/api/attempts/${attemptId}/items/1`;
    await json(await call("POST", "/api/problems/add-two/submit", candidate, { code: SOLUTION }, from("192.0.2.20")));
    await json(await call("POST", `${attempt}/submit`, candidate, { code: SOLUTION }, from("192.0.2.21")));
    await expectError(await call("POST", `${attempt}/submit`, candidate, { code: SOLUTION }, from("192.0.2.22")), 429);
  });
});

describe("the rate-limit column: every state-changing route", () => {
  /** Reachable without an account, and why no per-client budget of ours applies. */
  const EXEMPT: Record<string, string> = {
    "POST /api/auth/*": "better-auth's own handler: sign-in and sign-up are limited per address there (auth-rate-limit.test.ts)",
  };

  it("an anonymous visitor can reach is rate limited, or exempt for a stated reason", async () => {
    const unlimited: string[] = [];
    for (const route of apiRoutes(app).filter((r) => STATE_CHANGING_METHODS.includes(r.method))) {
      const key = routeKey(route);
      const path = fillRoute(route.path, new Proxy({}, { get: (_t, name) => (name === "slug" ? "add-two" : "x") }), "sign-out");
      const res = await call(route.method, path, undefined, {}, from("192.0.2.99"));
      // Closed to anonymous visitors (or to this made-up id), or refused before any work (a body it
      // cannot take): nothing expensive to limit. Routes that accept an empty body show up here.
      if ([400, 401, 403, 404, 405].includes(res.status)) continue;
      if (ENDPOINTS.some((e) => matchesRoute(route.path, e.path)) || key in EXEMPT) continue;
      unlimited.push(`${key} answered ${res.status}`);
    }
    expect(unlimited).toEqual([]);
  });
});

describe("whom the judge counts the work against", () => {
  it("sends practice as the client's own, and an attempt's items as the candidate's, ahead of practice", async () => {
    judged.length = 0;
    await json(await call("POST", "/api/problems/add-two/run", undefined, { code: SOLUTION }, from("192.0.2.30")));
    await json(await call("POST", `/api/attempts/${attemptId}/items/1/run`, candidate, { code: SOLUTION }, from("192.0.2.31")));
    expect(judged).toEqual([
      { client: "address:192.0.2.30" },
      { client: `user:${candidateId}`, priority: "attempt" },
    ]);
  });
});
