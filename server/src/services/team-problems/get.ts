import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { teamProblemVersions } from "../../db/schema/index.ts";
import { NotFoundError } from "../../lib/errors.ts";
import { requireTeamRole } from "../../teams/access.ts";
import { findTeamProblem } from "./find.ts";
import { type TeamProblemSummary, toProblemSummary, toVersionView, type VersionView } from "./view.ts";

export interface TeamProblemDetail {
  problem: TeamProblemSummary;
  /** The latest version, what the author edits next. */
  version: VersionView;
  versions: { version: number; status: VersionView["status"]; createdAt: string }[];
}

export async function getTeamProblem(db: Db, userId: string, teamId: string, problemId: string): Promise<TeamProblemDetail> {
  await requireTeamRole(db, userId, teamId);
  const problem = await findTeamProblem(db, teamId, problemId);
  const rows = await db.select().from(teamProblemVersions).where(eq(teamProblemVersions.problemId, problem.id)).orderBy(asc(teamProblemVersions.version));
  const latest = rows.find((r) => r.version === problem.latestVersion) ?? rows.at(-1);
  if (!latest) throw new Error(`team problem ${problem.id} has no versions`);
  return {
    problem: toProblemSummary(problem),
    version: toVersionView(latest),
    versions: rows.map((r) => ({ version: r.version, status: r.status, createdAt: r.createdAt.toISOString() })),
  };
}

export async function getTeamProblemVersion(db: Db, userId: string, teamId: string, problemId: string, version: number): Promise<{ version: VersionView }> {
  await requireTeamRole(db, userId, teamId);
  const problem = await findTeamProblem(db, teamId, problemId);
  const [row] = await db
    .select()
    .from(teamProblemVersions)
    .where(and(eq(teamProblemVersions.problemId, problem.id), eq(teamProblemVersions.version, version)))
    .limit(1);
  if (!row) throw new NotFoundError(`The problem has no version ${version}.`);
  return { version: toVersionView(row) };
}
