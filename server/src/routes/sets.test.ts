import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createApp } from "../app.ts";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { setInvitations } from "../db/schema/index.ts";
import { makeTempDir, problemFiles, SOLUTION, writeProblem } from "../problems/fixtures.ts";
import { loadProblem } from "../problems/load.ts";
import { makeRubric } from "../scoring/fixtures.ts";
import { addMember, insertTeamProblem, makeTeam, userIdOf } from "../services/sets/fixtures.ts";
import { checkedApp, SAME_ORIGIN, scriptedJudge, signUp, type TestAccount, testAuth } from "./fixtures.ts";

const RUBRIC = makeRubric({ id: "queues", title: "Queues", kind: "concept", criteria: [{ id: "why", title: "Why", weight: 1, concepts: ["decouple"] }] });

let root: string;
let db: Db;
let app: ReturnType<typeof createApp>;
let lead: TestAccount;
let owner: TestAccount;
let stranger: TestAccount;
let teamId: string;
let otherTeamId: string;
let published: string;
let draftOnly: string;

beforeAll(async () => {
  root = await makeTempDir("rehearse-sets-");
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
  const problems = [await loadProblem(await writeProblem(root, "add-two"))];
  app = checkedApp({ db, judge: scriptedJudge(SOLUTION), problems, rubrics: [RUBRIC], webDist: root, auth: testAuth(db) });
  [lead, owner, stranger] = [await signUp(app), await signUp(app), await signUp(app)];
  teamId = await makeTeam(db, "Acme");
  otherTeamId = await makeTeam(db, "Other");
  await addMember(db, teamId, await userIdOf(db, lead.email), "lead");
  await addMember(db, teamId, await userIdOf(db, owner.email), "owner");
  await addMember(db, otherTeamId, await userIdOf(db, stranger.email), "lead");
  const files = problemFiles() as Record<string, string>;
  published = (await insertTeamProblem(db, teamId, { slug: "team-add", kind: "coding", title: "Team add", versions: [files], published: 1 })).id;
  draftOnly = (await insertTeamProblem(db, teamId, { slug: "team-draft", kind: "coding", title: "Half done", versions: [files] })).id;
});
afterAll(async () => {
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

function call(method: string, path: string, account?: TestAccount, body?: unknown) {
  const headers: Record<string, string> = { ...SAME_ORIGIN, ...(account ? { Cookie: account.cookie } : {}) };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return app.request(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
}

async function expectError(res: Response, status: number, message?: RegExp) {
  const body = (await res.json()) as { code: string; message: string; requestId: string };
  expect(res.status, JSON.stringify(body)).toBe(status);
  if (message) expect(body.message).toMatch(message);
  expect(body.requestId).toEqual(expect.any(String));
  return body;
}

const SET = {
  title: "Backend loop",
  instructions: "Read everything first.",
  timeLimitMinutes: 90,
  resultsVisibleToCandidate: false,
  items: [
    { source: "bank", ref: "add-two", points: 40 },
    { source: "bank", ref: "queues", points: 20 },
  ],
};

async function createSet(body: unknown = SET, account = lead): Promise<{ id: string; items: { position: number; kind: string; title: string }[] }> {
  const res = await call("POST", `/api/teams/${teamId}/sets`, account, body);
  const json = (await res.json()) as { set: { id: string; items: { position: number; kind: string; title: string }[] } };
  expect(res.status, JSON.stringify(json)).toBe(201);
  return json.set;
}

describe("sets", () => {
  it("a lead creates a set from the bank and the team's published problems, in order, with kinds and titles", async () => {
    const set = await createSet({ ...SET, items: [...SET.items, { source: "team", ref: published, points: 40 }] });
    const res = await call("GET", `/api/teams/${teamId}/sets/${set.id}`, owner);
    expect(res.status).toBe(200);
    const { set: got } = (await res.json()) as { set: Record<string, unknown> };
    expect(got).toMatchObject({ id: set.id, title: "Backend loop", instructions: "Read everything first.", timeLimitMinutes: 90, resultsVisibleToCandidate: false });
    expect(got.items).toEqual([
      { position: 1, source: "bank", ref: "add-two", kind: "coding", title: "Add two numbers", points: 40 },
      { position: 2, source: "bank", ref: "queues", kind: "concept", title: "Queues", points: 20 },
      { position: 3, source: "team", ref: published, kind: "coding", title: "Team add", points: 40 },
    ]);
  });

  it("takes a team problem by slug and stores its id", async () => {
    const set = await createSet({ ...SET, items: [{ source: "team", ref: "team-add", points: 10 }] });
    expect(set.items).toEqual([expect.objectContaining({ ref: published, kind: "coding" })]);
  });

  it("lists the team's sets with item and attempt counts", async () => {
    const set = await createSet({ ...SET, title: "Listed" });
    const res = await call("GET", `/api/teams/${teamId}/sets`, lead);
    const { sets } = (await res.json()) as { sets: { id: string; title: string; itemCount: number; attemptCount: number; timeLimitMinutes: number }[] };
    expect(sets.find((s) => s.id === set.id)).toMatchObject({ title: "Listed", itemCount: 2, attemptCount: 0, timeLimitMinutes: 90 });
  });

  it("replaces the fields and items on PUT", async () => {
    const set = await createSet();
    const res = await call("PUT", `/api/teams/${teamId}/sets/${set.id}`, lead, {
      ...SET,
      title: "Renamed",
      timeLimitMinutes: 45,
      resultsVisibleToCandidate: true,
      items: [{ source: "bank", ref: "queues", points: 100 }],
    });
    expect(res.status).toBe(200);
    const { set: updated } = (await res.json()) as { set: Record<string, unknown> };
    expect(updated).toMatchObject({ title: "Renamed", timeLimitMinutes: 45, resultsVisibleToCandidate: true });
    expect(updated.items).toEqual([{ position: 1, source: "bank", ref: "queues", kind: "concept", title: "Queues", points: 100 }]);
  });

  it("refuses a draft-only team problem with a 422 that says why", async () => {
    const res = await call("POST", `/api/teams/${teamId}/sets`, lead, { ...SET, items: [{ source: "team", ref: draftOnly, points: 10 }] });
    const body = await expectError(res, 422, /"Half done" has no published version yet/);
    expect(body.code).toBe("unprocessable");
  });

  it("refuses refs that name nothing, and another team's problem", async () => {
    const foreign = await insertTeamProblem(db, otherTeamId, { slug: "theirs", kind: "coding", title: "Theirs", versions: [problemFiles() as Record<string, string>], published: 1 });
    const res = await call("POST", `/api/teams/${teamId}/sets`, lead, {
      ...SET,
      items: [
        { source: "bank", ref: "no-such-problem", points: 1 },
        { source: "team", ref: foreign.id, points: 1 },
      ],
    });
    const body = (await expectError(res, 422, /Item 1: No problem or question named "no-such-problem" in the bank/)) as { details?: { errors: unknown[] } };
    expect(body.details?.errors).toHaveLength(2);
  });

  it("validates the body: limits and duplicates", async () => {
    await expectError(await call("POST", `/api/teams/${teamId}/sets`, lead, { ...SET, timeLimitMinutes: 0 }), 400, /timeLimitMinutes/);
    await expectError(await call("POST", `/api/teams/${teamId}/sets`, lead, { ...SET, items: [] }), 400, /at least one problem/);
    const twice = { ...SET, items: [SET.items[0], SET.items[0]] };
    await expectError(await call("POST", `/api/teams/${teamId}/sets`, lead, twice), 400, /twice/);
  });

  it("hides the team's sets from another team's lead (404) and from the signed-out (401)", async () => {
    const set = await createSet();
    await expectError(await call("GET", `/api/teams/${teamId}/sets`, stranger), 404);
    await expectError(await call("GET", `/api/teams/${teamId}/sets/${set.id}`, stranger), 404);
    await expectError(await call("PUT", `/api/teams/${teamId}/sets/${set.id}`, stranger, SET), 404);
    await expectError(await call("POST", `/api/teams/${teamId}/sets`, stranger, SET), 404);
    await expectError(await call("GET", `/api/teams/${teamId}/sets/${set.id}/results`, stranger), 404);
    await expectError(await call("GET", `/api/teams/${teamId}/sets/${set.id}/invitations`, stranger), 404);
    // Their own team id with our set id: still no such set.
    await expectError(await call("GET", `/api/teams/${otherTeamId}/sets/${set.id}`, stranger), 404, /No such set/);
    await expectError(await call("GET", `/api/teams/${teamId}/sets`), 401);
  });
});

describe("set invitations", () => {
  it("shows the token once, stores only its SHA-256, and never lists it", async () => {
    const set = await createSet();
    const res = await call("POST", `/api/teams/${teamId}/sets/${set.id}/invitations`, lead, { label: "for Ada", email: "Ada@Example.com", expiresInHours: 24, maxUses: 2 });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { invitation: Record<string, unknown>; token: string; path: string };
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.path).toBe(`/invite/${created.token}`);
    expect(created.invitation).toMatchObject({ label: "for Ada", email: "ada@example.com", maxUses: 2, uses: 0, revokedAt: null, status: "active" });

    const [row] = await db.select().from(setInvitations).where(eq(setInvitations.id, created.invitation.id as string));
    expect(row?.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const list = await call("GET", `/api/teams/${teamId}/sets/${set.id}/invitations`, owner);
    const text = await list.text();
    expect(text).not.toContain(created.token);
    expect(JSON.parse(text).invitations).toEqual([expect.objectContaining({ id: created.invitation.id, status: "active" })]);
  });

  it("defaults to 72 hours and one use, and bounds both", async () => {
    const set = await createSet();
    const res = await call("POST", `/api/teams/${teamId}/sets/${set.id}/invitations`, lead, {});
    const { invitation } = (await res.json()) as { invitation: { expiresAt: string; maxUses: number } };
    expect(invitation.maxUses).toBe(1);
    expect(new Date(invitation.expiresAt).getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);
    await expectError(await call("POST", `/api/teams/${teamId}/sets/${set.id}/invitations`, lead, { expiresInHours: 721 }), 400, /expiresInHours/);
    await expectError(await call("POST", `/api/teams/${teamId}/sets/${set.id}/invitations`, lead, { maxUses: 0 }), 400, /maxUses/);
  });

  it("revokes a link", async () => {
    const set = await createSet();
    const created = await call("POST", `/api/teams/${teamId}/sets/${set.id}/invitations`, lead, {});
    const { invitation } = (await created.json()) as { invitation: { id: string } };
    const res = await call("DELETE", `/api/teams/${teamId}/sets/${set.id}/invitations/${invitation.id}`, owner);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { invitation: unknown }).invitation).toMatchObject({ id: invitation.id, status: "revoked", revokedAt: expect.any(String) });
    await expectError(await call("DELETE", `/api/teams/${teamId}/sets/${set.id}/invitations/${crypto.randomUUID()}`, owner), 404);
  });
});
