import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { type ProblemSetRow, problemSets } from "../../db/schema/index.ts";
import { NotFoundError } from "../../lib/errors.ts";
import { requireTeamRole } from "../../teams/access.ts";

/** A set of the team, for one of its leads or owners; anyone else gets the 404 or 403 `requireTeamRole` gives. */
export async function findManagedSet(db: Db, userId: string, teamId: string, setId: string): Promise<ProblemSetRow> {
  await requireTeamRole(db, userId, teamId);
  const [set] = await db
    .select()
    .from(problemSets)
    .where(and(eq(problemSets.id, setId), eq(problemSets.organizationId, teamId)))
    .limit(1);
  if (!set) throw new NotFoundError("No such set in this team.");
  return set;
}
