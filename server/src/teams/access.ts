import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { members } from "../db/schema/index.ts";
import { ForbiddenError, NotFoundError } from "../lib/errors.ts";
import { TEAM_ROLES, type TeamRole } from "./roles.ts";

/** The user's role in the team, or null when they are not a member (candidates never are). */
export async function teamRoleOf(db: Db, userId: string, teamId: string): Promise<TeamRole | null> {
  const [row] = await db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, teamId), eq(members.userId, userId)))
    .limit(1);
  const role = row?.role;
  return (TEAM_ROLES as readonly string[]).includes(role ?? "") ? (role as TeamRole) : null;
}

/**
 * The member's role, for anything a team owns. Someone outside the team learns nothing, not
 * even that the team exists: a 404, like a wrong id. A member without the role gets a 403.
 */
export async function requireTeamRole(db: Db, userId: string, teamId: string, allowed: readonly TeamRole[] = TEAM_ROLES): Promise<TeamRole> {
  const role = await teamRoleOf(db, userId, teamId);
  if (!role) throw new NotFoundError("No such team, or you are not one of its members.");
  if (!allowed.includes(role)) throw new ForbiddenError(`Only a team ${allowed.join(" or ")} may do that.`);
  return role;
}
