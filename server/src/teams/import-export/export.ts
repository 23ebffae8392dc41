import { stringify } from "yaml";
import type { ProblemFiles, ProblemSetItemRow, ProblemSetRow, TeamProblemKind } from "../../db/schema/index.ts";
import type { Problem } from "../../problems/load.ts";
import type { Rubric } from "../../scoring/rubric.ts";
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
  bank: { problems: readonly Problem[]; rubrics: readonly Rubric[] };
}

/**
 * A set as a zip: `set.yaml` and the files of every problem it uses, the bank's included, so
 * it can be checked and imported elsewhere. Team items are named by slug in `set.yaml`. When
 * a team problem and a bank problem share a slug, the team's files are the ones in the zip.
 */
export function exportSetZip({ set, items, teamProblems, bank }: SetExportInput): Uint8Array {
  const included = new Map<string, ExportedProblem>();
  const setItems: SetFileItem[] = [];
  const ordered = [...items].sort((a, b) => a.position - b.position);
  for (const item of ordered.filter((i) => i.source === "team")) {
    const problem = teamProblems.get(item.ref);
    if (!problem) throw new Error(`set ${set.id} names team problem ${item.ref}, which was not given`);
    included.set(problem.slug, problem);
  }
  for (const item of ordered) {
    if (item.source === "team") {
      setItems.push({ source: "team", ref: teamProblems.get(item.ref)?.slug ?? item.ref, points: item.points });
      continue;
    }
    setItems.push({ source: "bank", ref: item.ref, points: item.points });
    if (!included.has(item.ref)) {
      const problem = bankProblemFiles(item, bank);
      if (problem) included.set(item.ref, problem);
    }
  }
  const files = exportFiles([...included.values()]);
  files[SET_FILE] = renderSetFile(set, setItems);
  return buildZip(files);
}

/** A bank item's files: a coding problem's folder as it was read, a rubric written out as YAML. */
function bankProblemFiles(item: ProblemSetItemRow, bank: SetExportInput["bank"]): ExportedProblem | undefined {
  if (item.kind === "coding") {
    const problem = bank.problems.find((p) => p.slug === item.ref);
    return problem?.files ? { slug: problem.slug, kind: "coding", files: problem.files } : undefined;
  }
  const rubric = bank.rubrics.find((r) => r.id === item.ref);
  return rubric ? { slug: rubric.id, kind: rubric.kind, files: { [RUBRIC_FILE]: stringify(rubric) } } : undefined;
}
