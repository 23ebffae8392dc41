import { rm } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { createApp } from "../../server/src/app.ts";
import { createDb, type Db } from "../../server/src/db/client.ts";
import { migrateDb } from "../../server/src/db/migrate.ts";
import { createJudge } from "../../server/src/judge/index.ts";
import type { Judge } from "../../server/src/judge/types.ts";
import { HIDDEN_MARKER, HIDDEN_TEST, makeTempDir, problemFiles, SOLUTION, writeProblem } from "../../server/src/problems/fixtures.ts";
import { loadProblem } from "../../server/src/problems/load.ts";
import { checkedApp, signUp, type TestAccount, testAuth } from "../../server/src/routes/fixtures.ts";
import { makeRubric } from "../../server/src/scoring/fixtures.ts";
import { type Call, caller, createSet, json, openAttempt } from "../../server/src/services/attempts/fixtures.ts";
import { addMember, insertTeamProblem, makeTeam, userIdOf } from "../../server/src/services/sets/fixtures.ts";
import { type ApiRoute, apiRoutes, fillRoute, matchesRoute, routeKey, STATE_CHANGING_METHODS } from "../fixtures/api-routes.ts";

/**
 * Every team and attempt endpoint, called as every role. Each role either gets the content or
 * a refusal that reveals nothing (401 signed out, 404 outside the team or attempt, 403 for a
 * member without the right), and the secrets below never appear in a response to a role that
 * may not see them, allowed or refused. The endpoints are the app's own registered routes: one
 * without a row fails. And every state-changing route refuses a request forged from another site.
 */
const ROLES = ["anonymous", "candidate", "otherSetCandidate", "otherTeamLead", "lead", "owner"] as const;
type Role = (typeof ROLES)[number];

const SECRET = {
  teamSolution: "TEAM_SOLUTION_9c1e",
  hiddenTest: HIDDEN_MARKER,
  teamModelAnswer: "TEAM_MODEL_ANSWER_5b7d",
  bankModelAnswer: "BANK_MODEL_ANSWER_e2a0",
  bankSolution: "BANK_SOLUTION_4d19",
  bankHiddenTest: "BANK_HIDDEN_TEST_a6c2",
  bankEditorial: "BANK_EDITORIAL_0f5e",
  candidateCode: "CANDIDATE_CODE_31f8",
  otherCandidateCode: "OTHER_CANDIDATE_CODE_77aa",
} as const;
type Secret = keyof typeof SECRET;

/**
 * Who may read what: the team's staff see their content and their candidates' work; a candidate only
 * their own code. The bank's answer keys are no one's: a private bank stays private to the server.
 */
const MAY_SEE: Record<Role, Secret[]> = {
  anonymous: [],
  candidate: ["candidateCode"],
  otherSetCandidate: ["otherCandidateCode"],
  otherTeamLead: [],
  lead: ["teamSolution", "hiddenTest", "teamModelAnswer", "candidateCode", "otherCandidateCode"],
  owner: ["teamSolution", "hiddenTest", "teamModelAnswer", "candidateCode", "otherCandidateCode"],
};

const SOLUTION_WITH_MARKER = `${SOLUTION}// ${SECRET.teamSolution}\n`;
const BANK_PROBLEM_FILES = problemFiles({
  "solution.ts": `${SOLUTION}// ${SECRET.bankSolution}\n`,
  "add.test.ts": HIDDEN_TEST.replaceAll(HIDDEN_MARKER, SECRET.bankHiddenTest),
  "editorial.md": `Sum them. ${SECRET.bankEditorial}\n`,
});
const codeWith = (marker: string) => `${SOLUTION}// ${marker}\n`;
const rubricYaml = (id: string, modelAnswer: string) =>
  stringify({
    id,
    title: `Design ${id}`,
    kind: "design",
    prompt: "Design a queue-backed pipeline.",
    criteria: [{ id: "arch", title: "Architecture", weight: 1, components: ["queue"], modelAnswer }],
  });

let root: string;
let db: Db;
let judge: Judge;
let app: ReturnType<typeof createApp>;
let call: Call;
const as: Partial<Record<Role, TestAccount>> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  root = await makeTempDir("rehearse-authz-");
  db = createDb({ url: `file:${join(root, "authz.db")}` });
  await migrateDb(db);
  judge = createJudge({ workers: 1 });
  const bankRubric = makeRubric({
    id: "bank-design",
    kind: "design",
    criteria: [{ id: "arch", title: "Architecture", weight: 1, components: ["queue"], modelAnswer: SECRET.bankModelAnswer }],
  });
  app = checkedApp({
    db,
    judge,
    problems: [await loadProblem(await writeProblem(root, "bank-add", BANK_PROBLEM_FILES))],
    rubrics: [bankRubric],
    webDist: root,
    auth: testAuth(db),
    invitationPerMinute: 10_000,
  });
  call = caller(app);
  for (const role of ROLES) if (role !== "anonymous") as[role] = await signUp(app, { name: role });
  const userId = (role: Role) => userIdOf(db, as[role]!.email);

  ids.team = await makeTeam(db, "Acme");
  ids.otherTeam = await makeTeam(db, "Globex");
  await addMember(db, ids.team, await userId("owner"), "owner");
  await addMember(db, ids.team, await userId("lead"), "lead");
  await addMember(db, ids.otherTeam, await userId("otherTeamLead"), "owner");

  const coding = { kind: "coding" as const, title: "Team add", versions: [problemFiles({ "solution.ts": SOLUTION_WITH_MARKER }) as Record<string, string>], published: 1 };
  ids.problem = (await insertTeamProblem(db, ids.team, { ...coding, slug: "team-add" })).id;
  ids.design = (await insertTeamProblem(db, ids.team, { slug: "team-design", kind: "design", title: "Team design", versions: [{ "rubric.yaml": rubricYaml("team-design", SECRET.teamModelAnswer) }], published: 1 })).id;
  ids.otherTeamProblem = (await insertTeamProblem(db, ids.otherTeam, { ...coding, slug: "their-add" })).id;
  for (const role of ["lead", "owner"] as const) {
    ids[`doomed-${role}`] = (await insertTeamProblem(db, ids.team, { ...coding, slug: `doomed-${role}` })).id;
  }

  const owner = as.owner!;
  const items = [
    { source: "team", ref: ids.problem, points: 40 },
    { source: "team", ref: ids.design, points: 30 },
    { source: "bank", ref: "bank-add", points: 20 },
    { source: "bank", ref: "bank-design", points: 10 },
  ];
  const set = { title: "Loop", instructions: "Go.", timeLimitMinutes: 60, resultsVisibleToCandidate: false, items };
  ids.set = await createSet(call, owner, ids.team, set);
  ids.otherSet = await createSet(call, owner, ids.team, { ...set, title: "Other loop" });
  ids.otherTeamSet = await createSet(call, as.otherTeamLead!, ids.otherTeam, { ...set, items: [{ source: "bank", ref: "bank-add", points: 1 }] });
  ids.attempt = await openAttempt(call, owner, ids.team, ids.set, as.candidate!);
  ids.otherAttempt = await openAttempt(call, owner, ids.team, ids.otherSet, as.otherSetCandidate!);
  for (const [role, attempt, marker] of [
    ["candidate", ids.attempt, SECRET.candidateCode],
    ["otherSetCandidate", ids.otherAttempt, SECRET.otherCandidateCode],
  ] as const) {
    const who = as[role]!;
    await json(await call("POST", `/api/attempts/${attempt}/start`, who));
    await json(await call("POST", `/api/attempts/${attempt}/items/1/submit`, who, { code: codeWith(marker) }));
    // The bank problem too: its judged run is in the results the team reads.
    await json(await call("POST", `/api/attempts/${attempt}/items/3/submit`, who, { code: codeWith(marker) }));
    await json(await call("PUT", `/api/attempts/${attempt}/items/2/draft`, who, { draft: `A queue. ${marker}` }));
  }
  const invitation = await json<{ invitation: { id: string }; token: string }>(await call("POST", `/api/teams/${ids.team}/sets/${ids.set}/invitations`, owner, { maxUses: 100 }), 201);
  ids.invitation = invitation.invitation.id;
  ids.token = invitation.token;
  for (const role of ["lead", "owner"] as const) {
    const doomed = await json<{ invitation: { id: string } }>(await call("POST", `/api/teams/${ids.team}/sets/${ids.set}/invitations`, owner, {}), 201);
    ids[`doomed-invitation-${role}`] = doomed.invitation.id;
  }
}, 120_000);

afterAll(async () => {
  await judge.close();
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

type Access = "staff" | "candidate-own" | "signed-in" | "public";
interface Endpoint {
  method: string;
  /** With placeholders (`:team`, `:set`, ...) filled from the ids made in beforeAll. */
  path: string;
  body?: (role: Role) => unknown;
  access: Access;
  /** The status staff (or the owning candidate) get; 200 by default. */
  ok?: number;
}

const fill = (path: string) => path.replace(/:([\w-]+)/g, (_, name: string) => ids[name] ?? `:${name}`);
const setBody = (role: Role) => ({ title: `Set by ${role}`, instructions: "", timeLimitMinutes: 30, resultsVisibleToCandidate: false, items: [{ source: "bank", ref: "bank-add", points: 5 }] });

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: "/api/teams/:team", access: "staff" },
  { method: "POST", path: "/api/teams/:team/members/invitations", body: (role) => ({ email: `new-lead-by-${role}@example.com` }), access: "staff", ok: 201 },
  { method: "GET", path: "/api/teams/:team/problems", access: "staff" },
  { method: "POST", path: "/api/teams/:team/problems", body: (role) => ({ kind: "design", slug: `new-by-${role}`, files: { "rubric.yaml": rubricYaml(`new-by-${role}`, "x") } }), access: "staff", ok: 201 },
  { method: "GET", path: "/api/teams/:team/problems/:problem", access: "staff" },
  { method: "GET", path: "/api/teams/:team/problems/:problem/versions/1", access: "staff" },
  { method: "GET", path: "/api/teams/:team/problems/:design", access: "staff" },
  { method: "PUT", path: "/api/teams/:team/problems/:design", body: () => ({ files: { "rubric.yaml": rubricYaml("team-design", SECRET.teamModelAnswer) } }), access: "staff" },
  { method: "GET", path: "/api/teams/:team/export", access: "staff" },
  { method: "POST", path: "/api/teams/:team/import", body: (role) => ({ files: [{ path: `rubrics/imported-by-${role}.yaml`, content: rubricYaml(`imported-by-${role}`, "x") }] }), access: "staff" },
  { method: "GET", path: "/api/teams/:team/sets", access: "staff" },
  { method: "POST", path: "/api/teams/:team/sets", body: setBody, access: "staff", ok: 201 },
  { method: "GET", path: "/api/teams/:team/sets/:set", access: "staff" },
  { method: "PUT", path: "/api/teams/:team/sets/:otherSet", body: setBody, access: "staff" },
  { method: "GET", path: "/api/teams/:team/sets/:set/export", access: "staff" },
  { method: "GET", path: "/api/teams/:team/sets/:set/invitations", access: "staff" },
  { method: "POST", path: "/api/teams/:team/sets/:set/invitations", body: () => ({}), access: "staff", ok: 201 },
  { method: "GET", path: "/api/teams/:team/sets/:set/results", access: "staff" },
  { method: "GET", path: "/api/teams/:team/sets/:set/results.csv", access: "staff" },
  { method: "GET", path: "/api/teams/:team/sets/:set/results.json", access: "staff" },
  { method: "GET", path: "/api/teams/:team/attempts/:attempt", access: "staff" },
  { method: "GET", path: "/api/teams/:team/attempts/:otherAttempt", access: "staff" },
  { method: "GET", path: "/api/teams", access: "signed-in" },
  { method: "POST", path: "/api/teams", body: (role) => ({ name: `Team of ${role}` }), access: "signed-in", ok: 201 },
  { method: "GET", path: "/api/attempts", access: "signed-in" },
  // AI feedback costs a model call: an account's, counted against its quota (no model here, so "off").
  { method: "POST", path: "/api/answers/feedback", body: () => ({ rubricId: "bank-design", answer: "A queue between them." }), access: "signed-in" },
  { method: "GET", path: "/api/invitations/:token", access: "public" },
  { method: "GET", path: "/api/attempts/:attempt", access: "candidate-own" },
  { method: "POST", path: "/api/attempts/:attempt/start", access: "candidate-own" },
  { method: "GET", path: "/api/attempts/:attempt/items/1", access: "candidate-own" },
  { method: "GET", path: "/api/attempts/:attempt/items/2", access: "candidate-own" },
  { method: "GET", path: "/api/attempts/:attempt/items/3", access: "candidate-own" },
  { method: "GET", path: "/api/attempts/:attempt/items/4", access: "candidate-own" },
  { method: "PUT", path: "/api/attempts/:attempt/items/3/draft", body: () => ({ draft: codeWith(SECRET.candidateCode) }), access: "candidate-own" },
  { method: "POST", path: "/api/attempts/:attempt/items/1/run", body: () => ({ code: codeWith(SECRET.candidateCode) }), access: "candidate-own" },
  { method: "POST", path: "/api/attempts/:attempt/items/3/submit", body: () => ({ code: codeWith(SECRET.candidateCode) }), access: "candidate-own" },
  { method: "POST", path: "/api/attempts/:attempt/items/4/submit", body: () => ({ answer: `A queue between them. ${SECRET.candidateCode}` }), access: "candidate-own" },
  // Last: it closes the attempt.
  { method: "POST", path: "/api/attempts/:attempt/finish", access: "candidate-own" },
];

/** Routes whose answer depends on more than the role (deleting, a link, a lead's invitation, a result the lead may hide): each has its own test below. */
const COVERED_BELOW: Pick<Endpoint, "method" | "path">[] = [
  { method: "DELETE", path: "/api/teams/:team/problems/:doomed" },
  { method: "DELETE", path: "/api/teams/:team/sets/:set/invitations/:doomed-invitation" },
  { method: "POST", path: "/api/invitations/:token/accept" },
  { method: "POST", path: "/api/teams/join/:lead-invitation" },
  { method: "GET", path: "/api/attempts/:attempt/result" },
];

/**
 * Routes with no team in them, so no role here: the bank's practice and one person's own drafts,
 * submissions and answers (their owner-only rules are tested in server/src/routes/), and
 * better-auth's own endpoints. Named one by one, so that a new route has to be placed somewhere.
 */
const OUTSIDE_THE_MATRIX = [
  "GET /api/auth/*",
  "POST /api/auth/*",
  "GET /api/problems",
  "GET /api/problems/:slug",
  "POST /api/problems/:slug/run",
  "POST /api/problems/:slug/submit",
  "GET /api/problems/:slug/draft",
  "PUT /api/problems/:slug/draft",
  "GET /api/problems/:slug/submissions",
  "GET /api/submissions/:id",
  "GET /api/rubrics",
  "GET /api/rubrics/:id",
  "POST /api/answers",
  "GET /api/answers",
  "GET /api/answers/:id",
  "GET /api/answers/:id/feedback",
  "POST /api/answers/:id/reveal",
  "POST /api/diagram/read",
  "GET /api/me",
  "GET /api/me/progress",
  "GET /api/health",
  "GET /api/health/live",
  "GET /api/health/ready",
  // The API's own description and its reference page: public, and the same for everyone.
  "GET /api/openapi.json",
  "GET /api/reference",
  "GET /api/reference/scalar.js",
  "GET /api/reference/init.js",
];

/**
 * Requests forged from a page that is not the app's, with the headers browsers send on them. The
 * audit's attack was the first: SameSite cookies go along to another port of the same host.
 */
const FORGERIES: [string, Record<string, string>][] = [
  ["a page on another port of the same host", { Origin: "http://localhost:3001", "Sec-Fetch-Site": "same-site" }],
  ["another origin", { Origin: "http://localhost:1" }],
  ["another site, without an Origin", { "Sec-Fetch-Site": "cross-site" }],
  ["the same site, without an Origin", { "Sec-Fetch-Site": "same-site" }],
  ["a session cookie with neither header", {}],
];

/** The status a role gets: the content, or the refusal that tells it nothing. */
function expected(endpoint: Endpoint, role: Role): number {
  const ok = endpoint.ok ?? 200;
  if (endpoint.access === "public") return ok;
  if (role === "anonymous") return 401;
  if (endpoint.access === "signed-in") return ok;
  if (endpoint.access === "staff") return role === "lead" || role === "owner" ? ok : 404;
  return role === "candidate" ? ok : 404;
}

/** What each role was shown across the matrix: the secrets must be real, not absent everywhere. */
const seen = Object.fromEntries(ROLES.map((role) => [role, new Set<Secret>()])) as Record<Role, Set<Secret>>;

/** A zip's paths and files, so an export is searched like any other answer; other bodies as text. */
async function bodyText(res: Response): Promise<string> {
  if (res.headers.get("Content-Type") !== "application/zip") return res.text();
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
  return Object.entries(files)
    .map(([path, data]) => `${path}\n${strFromU8(data)}`)
    .join("\n");
}

function leaks(text: string, role: Role): Secret[] {
  const present = (Object.keys(SECRET) as Secret[]).filter((s) => text.includes(SECRET[s]));
  for (const secret of present) seen[role].add(secret);
  return present.filter((s) => !MAY_SEE[role].includes(s));
}

describe("the authorization matrix", () => {
  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.method} ${endpoint.path}`, async () => {
      const outcomes: string[] = [];
      for (const role of ROLES) {
        const res = await call(endpoint.method, fill(endpoint.path), as[role], endpoint.body?.(role));
        const text = await bodyText(res);
        const want = expected(endpoint, role);
        if (res.status !== want) outcomes.push(`${role}: ${res.status} (want ${want}) ${text.slice(0, 160)}`);
        const leaked = leaks(text, role);
        if (leaked.length > 0) outcomes.push(`${role}: sees ${leaked.join(", ")}`);
        if (res.status >= 400) expect(JSON.parse(text)).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      }
      expect(outcomes).toEqual([]);
    });
  }

  it("did show each role what it may see (so the absence of the rest means something)", () => {
    expect([...seen.lead].sort()).toEqual([...MAY_SEE.lead].sort());
    expect([...seen.owner].sort()).toEqual([...MAY_SEE.owner].sort());
    expect([...seen.candidate]).toEqual(["candidateCode"]);
  });

  it("refuses the team's objects through another team's path, and another team's objects through this one", async () => {
    const lead = as.lead!;
    const crossings = [
      `/api/teams/${ids.team}/problems/${ids.otherTeamProblem}`,
      `/api/teams/${ids.team}/sets/${ids.otherTeamSet}`,
      `/api/teams/${ids.team}/sets/${ids.otherTeamSet}/results`,
      `/api/teams/${ids.otherTeam}/problems/${ids.problem}`,
      `/api/teams/${ids.otherTeam}/attempts/${ids.attempt}`,
      `/api/teams/${ids.otherTeam}/sets/${ids.set}/invitations`,
    ];
    const statuses = await Promise.all(crossings.map(async (path) => `${path} ${(await call("GET", path, lead)).status}`));
    expect(statuses).toEqual(crossings.map((path) => `${path} 404`));
  });

  it("lets only staff delete a problem or revoke a link, and only their own team's", async () => {
    for (const role of ROLES) {
      const want = (ok: number) => (role === "anonymous" ? 401 : role === "lead" || role === "owner" ? ok : 404);
      const target = role === "lead" || role === "owner" ? role : "lead";
      const del = await call("DELETE", fill(`/api/teams/:team/problems/:doomed-${target}`), as[role]);
      expect([role, del.status]).toEqual([role, want(204)]);
      const revoke = await call("DELETE", fill(`/api/teams/:team/sets/:set/invitations/:doomed-invitation-${target}`), as[role]);
      expect([role, revoke.status]).toEqual([role, want(200)]);
    }
  });

  it("lets anyone signed in take a set through its link, except the team's own staff", async () => {
    const statuses: Record<string, number> = {};
    for (const role of ROLES) statuses[role] = (await call("POST", `/api/invitations/${ids.token}/accept`, as[role])).status;
    expect(statuses).toEqual({ anonymous: 401, candidate: 200, otherSetCandidate: 200, otherTeamLead: 200, lead: 403, owner: 403 });
  });

  it("shows a candidate's result to the candidate only when the lead allows it", async () => {
    const statuses: Record<string, number> = {};
    for (const role of ROLES) statuses[role] = (await call("GET", fill("/api/attempts/:attempt/result"), as[role])).status;
    expect(statuses).toEqual({ anonymous: 401, candidate: 403, otherSetCandidate: 404, otherTeamLead: 404, lead: 404, owner: 404 });
  });

  it("shows the team a bank problem's run as its candidate saw it, and the team's own problem's in full", async () => {
    type Run = { verdict: string; tests: { name: string; status: string }[] };
    const detail = await json<{ items: { source: string; code?: string; judge?: Run }[] }>(await call("GET", fill("/api/teams/:team/attempts/:attempt"), as.lead));
    const [team, , bank] = detail.items;
    expect(team?.judge?.tests.filter((t) => t.name.includes(HIDDEN_MARKER))).toHaveLength(1);
    expect(bank).toMatchObject({ source: "bank", code: codeWith(SECRET.candidateCode), judge: { verdict: "Accepted" } });
    expect(bank?.judge?.tests.map((t) => [t.name, t.status])).toEqual([
      ["add > adds small numbers", "passed"],
      ["Hidden test 1", "passed"],
    ]);
  });

  it("shows a candidate, before the clock starts, each item's kind and points and no title", async () => {
    const late = await signUp(app, { name: "late candidate" });
    const { attemptId } = await json<{ attemptId: string }>(await call("POST", `/api/invitations/${ids.token}/accept`, late));
    const before = await json<{ items: Record<string, unknown>[] }>(await call("GET", `/api/attempts/${attemptId}`, late));
    expect(before.items.map((item) => Object.keys(item).sort())).toEqual(Array(4).fill(["kind", "points", "position", "savedAt", "submittedAt"]));
    // The same view once started names them all, so their absence before is the rule, not a typo.
    const started = await json<{ items: { kind: string; points: number; title: string }[] }>(await call("POST", `/api/attempts/${attemptId}/start`, late));
    expect(started.items.map((item) => [item.kind, item.points, item.title])).toEqual([
      ["coding", 40, "Team add"],
      ["design", 30, "Design team-design"],
      ["coding", 20, "Add two numbers"],
      ["design", 10, "Test rubric"],
    ]);
    expect(started.items.filter((item) => JSON.stringify(before).includes(item.title))).toEqual([]);
  });

  it("lets only the invited address join a team as a lead, once", async () => {
    const invitee = await signUp(app, { name: "invitee" });
    const invitation = await json<{ id: string }>(await call("POST", `/api/teams/${ids.otherTeam}/members/invitations`, as.otherTeamLead, { email: invitee.email }), 201);
    const statuses: Record<string, number> = {};
    for (const role of ROLES) statuses[role] = (await call("POST", `/api/teams/join/${invitation.id}`, as[role])).status;
    expect(statuses).toEqual({ anonymous: 401, candidate: 403, otherSetCandidate: 403, otherTeamLead: 403, lead: 403, owner: 403 });
    expect(await json(await call("POST", `/api/teams/join/${invitation.id}`, invitee))).toEqual({ teamId: ids.otherTeam });
    expect((await call("POST", `/api/teams/join/${invitation.id}`, invitee)).status).toBe(404);
  });

  it("has a row for every route the app registers, and no row for a route it does not", () => {
    const routes = apiRoutes(app);
    const rows = [...ENDPOINTS, ...COVERED_BELOW];
    const covered = (route: ApiRoute) => rows.some((row) => row.method === route.method && matchesRoute(route.path, row.path));
    expect(routes.filter((route) => !OUTSIDE_THE_MATRIX.includes(routeKey(route)) && !covered(route)).map(routeKey)).toEqual([]);
    expect(rows.filter((row) => !routes.some((route) => route.method === row.method && matchesRoute(route.path, row.path))).map((row) => `${row.method} ${row.path}`)).toEqual([]);
    expect(OUTSIDE_THE_MATRIX.filter((key) => !routes.some((route) => routeKey(route) === key))).toEqual([]);
  });

  it("refuses a forged request to every state-changing route, from staff or a candidate, before it changes anything", async () => {
    const victim = await signUp(app, { name: "victim" });
    const leadInvitation = await json<{ id: string }>(await call("POST", `/api/teams/${ids.otherTeam}/members/invitations`, as.otherTeamLead, { email: victim.email }), 201);
    const link = await json<{ token: string }>(await call("POST", `/api/teams/${ids.team}/sets/${ids.set}/invitations`, as.owner, {}), 201);
    const victimAttempt = await openAttempt(call, as.owner!, ids.team!, ids.otherSet!, victim);
    // Real ids, so a request let through would do what it asks.
    const targets = [
      { who: "the team's owner", account: as.owner!, values: { teamId: ids.team, setId: ids.set, problemId: ids.problem, invitationId: ids.invitation, id: ids.attempt, token: ids.token } },
      { who: "a candidate invited to lead", account: victim, values: { teamId: ids.otherTeam, setId: ids.otherTeamSet, problemId: ids.otherTeamProblem, invitationId: leadInvitation.id, id: victimAttempt, token: link.token } },
    ];
    const routes = apiRoutes(app).filter((route) => STATE_CHANGING_METHODS.includes(route.method));
    expect(routes.map(routeKey)).toEqual(
      expect.arrayContaining(["POST /api/teams/join/:invitationId", "POST /api/invitations/:token/accept", "POST /api/attempts/:id/start", "POST /api/attempts/:id/finish", "POST /api/auth/*"]),
    );

    const before = await everyRow();
    const outcomes: string[] = [];
    for (const { who, account, values } of targets) {
      for (const route of routes) {
        // better-auth's routes: signing out is the one that changes something for a signed-in user.
        const path = fillRoute(route.path, { ...values, position: "1", slug: "bank-add" }, "sign-out");
        const body = ENDPOINTS.find((row) => row.method === route.method && matchesRoute(route.path, row.path))?.body?.("owner");
        for (const [forgery, headers] of FORGERIES) {
          const res = await forge(route.method, path, account, headers, body);
          const text = await res.text();
          if (res.status !== 403 || !text.includes(`"code":"cross_site_request"`)) outcomes.push(`${who}, ${forgery}: ${route.method} ${path} answered ${res.status} ${text.slice(0, 120)}`);
        }
      }
    }
    expect(outcomes).toEqual([]);
    expect(await everyRow()).toEqual(before);

    // What the audit did to a victim, undone: no team joined, no set taken, no clock started...
    expect(await json(await call("GET", "/api/teams", victim))).toEqual({ teams: [] });
    const attempts = await json<{ attempts: { id: string; status: string }[] }>(await call("GET", "/api/attempts", victim));
    expect(attempts.attempts.map((a) => [a.id, a.status])).toEqual([[victimAttempt, "not_started"]]);
    // ...though each would have worked from the app's own pages.
    expect(await json(await call("POST", `/api/teams/join/${leadInvitation.id}`, victim))).toEqual({ teamId: ids.otherTeam });
    expect(await json(await call("POST", `/api/invitations/${link.token}/accept`, victim))).toEqual({ attemptId: expect.any(String) });
    expect(await json(await call("POST", `/api/attempts/${victimAttempt}/start`, victim))).toMatchObject({ status: "in_progress" });
  });
});

/** A request as another site's page would send it: the victim's cookie goes along, the page's own headers with it. */
function forge(method: string, path: string, account: TestAccount, headers: Record<string, string>, body?: unknown) {
  const json: Record<string, string> = body === undefined ? {} : { "Content-Type": "application/json" };
  return app.request(path, { method, headers: { Cookie: account.cookie, ...json, ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

/** Every row of every table: equal before and after means nothing at all was written. */
async function everyRow(): Promise<Record<string, unknown[]>> {
  const tables = await db.$client.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) dump[String(name)] = (await db.$client.execute(`SELECT * FROM "${String(name)}" ORDER BY rowid`)).rows;
  return dump;
}
