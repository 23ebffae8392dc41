import { Hono } from "hono";
import { createTeam, createTeamSchema } from "../services/teams/create.ts";
import { getTeam } from "../services/teams/get.ts";
import { inviteLead, inviteLeadSchema } from "../services/teams/invite.ts";
import { joinTeam } from "../services/teams/join.ts";
import { listTeams } from "../services/teams/list.ts";
import type { TeamDeps } from "../teams/deps.ts";
import { requireUser } from "./session.ts";
import { jsonBody } from "./validate.ts";

/** `/api/teams`: the signed-in user's teams, creating one, its members and lead invitations. */
export function teamRoutes(deps: TeamDeps) {
  return new Hono()
    .get("/", async (c) => {
      const { teams } = await listTeams(deps.db, requireUser(c).id);
      return c.json({ teams });
    })
    .post("/", jsonBody(createTeamSchema), async (c) => {
      requireUser(c);
      const team = await createTeam(deps, c.req.raw.headers, c.req.valid("json"));
      return c.json({ id: team.id, name: team.name, slug: team.slug, role: team.role }, 201);
    })
    .post("/join/:invitationId", async (c) => {
      requireUser(c);
      const { teamId } = await joinTeam(deps, c.req.raw.headers, c.req.param("invitationId"));
      return c.json({ teamId });
    })
    .get("/:teamId", async (c) => {
      const team = await getTeam(deps.db, requireUser(c).id, c.req.param("teamId"));
      return c.json({ id: team.id, name: team.name, slug: team.slug, role: team.role, members: team.members, invitations: team.invitations });
    })
    .post("/:teamId/members/invitations", jsonBody(inviteLeadSchema), async (c) => {
      const invitation = await inviteLead(deps, requireUser(c).id, c.req.raw.headers, c.req.param("teamId"), c.req.valid("json"));
      c.header("Cache-Control", "no-store");
      return c.json({ id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, path: invitation.path }, 201);
    });
}
