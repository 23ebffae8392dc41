import { requireTeamRole } from "../../teams/access.ts";
import { validateVersion } from "../../teams/problems/validate.ts";
import { assertSavable } from "./checks.ts";
import type { AuthoringDeps } from "./create.ts";
import { findTeamProblem } from "./find.ts";
import { appendVersion } from "./save.ts";
import { type SavedVersion, type TeamProblemSummary, toProblemSummary, toSavedVersion, type UpdateTeamProblemInput } from "./view.ts";

/**
 * Saves the files as the problem's next version; versions before it stay as they were, so
 * attempts pinned to them are judged on what they were given. Publishes it only when valid.
 */
export async function updateTeamProblem(
  deps: AuthoringDeps,
  userId: string,
  teamId: string,
  problemId: string,
  input: UpdateTeamProblemInput,
): Promise<{ problem: TeamProblemSummary; version: SavedVersion }> {
  await requireTeamRole(deps.db, userId, teamId);
  const problem = await findTeamProblem(deps.db, teamId, problemId);
  assertSavable(problem.kind, problem.slug, input.files);
  const checked = await validateVersion(deps.judge, problem.kind, problem.slug, input.files);
  const saved = await appendVersion(deps.db, problem.id, { userId, files: input.files, checked });
  return { problem: toProblemSummary(saved.problem), version: toSavedVersion(saved.version) };
}
