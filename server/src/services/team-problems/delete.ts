import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { attemptItems, problemSetItems, teamProblems, teamProblemVersions } from "../../db/schema/index.ts";
import { ConflictError } from "../../lib/errors.ts";
import { requireTeamRole } from "../../teams/access.ts";
import { findTeamProblem } from "./find.ts";

/** Deletes a problem and its versions, unless a set uses it or an attempt was pinned to one of its versions. */
export async function deleteTeamProblem(db: Db, userId: string, teamId: string, problemId: string): Promise<void> {
  await requireTeamRole(db, userId, teamId);
  const problem = await findTeamProblem(db, teamId, problemId);
  const [inSet] = await db
    .select({ id: problemSetItems.id })
    .from(problemSetItems)
    .where(and(eq(problemSetItems.source, "team"), eq(problemSetItems.ref, problem.id)))
    .limit(1);
  if (inSet) throw new ConflictError(`A set uses "${problem.slug}"; take it out of the set first.`);
  const versionIds = db.select({ id: teamProblemVersions.id }).from(teamProblemVersions).where(eq(teamProblemVersions.problemId, problem.id));
  const [attempted] = await db.select({ id: attemptItems.id }).from(attemptItems).where(inArray(attemptItems.versionId, versionIds)).limit(1);
  if (attempted) throw new ConflictError(`Candidates have answered "${problem.slug}"; it is kept with their results.`);
  await db.delete(teamProblems).where(eq(teamProblems.id, problem.id));
}
