import { z } from "zod";
import { type ProblemFiles, TEAM_PROBLEM_KINDS, type TeamProblemRow, type TeamProblemVersionRow } from "../../db/schema/index.ts";
import type { VersionValidation } from "../../teams/problems/validate.ts";

/** A problem's files in a request body: path inside the problem folder -> text. Sizes are checked by fileMapIssues. */
export const problemFilesSchema = z.record(z.string().min(1), z.string());

export const createTeamProblemSchema = z
  .object({
    kind: z.enum(TEAM_PROBLEM_KINDS),
    slug: z.string().min(1).max(100),
    files: problemFilesSchema,
  })
  .strict();
export type CreateTeamProblemInput = z.infer<typeof createTeamProblemSchema>;

export const updateTeamProblemSchema = z.object({ files: problemFilesSchema }).strict();
export type UpdateTeamProblemInput = z.infer<typeof updateTeamProblemSchema>;

export interface TeamProblemSummary {
  id: string;
  slug: string;
  kind: TeamProblemRow["kind"];
  title: string;
  latestVersion: number;
  publishedVersion: number | null;
  /** Published once any version passed validation; sets use the published version. */
  status: "draft" | "published";
  updatedAt: string;
}

export function toProblemSummary(row: TeamProblemRow): TeamProblemSummary {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    latestVersion: row.latestVersion,
    publishedVersion: row.publishedVersion,
    status: row.publishedVersion === null ? "draft" : "published",
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What saving a version answers: its number and whether it published, and why not. */
export interface SavedVersion {
  version: number;
  status: TeamProblemVersionRow["status"];
  validation: VersionValidation;
}

export interface VersionView extends SavedVersion {
  files: ProblemFiles;
  createdAt: string;
}

export function toSavedVersion(row: TeamProblemVersionRow): SavedVersion {
  return { version: row.version, status: row.status, validation: row.validation as VersionValidation };
}

export function toVersionView(row: TeamProblemVersionRow): VersionView {
  return { ...toSavedVersion(row), files: row.files, createdAt: row.createdAt.toISOString() };
}
