import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { type TeamProblemRow, teamProblems } from "../../db/schema/index.ts";
import { NotFoundError } from "../../lib/errors.ts";

/** A problem of this team; another team's problem is as unknown as a wrong id. */
export async function findTeamProblem(db: Db, teamId: string, problemId: string): Promise<TeamProblemRow> {
  const [row] = await db
    .select()
    .from(teamProblems)
    .where(and(eq(teamProblems.organizationId, teamId), eq(teamProblems.id, problemId)))
    .limit(1);
  if (!row) throw new NotFoundError("No such problem in this team.");
  return row;
}
