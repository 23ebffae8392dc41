import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import {
  type ProblemFiles,
  type TeamProblemKind,
  type TeamProblemRow,
  type TeamProblemVersionRow,
  teamProblems,
  teamProblemVersions,
} from "../../db/schema/index.ts";
import { ConflictError } from "../../lib/errors.ts";
import type { ValidatedVersion } from "../../teams/problems/validate.ts";

/** The database, or a transaction on it: saving one version or a whole import uses the same writes. */
export type DbOrTx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface NewVersion {
  userId: string;
  files: ProblemFiles;
  checked: ValidatedVersion;
}

export interface SavedProblemVersion {
  problem: TeamProblemRow;
  version: TeamProblemVersionRow;
}

/** A new team problem with its first version, published when that version is valid. */
export async function insertProblem(db: DbOrTx, teamId: string, kind: TeamProblemKind, slug: string, input: NewVersion): Promise<SavedProblemVersion> {
  const published = input.checked.status === "published";
  const [problem] = await db
    .insert(teamProblems)
    .values({
      organizationId: teamId,
      slug,
      kind,
      title: input.checked.title ?? slug,
      latestVersion: 1,
      publishedVersion: published ? 1 : null,
      createdBy: input.userId,
    })
    .returning()
    .catch(rethrowDuplicate(slug));
  if (!problem) throw new Error("inserting a team problem returned nothing");
  return { problem, version: await insertVersion(db, problem.id, 1, input) };
}

/**
 * Appends the next version to a problem. The number is taken in the same statement that bumps
 * it, so two saves at once get two numbers; the published version moves only to a valid one.
 */
export async function appendVersion(db: DbOrTx, problemId: string, input: NewVersion): Promise<SavedProblemVersion> {
  const { status, title } = input.checked;
  const [problem] = await db
    .update(teamProblems)
    .set({
      latestVersion: sql`${teamProblems.latestVersion} + 1`,
      ...(status === "published" ? { publishedVersion: sql`${teamProblems.latestVersion} + 1` } : {}),
      // The title is the published version's, what sets show; a draft's only until one is published.
      ...(title === undefined
        ? {}
        : { title: status === "published" ? title : sql`CASE WHEN ${teamProblems.publishedVersion} IS NULL THEN ${title} ELSE ${teamProblems.title} END` }),
      updatedAt: new Date(),
    })
    .where(eq(teamProblems.id, problemId))
    .returning();
  if (!problem) throw new Error(`team problem ${problemId} vanished while saving`);
  return { problem, version: await insertVersion(db, problemId, problem.latestVersion, input) };
}

async function insertVersion(db: DbOrTx, problemId: string, version: number, input: NewVersion): Promise<TeamProblemVersionRow> {
  const [row] = await db
    .insert(teamProblemVersions)
    .values({
      problemId,
      version,
      status: input.checked.status,
      files: input.files,
      validation: input.checked.validation,
      createdBy: input.userId,
    })
    .returning();
  if (!row) throw new Error("inserting a team problem version returned nothing");
  return row;
}

export async function findProblemBySlug(db: DbOrTx, teamId: string, slug: string): Promise<TeamProblemRow | undefined> {
  const [row] = await db
    .select()
    .from(teamProblems)
    .where(and(eq(teamProblems.organizationId, teamId), eq(teamProblems.slug, slug)))
    .limit(1);
  return row;
}

function rethrowDuplicate(slug: string) {
  return (error: unknown): never => {
    if (/UNIQUE constraint failed/i.test(String(error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : error))) {
      throw new ConflictError(`The team already has a problem "${slug}".`);
    }
    throw error;
  };
}
