import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { invitations, members, organizations, users } from "../../db/schema/index.ts";
import { NotFoundError } from "../../lib/errors.ts";
import { requireTeamRole } from "../../teams/access.ts";
import type { TeamRole } from "../../teams/roles.ts";
import { isTeamRole, type TeamSummary } from "./list.ts";

export interface TeamDetail extends TeamSummary {
  members: { userId: string; name: string; email: string; role: TeamRole }[];
  /** Lead invitations not yet accepted and not expired. */
  invitations: { id: string; email: string; role: string; status: string; expiresAt: string }[];
}

export async function getTeam(db: Db, userId: string, teamId: string): Promise<TeamDetail> {
  const role = await requireTeamRole(db, userId, teamId);
  const [team] = await db.select().from(organizations).where(eq(organizations.id, teamId)).limit(1);
  if (!team) throw new NotFoundError("No such team, or you are not one of its members.");
  const memberRows = await db
    .select({ userId: members.userId, name: users.name, email: users.email, role: members.role })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, teamId))
    .orderBy(asc(members.createdAt));
  const pending = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, teamId), eq(invitations.status, "pending"), gt(invitations.expiresAt, new Date())))
    .orderBy(asc(invitations.createdAt));
  return {
    id: team.id,
    name: team.name,
    slug: team.slug,
    role,
    members: memberRows.flatMap((m) => (isTeamRole(m.role) ? [{ ...m, role: m.role }] : [])),
    invitations: pending.map((i) => ({ id: i.id, email: i.email, role: i.role ?? "lead", status: i.status, expiresAt: i.expiresAt.toISOString() })),
  };
}
