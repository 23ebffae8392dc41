import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { members, organizations } from "../../db/schema/index.ts";
import { TEAM_ROLES, type TeamRole } from "../../teams/roles.ts";

export interface TeamSummary {
  id: string;
  name: string;
  slug: string;
  role: TeamRole;
}

/** The teams the user is a member of, by name, case aside. */
export async function listTeams(db: Db, userId: string): Promise<{ teams: TeamSummary[] }> {
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, role: members.role })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .where(eq(members.userId, userId))
    .orderBy(sql`${organizations.name} collate nocase`, asc(organizations.createdAt));
  return { teams: rows.flatMap((r) => (isTeamRole(r.role) ? [{ ...r, role: r.role }] : [])) };
}

export function isTeamRole(role: string): role is TeamRole {
  return (TEAM_ROLES as readonly string[]).includes(role);
}
