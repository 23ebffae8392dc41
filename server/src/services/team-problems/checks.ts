import type { ProblemFiles, TeamProblemKind } from "../../db/schema/index.ts";
import { ValidationError } from "../../lib/errors.ts";
import { formatIssue } from "../../problems/file-issues.ts";
import { fileMapIssues, slugProblem } from "../../teams/problems/files.ts";

/** Rejects (400) a request whose slug or file shape could never be saved, before anything is judged. */
export function assertSavable(kind: TeamProblemKind, slug: string, files: ProblemFiles): void {
  const slugError = slugProblem(kind, slug);
  if (slugError) throw new ValidationError(slugError, { issues: [{ path: "slug", message: slugError }] });
  const issues = fileMapIssues(kind, files);
  if (issues.length > 0) throw new ValidationError(`These files cannot be saved: ${issues.map(formatIssue).join("; ")}`, { errors: issues });
}
