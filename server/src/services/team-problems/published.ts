import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { type TeamProblemKind, teamProblems, teamProblemVersions } from "../../db/schema/index.ts";

/** What a set item pins when it draws a team problem: the published version. */
export interface PublishedTeamProblem {
  problemId: string;
  slug: string;
  kind: TeamProblemKind;
  title: string;
  version: number;
  versionId: string;
}

/**
 * The team problem's published version, or null when the team has no such problem or none of
 * its versions passed validation yet. The caller checks the user may see the team.
 */
export async function findPublishedTeamProblem(db: Db, teamId: string, problemId: string): Promise<PublishedTeamProblem | null> {
  const [row] = await db
    .select({
      problemId: teamProblems.id,
      slug: teamProblems.slug,
      kind: teamProblems.kind,
      title: teamProblems.title,
      version: teamProblemVersions.version,
      versionId: teamProblemVersions.id,
    })
    .from(teamProblems)
    .innerJoin(teamProblemVersions, and(eq(teamProblemVersions.problemId, teamProblems.id), eq(teamProblemVersions.version, teamProblems.publishedVersion)))
    .where(and(eq(teamProblems.organizationId, teamId), eq(teamProblems.id, problemId)))
    .limit(1);
  return row ?? null;
}
