import { countDistinct, desc, eq } from "drizzle-orm";
import { attempts, problemSetItems, problemSets } from "../../db/schema/index.ts";
import type { Db } from "../../db/client.ts";
import { requireTeamRole } from "../../teams/access.ts";

export interface SetSummary {
  id: string;
  title: string;
  timeLimitMinutes: number;
  itemCount: number;
  attemptCount: number;
  updatedAt: string;
}

/** The team's sets, most recently changed first. */
export async function listSets(db: Db, userId: string, teamId: string): Promise<SetSummary[]> {
  await requireTeamRole(db, userId, teamId);
  const rows = await db
    .select({
      id: problemSets.id,
      title: problemSets.title,
      timeLimitMinutes: problemSets.timeLimitMinutes,
      itemCount: countDistinct(problemSetItems.id),
      attemptCount: countDistinct(attempts.id),
      updatedAt: problemSets.updatedAt,
    })
    .from(problemSets)
    .leftJoin(problemSetItems, eq(problemSetItems.setId, problemSets.id))
    .leftJoin(attempts, eq(attempts.setId, problemSets.id))
    .where(eq(problemSets.organizationId, teamId))
    .groupBy(problemSets.id)
    .orderBy(desc(problemSets.updatedAt));
  return rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
}
