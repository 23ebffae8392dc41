import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createApp } from "../app.ts";
import { createDb } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { makeTempDir, SOLUTION } from "../problems/fixtures.ts";
import { caller, json, type Call } from "../services/attempts/fixtures.ts";
import { checkedApp, scriptedJudge, signUp, type TestAccount, TEST_ORIGIN, testAuth } from "./fixtures.ts";

// Made here, not in beforeAll: the plugin's endpoints name the tests, which are listed before it runs.
const db = createDb({ url: ":memory:" });
const auth = testAuth(db);
let root: string;
let app: ReturnType<typeof createApp>;
let call: Call;
let owner: TestAccount;
let teamId: string;
/** Someone else's team for calling the plugin around the guard, which deletes it among other things. */
let prober: { account: TestAccount; teamId: string };

beforeAll(async () => {
  root = await makeTempDir("rehearse-organization-");
  await migrateDb(db);
  app = checkedApp({ db, judge: scriptedJudge(SOLUTION), problems: [], webDist: root, auth });
  call = caller(app);
  owner = await signUp(app, { name: "Olga Owner" });
  teamId = (await json<{ id: string }>(await call("POST", "/api/teams", owner, { name: "Acme" }), 201)).id;
  const account = await signUp(app, { name: "Pat Prober" });
  prober = { account, teamId: (await json<{ id: string }>(await call("POST", "/api/teams", account, { name: "Probed" }), 201)).id };
});
afterAll(async () => {
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

interface PluginEndpoint {
  method: string;
  path: string;
}

/** The organization plugin's endpoints as this better-auth version mounts them, read off the plugin itself. */
function organizationEndpoints(): PluginEndpoint[] {
  const plugin = auth.options.plugins.find((p) => p.id === "organization");
  const endpoints: PluginEndpoint[] = [];
  for (const endpoint of Object.values(plugin?.endpoints ?? {})) {
    const { path, options } = endpoint as { path?: unknown; options?: { method?: unknown } };
    // Server-only endpoints (addMember) have no path: nothing to reach over HTTP.
    if (typeof path !== "string") continue;
    for (const method of [options?.method].flat()) endpoints.push({ method: typeof method === "string" && method !== "*" ? method : "POST", path });
  }
  return endpoints;
}

/** A request as the web would send it, signed in as the prober, owner of their team, from the app's origin. */
function request(method: string, path: string): Request {
  const fields = { organizationId: prober.teamId, slug: "probed", name: "Probed", email: "x@example.com", role: "admin" };
  const body = method === "GET" ? {} : { body: JSON.stringify(fields) };
  return new Request(new URL(path, TEST_ORIGIN), { method, headers: { Cookie: prober.account.cookie, Origin: TEST_ORIGIN, "Content-Type": "application/json" }, ...body });
}

describe("better-auth's organization endpoints over HTTP", () => {
  const endpoints = organizationEndpoints();

  it("are read off the plugin, each under /organization/ (where the guard looks)", () => {
    expect(endpoints.length).toBeGreaterThan(20);
    expect(endpoints.filter((e) => !e.path.startsWith("/organization/"))).toEqual([]);
    expect(endpoints).toContainEqual({ method: "POST", path: "/organization/check-slug" });
  });

  it.each(endpoints.map((e) => [`${e.method} ${e.path}`, e] as const))("%s answers 404, as an unknown API path does", async (_, { method, path }) => {
    const res = await app.request(request(method, `/api/auth${path}`));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: "not_found", message: `Nothing at ${method} /api/auth${path}.`, requestId: expect.any(String) });
    // Around the guard the plugin answers it, in JSON, where an unknown path gets an empty 404: the 404 above is the guard's.
    const around = await auth.handler(request(method, `/api/auth${path}`));
    expect([around.status, around.headers.get("Content-Type")]).toEqual([expect.any(Number), expect.stringContaining("application/json")]);
  });

  it("hides every spelling of the path: a trailing slash, another case, an escaped letter", async () => {
    for (const path of ["/api/auth/organization/check-slug/", "/api/auth/Organization/check-slug", "/api/auth/%6Frganization/check-slug", "/api/auth/organization"]) {
      expect([path, (await app.request(request("POST", path))).status]).toEqual([path, 404]);
    }
  });

  it("leaves the rest of better-auth alone", async () => {
    expect((await app.request("/api/auth/get-session", { headers: { Cookie: owner.cookie } })).status).toBe(200);
  });
});

/**
 * The app's own doors to the plugin take only the fields they define, so whatever better-auth
 * would accept (a role the app has no such thing as, a 20,000-character name, a script as a logo,
 * a slug that would break a header) is a 400 before it gets there.
 */
describe("the app's own team routes", () => {
  const HOSTILE = {
    role: { role: "admin" },
    "oversize name": { name: "x".repeat(20_000) },
    "javascript: logo": { logo: "javascript:alert(document.cookie)" },
    "slug with quotes and CRLF": { slug: 'acme"\r\nSet-Cookie: a=b' },
  };

  it.each(Object.entries(HOSTILE))("POST /api/teams refuses a %s with 400 and makes no team", async (_, fields) => {
    const res = await call("POST", "/api/teams", owner, { name: "Globex", ...fields });
    expect(res.status).toBe(400);
    const { teams } = await json<{ teams: { name: string }[] }>(await call("GET", "/api/teams", owner));
    expect(teams.map((t) => t.name)).toEqual(["Acme"]);
  });

  it.each(Object.entries(HOSTILE))("POST /api/teams/:id/members/invitations refuses a %s with 400 and invites no one", async (_, fields) => {
    const res = await call("POST", `/api/teams/${teamId}/members/invitations`, owner, { email: "new-lead@example.com", ...fields });
    expect(res.status).toBe(400);
    const team = await json<{ invitations: unknown[] }>(await call("GET", `/api/teams/${teamId}`, owner));
    expect(team.invitations).toEqual([]);
  });

  it("makes a team's slug from its name alone: letters, digits and dashes, whatever the name holds", async () => {
    const team = await json<{ id: string; slug: string }>(await call("POST", "/api/teams", await signUp(app), { name: 'Quote " and\r\nnew line' }), 201);
    expect(team.slug).toBe("quote-and-new-line");
  });

  it("joins a lead as a lead, whatever the request asks for", async () => {
    const lead = await signUp(app, { name: "Lee Lead" });
    const invited = await json<{ id: string }>(await call("POST", `/api/teams/${teamId}/members/invitations`, owner, { email: lead.email }), 201);
    expect(await json(await call("POST", `/api/teams/join/${invited.id}`, lead, { role: "owner" }))).toEqual({ teamId });
    const team = await json<{ members: { name: string; role: string }[] }>(await call("GET", `/api/teams/${teamId}`, lead));
    expect(team.members.map((m) => [m.name, m.role])).toEqual([
      ["Olga Owner", "owner"],
      ["Lee Lead", "lead"],
    ]);
  });
});
