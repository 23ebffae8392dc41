import { eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { type ProblemFiles, type TeamProblemKind, teamProblems, teamProblemVersions } from "../db/schema/index.ts";
import { NotFoundError } from "../lib/errors.ts";
import { type Problem, problemFromFiles } from "../problems/load.ts";
import type { Rubric, RubricKind } from "../scoring/rubric.ts";
import { rubricFromProblemFiles } from "./problems/rubric.ts";

/** What a set item is, once loaded: a coding problem for the judge, or a rubric for the scorer. */
export type ItemContent = { kind: "coding"; problem: Problem } | { kind: RubricKind; rubric: Rubric };

/** A stored team problem version, parsed with the same loaders as problems/ and rubrics/. */
export async function loadVersionContent(db: Db, versionId: string): Promise<ItemContent> {
  const [row] = await db
    .select({ slug: teamProblems.slug, kind: teamProblems.kind, files: teamProblemVersions.files })
    .from(teamProblemVersions)
    .innerJoin(teamProblems, eq(teamProblems.id, teamProblemVersions.problemId))
    .where(eq(teamProblemVersions.id, versionId))
    .limit(1);
  if (!row) throw new NotFoundError("No such problem version.");
  return contentFromFiles(row.kind, row.slug, row.files);
}

/**
 * A team problem's files (the on-disk format) as the judge or the scorer takes them. Throws a
 * ValidationError whose `details.errors` name each broken file and line; a published version
 * always parses, since it was validated this way before it was published.
 */
export function contentFromFiles(kind: TeamProblemKind, slug: string, files: ProblemFiles): ItemContent {
  if (kind === "coding") return { kind, problem: problemFromFiles(slug, files) };
  return { kind, rubric: rubricFromProblemFiles(kind, slug, files) };
}
