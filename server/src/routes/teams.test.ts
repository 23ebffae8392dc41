import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations } from "../db/schema/index.ts";
import { call, type TeamTestApp, teamOwner, teamTestApp } from "../teams/problems/fixtures.ts";
import { signUp } from "./fixtures.ts";

let t: TeamTestApp;
beforeAll(async () => {
  t = await teamTestApp();
});
afterAll(() => t.close());

interface TeamDetail {
  id: string;
  name: string;
  slug: string;
  role: string;
  members: { userId: string; name: string; email: string; role: string }[];
  invitations: { id: string; email: string; role: string; status: string; expiresAt: string }[];
}

describe("teams", () => {
  it("creates a team owned by its creator, with a unique slug, and lists it as theirs only", async () => {
    const owner = await signUp(t.app, { name: "Olga Owner" });
    const first = await call(t.app, "POST", "/api/teams", owner, { name: "Payments Platform (EU)" });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: expect.any(String), name: "Payments Platform (EU)", slug: "payments-platform-eu", role: "owner" });
    const second = await call<{ slug: string }>(t.app, "POST", "/api/teams", owner, { name: "Payments platform, EU" });
    expect(second.body.slug).toMatch(/^payments-platform-eu-[0-9a-f]{6}$/);

    const mine = await call<{ teams: { name: string; role: string }[] }>(t.app, "GET", "/api/teams", owner);
    expect(mine.body.teams.map((x) => [x.name, x.role])).toEqual([
      ["Payments Platform (EU)", "owner"],
      ["Payments platform, EU", "owner"],
    ]);
    const stranger = await signUp(t.app);
    expect((await call(t.app, "GET", "/api/teams", stranger)).body).toEqual({ teams: [] });
  });

  it("shows a team to its members only: a stranger gets the 404 a wrong id gets, anonymous a 401", async () => {
    const { owner, teamId } = await teamOwner(t.app, "Search");
    const detail = await call<TeamDetail>(t.app, "GET", `/api/teams/${teamId}`, owner);
    expect(detail.body).toMatchObject({ id: teamId, name: "Search", role: "owner", members: [{ name: "Olga Owner", email: owner.email, role: "owner" }], invitations: [] });

    const stranger = await signUp(t.app);
    const hidden = await call(t.app, "GET", `/api/teams/${teamId}`, stranger);
    const missing = await call(t.app, "GET", `/api/teams/${crypto.randomUUID()}`, stranger);
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(hidden.body).toMatchObject({ code: "not_found", message: (missing.body as { message: string }).message });
    expect((await call(t.app, "POST", `/api/teams/${teamId}/members/invitations`, stranger, { email: stranger.email })).status).toBe(404);
    expect((await call(t.app, "GET", `/api/teams/${teamId}`)).status).toBe(401);
    expect((await call(t.app, "POST", "/api/teams", undefined, { name: "Nobody's" })).status).toBe(401);
  });

  it("rejects a team without a name", async () => {
    const owner = await signUp(t.app);
    const res = await call(t.app, "POST", "/api/teams", owner, { name: "   " });
    expect(res.status).toBe(400);
  });

  it("invites a lead by link; only that address joins, once; the lead then sees the team and may invite", async () => {
    const { owner, teamId } = await teamOwner(t.app, "Growth");
    const lead = await signUp(t.app, { name: "Lee Lead" });
    const invited = await call<{ id: string; path: string; role: string; email: string; expiresAt: string }>(
      t.app,
      "POST",
      `/api/teams/${teamId}/members/invitations`,
      owner,
      { email: lead.email.toUpperCase() },
    );
    expect(invited.status).toBe(201);
    expect(invited.body).toEqual({ id: expect.any(String), email: lead.email, role: "lead", expiresAt: expect.any(String), path: `/teams/join/${invited.body.id}` });
    expect(Date.parse(invited.body.expiresAt) - Date.now()).toBeGreaterThan(6 * 24 * 3600_000);
    const pending = await call<TeamDetail>(t.app, "GET", `/api/teams/${teamId}`, owner);
    expect(pending.body.invitations).toEqual([{ id: invited.body.id, email: lead.email, role: "lead", status: "pending", expiresAt: invited.body.expiresAt }]);

    const someoneElse = await signUp(t.app);
    const wrongPerson = await call(t.app, "POST", `/api/teams/join/${invited.body.id}`, someoneElse);
    expect(wrongPerson.status).toBe(403);
    expect((await call(t.app, "GET", `/api/teams/${teamId}`, someoneElse)).status).toBe(404);

    const joined = await call(t.app, "POST", `/api/teams/join/${invited.body.id}`, lead);
    expect(joined).toEqual({ status: 200, body: { teamId } });
    const seen = await call<TeamDetail>(t.app, "GET", `/api/teams/${teamId}`, lead);
    expect(seen.body.role).toBe("lead");
    expect(seen.body.members.map((m) => [m.name, m.role])).toEqual([
      ["Olga Owner", "owner"],
      ["Lee Lead", "lead"],
    ]);
    expect(seen.body.invitations).toEqual([]);
    expect((await call(t.app, "POST", `/api/teams/join/${invited.body.id}`, lead)).status).toBe(404);
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, invited.body.id));
    expect(row?.status).toBe("accepted");

    const byLead = await call(t.app, "POST", `/api/teams/${teamId}/members/invitations`, lead, { email: "another-lead@example.com" });
    expect(byLead.status).toBe(201);
    const again = await call(t.app, "POST", `/api/teams/${teamId}/members/invitations`, lead, { email: owner.email });
    expect(again.status).toBe(409);
  });

  it("answers 404 for an invitation that does not exist, and 400 for an address that is not one", async () => {
    const { owner, teamId } = await teamOwner(t.app, "Infra");
    expect((await call(t.app, "POST", "/api/teams/join/not-an-invitation", owner)).status).toBe(404);
    expect((await call(t.app, "POST", `/api/teams/${teamId}/members/invitations`, owner, { email: "not an email" })).status).toBe(400);
  });
});
