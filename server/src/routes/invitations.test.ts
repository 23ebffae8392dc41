import { rm } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createApp } from "../app.ts";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { attemptItems, attempts, setInvitations } from "../db/schema/index.ts";
import { makeTempDir, problemFiles, SOLUTION, writeProblem } from "../problems/fixtures.ts";
import { loadProblem } from "../problems/load.ts";
import { makeRubric } from "../scoring/fixtures.ts";
import { addMember, insertTeamProblem, makeTeam, userIdOf } from "../services/sets/fixtures.ts";
import { checkedApp, SAME_ORIGIN, scriptedJudge, signUp, type TestAccount, testAuth } from "./fixtures.ts";

const RUBRIC = makeRubric({ id: "queues", title: "Queues", kind: "concept", version: "7", criteria: [{ id: "why", title: "Why", weight: 1, concepts: ["decouple"] }] });
const PER_MINUTE = 6;
const CLIENT_HEADER = "x-test-client";

let root: string;
let db: Db;
let app: ReturnType<typeof createApp>;
let lead: TestAccount;
let teamId: string;
let setId: string;
let teamProblem: { id: string; versionIds: string[] };
let addresses = 0;

beforeAll(async () => {
  root = await makeTempDir("rehearse-invitations-");
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
  const problems = [await loadProblem(await writeProblem(root, "add-two"))];
  app = checkedApp({
    db,
    judge: scriptedJudge(SOLUTION),
    problems,
    rubrics: [RUBRIC],
    webDist: root,
    auth: testAuth(db),
    invitationPerMinute: PER_MINUTE,
    proxyClientIpHeader: CLIENT_HEADER,
  });
  lead = await signUp(app);
  teamId = await makeTeam(db, "Acme");
  await addMember(db, teamId, await userIdOf(db, lead.email), "lead");
  const files = problemFiles() as Record<string, string>;
  // Version 1 is published; version 2 is a newer draft, which candidates must not get.
  teamProblem = await insertTeamProblem(db, teamId, { slug: "team-add", kind: "coding", title: "Team add", versions: [files, files], published: 1 });
  const res = await request("POST", `/api/teams/${teamId}/sets`, lead, {
    title: "Backend loop",
    instructions: "Read everything first.",
    timeLimitMinutes: 60,
    items: [
      { source: "bank", ref: "add-two", points: 50 },
      { source: "bank", ref: "queues", points: 30 },
      { source: "team", ref: teamProblem.id, points: 20 },
    ],
  });
  setId = ((await res.json()) as { set: { id: string } }).set.id;
});
afterAll(async () => {
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

/** Each test speaks from its own address, so the per-client limit of one never reaches another. */
function newAddress(): string {
  addresses += 1;
  return `203.0.113.${addresses}`;
}

function request(method: string, path: string, account?: TestAccount, body?: unknown, address = "198.51.100.1") {
  const headers: Record<string, string> = { [CLIENT_HEADER]: address, ...SAME_ORIGIN, ...(account ? { Cookie: account.cookie } : {}) };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return app.request(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
}

async function invite(options: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
  const res = await request("POST", `/api/teams/${teamId}/sets/${setId}/invitations`, lead, options);
  expect(res.status).toBe(201);
  const { invitation, token } = (await res.json()) as { invitation: { id: string }; token: string };
  return { id: invitation.id, token };
}

async function expectError(res: Response, status: number, message?: RegExp) {
  const body = (await res.json()) as { code: string; message: string };
  expect(res.status, JSON.stringify(body)).toBe(status);
  if (message) expect(body.message).toMatch(message);
  return body;
}

async function accept(token: string, account: TestAccount, address: string): Promise<string> {
  const res = await request("POST", `/api/invitations/${token}/accept`, account, undefined, address);
  const body = (await res.json()) as { attemptId: string };
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body.attemptId;
}

async function usesOf(invitationId: string): Promise<number> {
  const [row] = await db.select({ uses: setInvitations.uses }).from(setInvitations).where(eq(setInvitations.id, invitationId));
  return row!.uses;
}

describe("the invitation link", () => {
  it("shows who invites to what, without revealing the bound email", async () => {
    const { token } = await invite({ email: "someone@example.com" });
    const res = await request("GET", `/api/invitations/${token}`, undefined, undefined, newAddress());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      team: { name: "Acme" },
      set: { title: "Backend loop", instructions: "Read everything first.", timeLimitMinutes: 60, itemCount: 3 },
      expiresAt: expect.any(String),
      emailBound: true,
    });
  });

  it("answers 404 to an unknown or malformed token", async () => {
    const address = newAddress();
    await expectError(await request("GET", `/api/invitations/${"A".repeat(43)}`, undefined, undefined, address), 404, /No such invitation/);
    await expectError(await request("GET", "/api/invitations/short", undefined, undefined, address), 404, /No such invitation/);
  });

  it("answers 410 once it expired", async () => {
    const { id, token } = await invite();
    await db.update(setInvitations).set({ expiresAt: new Date(Date.now() - 1_000) }).where(eq(setInvitations.id, id));
    const address = newAddress();
    await expectError(await request("GET", `/api/invitations/${token}`, undefined, undefined, address), 410, /expired/);
    await expectError(await request("POST", `/api/invitations/${token}/accept`, await signUp(app), undefined, address), 410, /expired/);
  });

  it("answers 410 once revoked", async () => {
    const { id, token } = await invite();
    await request("DELETE", `/api/teams/${teamId}/sets/${setId}/invitations/${id}`, lead);
    const address = newAddress();
    await expectError(await request("GET", `/api/invitations/${token}`, undefined, undefined, address), 410, /withdrawn/);
    await expectError(await request("POST", `/api/invitations/${token}/accept`, await signUp(app), undefined, address), 410, /withdrawn/);
  });
});

describe("accepting", () => {
  it("opens an attempt with every item pinned: the published team version, the rubric version, the bank problem's hash", async () => {
    const { token } = await invite();
    const attemptId = await accept(token, await signUp(app), newAddress());
    const [attempt] = await db.select().from(attempts).where(eq(attempts.id, attemptId));
    expect(attempt).toMatchObject({ setId, status: "not_started", timeLimitMinutes: 60, maxPoints: 100, startedAt: null, deadlineAt: null });
    const items = await db.select().from(attemptItems).where(eq(attemptItems.attemptId, attemptId)).orderBy(attemptItems.position);
    expect(items.map((i) => [i.position, i.source, i.kind, i.title, i.points])).toEqual([
      [1, "bank", "coding", "Add two numbers", 50],
      [2, "bank", "concept", "Queues", 30],
      [3, "team", "coding", "Team add", 20],
    ]);
    expect(items[0]?.bankVersion).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(items[1]?.bankVersion).toBe("7");
    expect(items[2]?.versionId).toBe(teamProblem.versionIds[0]);
  });

  it("takes one use; the same candidate accepting again gets the same attempt; past the last use, 410", async () => {
    const { id, token } = await invite({ maxUses: 1 });
    const address = newAddress();
    const ada = await signUp(app);
    const first = await accept(token, ada, address);
    expect(await accept(token, ada, address)).toBe(first);
    expect(await usesOf(id)).toBe(1);
    await expectError(await request("POST", `/api/invitations/${token}/accept`, await signUp(app), undefined, address), 410, /already been used/);
    await expectError(await request("GET", `/api/invitations/${token}`, undefined, undefined, address), 410, /already been used/);
  });

  it("never lets more candidates in than the link allows, however many accept at once", async () => {
    const { id, token } = await invite({ maxUses: 2 });
    const candidates = await Promise.all([1, 2, 3, 4, 5].map(() => signUp(app)));
    const results = await Promise.all(candidates.map((c) => request("POST", `/api/invitations/${token}/accept`, c, undefined, newAddress())));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 410, 410, 410]);
    expect(await usesOf(id)).toBe(2);
  });

  it("binds a link to its email: another account gets 403, the right one (any case) gets in", async () => {
    const bob = await signUp(app, { email: `bob-${crypto.randomUUID().slice(0, 6)}@example.com` });
    const { token } = await invite({ email: bob.email.toUpperCase() });
    const address = newAddress();
    await expectError(await request("POST", `/api/invitations/${token}/accept`, await signUp(app), undefined, address), 403, /another email address/);
    expect(await accept(token, bob, address)).toEqual(expect.any(String));
  });

  it("refuses the team's own lead (403) and the signed-out (401)", async () => {
    const { token } = await invite();
    const address = newAddress();
    await expectError(await request("POST", `/api/invitations/${token}/accept`, lead, undefined, address), 403, /member of this team/);
    await expectError(await request("POST", `/api/invitations/${token}/accept`, undefined, undefined, address), 401);
  });
});

describe("the per-client limit", () => {
  it("answers 429 with Retry-After past the limit, for that address only", async () => {
    const { token } = await invite();
    const address = newAddress();
    for (let i = 0; i < PER_MINUTE; i++) expect((await request("GET", `/api/invitations/${token}`, undefined, undefined, address)).status).toBe(200);
    const limited = await request("GET", `/api/invitations/${token}`, undefined, undefined, address);
    await expectError(limited, 429, /Too many invitation requests/);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("Retry-After"))).toBeLessThanOrEqual(60);
    // Guessing tokens counts too, and accepting.
    await expectError(await request("POST", `/api/invitations/${token}/accept`, await signUp(app), undefined, address), 429);
    expect((await request("GET", `/api/invitations/${token}`, undefined, undefined, newAddress())).status).toBe(200);
  });
});
