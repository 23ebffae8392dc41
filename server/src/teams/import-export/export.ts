import type { ProblemFiles, ProblemSetItemRow, ProblemSetRow, TeamProblemKind } from "../../db/schema/index.ts";
import { RUBRIC_FILE } from "../problems/files.ts";
import { PROBLEMS_FOLDER, RUBRICS_FOLDER, SET_FILE } from "./layout.ts";
import { renderSetFile, type SetFileItem } from "./set-file.ts";
import { buildZip } from "./zip.ts";

/** A problem as it goes into an export: the files of the version chosen. */
export interface ExportedProblem {
  slug: string;
  kind: TeamProblemKind;
  files: ProblemFiles;
}

/**
 * The paths and texts of an export, in the repository's layout, so that
 * `rehearse problems check <dir>/problems --rubrics <dir>/rubrics` runs on it unzipped.
 */
export function exportFiles(problems: readonly ExportedProblem[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const problem of problems) {
    if (problem.kind === "coding") {
      for (const [path, text] of Object.entries(problem.files)) files[`${PROBLEMS_FOLDER}/${problem.slug}/${path}`] = text;
    } else files[`${RUBRICS_FOLDER}/${problem.slug}.yaml`] = problem.files[RUBRIC_FILE] ?? "";
  }
  return files;
}

export function exportProblemsZip(problems: readonly ExportedProblem[]): Uint8Array {
  return buildZip(exportFiles(problems));
}

export interface SetExportInput {
  set: ProblemSetRow;
  items: readonly ProblemSetItemRow[];
  /** The team problems the items name, by id, each with the version to export. */
  teamProblems: ReadonlyMap<string, ExportedProblem>;
}

/**
 * A set as a zip: `set.yaml` and the files of the team problems it uses. Bank items travel as
 * references only (`source: bank, ref`): the bank's hidden tests, reference solutions and model
 * answers belong to the server's operator, not to whoever builds a set from them, and an import
 * resolves the references against its own server's bank.
 */
export function exportSetZip({ set, items, teamProblems }: SetExportInput): Uint8Array {
  const included: ExportedProblem[] = [];
  const setItems: SetFileItem[] = [];
  for (const item of [...items].sort((a, b) => a.position - b.position)) {
    if (item.source === "bank") {
      setItems.push({ source: "bank", ref: item.ref, points: item.points });
      continue;
    }
    const problem = teamProblems.get(item.ref);
    if (!problem) throw new Error(`set ${set.id} names team problem ${item.ref}, which was not given`);
    included.push(problem);
    setItems.push({ source: "team", ref: problem.slug, points: item.points });
  }
  const files = exportFiles(included);
  files[SET_FILE] = renderSetFile(set, setItems);
  return buildZip(files);
}
