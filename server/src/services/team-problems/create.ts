import type { Db } from "../../db/client.ts";
import type { Judge } from "../../judge/types.ts";
import { ConflictError } from "../../lib/errors.ts";
import { requireTeamRole } from "../../teams/access.ts";
import { validateVersion } from "../../teams/problems/validate.ts";
import { assertSavable } from "./checks.ts";
import { findProblemBySlug, insertProblem } from "./save.ts";
import { type CreateTeamProblemInput, type SavedVersion, type TeamProblemSummary, toProblemSummary, toSavedVersion } from "./view.ts";

export interface AuthoringDeps {
  db: Db;
  judge: Judge;
}

/** A new team problem. Its first version is always saved, and published only when it validates. */
export async function createTeamProblem(
  deps: AuthoringDeps,
  userId: string,
  teamId: string,
  input: CreateTeamProblemInput,
): Promise<{ problem: TeamProblemSummary; version: SavedVersion }> {
  await requireTeamRole(deps.db, userId, teamId);
  assertSavable(input.kind, input.slug, input.files);
  if (await findProblemBySlug(deps.db, teamId, input.slug)) throw new ConflictError(`The team already has a problem "${input.slug}".`);
  const checked = await validateVersion(deps.judge, input.kind, input.slug, input.files);
  const saved = await insertProblem(deps.db, teamId, input.kind, input.slug, { userId, files: input.files, checked });
  return { problem: toProblemSummary(saved.problem), version: toSavedVersion(saved.version) };
}
