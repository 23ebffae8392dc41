import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { teamProblems } from "../../db/schema/index.ts";
import { requireTeamRole } from "../../teams/access.ts";
import { type TeamProblemSummary, toProblemSummary } from "./view.ts";

export async function listTeamProblems(db: Db, userId: string, teamId: string): Promise<{ problems: TeamProblemSummary[] }> {
  await requireTeamRole(db, userId, teamId);
  const rows = await db.select().from(teamProblems).where(eq(teamProblems.organizationId, teamId)).orderBy(asc(teamProblems.slug));
  return { problems: rows.map(toProblemSummary) };
}
