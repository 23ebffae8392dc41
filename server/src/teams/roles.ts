import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements } from "better-auth/plugins/organization/access";

/**
 * Roles inside a team (a better-auth organization). Candidates are not members: they reach a
 * team's content only through an attempt opened from an invitation (see attempts/).
 */
export const TEAM_ROLES = ["owner", "lead"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
/** Who someone is to a piece of team content; the authorization matrix tests each of these. */
export const ACCESS_ROLES = ["anonymous", "candidate", "lead", "owner"] as const;

const statements = {
  ...defaultStatements,
  problem: ["create", "update", "delete"],
  set: ["create", "update", "delete", "invite"],
  results: ["read"],
} as const;

export const teamAccess = createAccessControl(statements);

const authoring = { problem: ["create", "update", "delete"], set: ["create", "update", "delete", "invite"], results: ["read"] } as const;

export const teamRoles = {
  owner: teamAccess.newRole({
    organization: ["update", "delete"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
    team: ["create", "update", "delete"],
    ac: ["create", "read", "update", "delete"],
    ...authoring,
  }),
  // Leads author and run interviews and may bring in other leads, but only the owner removes people or the team.
  lead: teamAccess.newRole({ invitation: ["create", "cancel"], ...authoring }),
};
