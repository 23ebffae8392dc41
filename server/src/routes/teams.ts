import { Hono } from "hono";
import { z } from "zod";
import { createTeam, createTeamSchema } from "../services/teams/create.ts";
import { getTeam } from "../services/teams/get.ts";
import { inviteLead, inviteLeadSchema } from "../services/teams/invite.ts";
import { joinTeam } from "../services/teams/join.ts";
import { listTeams } from "../services/teams/list.ts";
import type { TeamDeps } from "../teams/deps.ts";
import { requireUser } from "./session.ts";
import { operation } from "./openapi.ts";
import { leadInvitationSchema, teamDetailSchema, teamSummarySchema } from "./teams.schema.ts";
import { jsonBody } from "./validate.ts";

const teamId = { teamId: "The team's id." };

/** `/api/teams`: the signed-in user's teams, creating one, its members and lead invitations. */
export function teamRoutes(deps: TeamDeps) {
  return new Hono()
    .get("/", operation({ tag: "teams", summary: "Your teams", responses: { 200: { description: "With your role in each.", json: z.object({ teams: z.array(teamSummarySchema) }) } }, errors: [401] }), async (c) => {
      const { teams } = await listTeams(deps.db, requireUser(c).id);
      return c.json({ teams });
    })
    .post(
      "/",
      operation({ tag: "teams", summary: "Create a team, with you as its owner", body: createTeamSchema, responses: { 201: { description: "Created.", json: teamSummarySchema } }, errors: [400, 401] }),
      jsonBody(createTeamSchema), async (c) => {
      requireUser(c);
      const team = await createTeam(deps, c.req.raw.headers, c.req.valid("json"));
      return c.json({ id: team.id, name: team.name, slug: team.slug, role: team.role }, 201);
      },
    )
    .post(
      "/join/:invitationId",
      operation({
        tag: "teams",
        summary: "Accept an invitation to lead in a team",
        params: { invitationId: "From the invitation link." },
        responses: { 200: { description: "Joined.", json: z.object({ teamId: z.string() }) } },
        errors: [400, 401, 403, 404],
      }),
      async (c) => {
      requireUser(c);
      const { teamId } = await joinTeam(deps, c.req.raw.headers, c.req.param("invitationId"));
      return c.json({ teamId });
      },
    )
    .get(
      "/:teamId",
      operation({ tag: "teams", summary: "A team: its members and pending lead invitations", params: teamId, responses: { 200: { description: "The team.", json: teamDetailSchema } }, errors: [401, 404] }),
      async (c) => {
      const team = await getTeam(deps.db, requireUser(c).id, c.req.param("teamId"));
      return c.json({ id: team.id, name: team.name, slug: team.slug, role: team.role, members: team.members, invitations: team.invitations });
      },
    )
    .post(
      "/:teamId/members/invitations",
      operation({
        tag: "teams",
        summary: "Invite someone to lead in the team",
        description: "A pending invitation to the same address is replaced. No mail is sent: pass the link on.",
        params: teamId,
        body: inviteLeadSchema,
        responses: { 201: { description: "The invitation and its link.", json: leadInvitationSchema } },
        errors: [400, 401, 403, 404, 409],
      }),
      jsonBody(inviteLeadSchema),
      async (c) => {
      const invitation = await inviteLead(deps, requireUser(c).id, c.req.raw.headers, c.req.param("teamId"), c.req.valid("json"));
      c.header("Cache-Control", "no-store");
      return c.json({ id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, path: invitation.path }, 201);
      },
    );
}
