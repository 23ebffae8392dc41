import type { Db } from "../db/client.ts";
import type { ProblemFiles, TeamProblemKind } from "../db/schema/index.ts";
import type { Problem } from "../problems/load.ts";
import type { Rubric, RubricKind } from "../scoring/rubric.ts";

/** What a set item is, once loaded: a coding problem for the judge, or a rubric for the scorer. */
export type ItemContent = { kind: "coding"; problem: Problem } | { kind: RubricKind; rubric: Rubric };

/** Placeholder, being written: parses a stored version's files with the same loaders as problems/ and rubrics/. */
export async function loadVersionContent(_db: Db, _versionId: string): Promise<ItemContent> {
  throw new Error("not implemented yet");
}

/** Placeholder, being written. */
export function contentFromFiles(_kind: TeamProblemKind, _slug: string, _files: ProblemFiles): ItemContent {
  throw new Error("not implemented yet");
}
