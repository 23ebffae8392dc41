import type { TeamProblemKind, TeamProblemRow } from "../../db/schema/index.ts";
import { type FileIssue, isIssue, issuesOf, parseYamlSource } from "../../problems/file-issues.ts";
import type { Problem } from "../../problems/load.ts";
import type { Rubric } from "../../scoring/rubric.ts";
import { SET_FILE } from "../../teams/import-export/layout.ts";
import { parseSetFile, type SetFile } from "../../teams/import-export/set-file.ts";
import type { PlannedProblem } from "./import.ts";

/** A set item as an import will store it: a bank ref, or a team problem named by slug until it has an id. */
export type PlannedSetItem = { source: "bank"; ref: string; kind: TeamProblemKind; points: number } | { source: "team"; slug: string; kind: TeamProblemKind; points: number };

/**
 * The set file of an import, validated against what the import brings and what the team and
 * the bank have; its errors go to `errors`, each with the line of the item.
 */
export function planSet(
  bank: { problems: readonly Problem[]; rubrics: readonly Rubric[] },
  text: string,
  planned: readonly PlannedProblem[],
  existing: ReadonlyMap<string, TeamProblemRow>,
  errors: FileIssue[],
): { file: SetFile; items: PlannedSetItem[] } | undefined {
  let file: SetFile;
  try {
    file = parseSetFile(text);
  } catch (error) {
    errors.push(...issuesOf(error, SET_FILE));
    return undefined;
  }
  const items: PlannedSetItem[] = [];
  const seen = new Set<string>();
  file.items.forEach((item, index) => {
    const refuse = (message: string) => errors.push({ file: SET_FILE, ...lineOf(text, SET_FILE, ["items", index, "ref"]), message: `items.${index}.ref: ${message}` });
    const imported = planned.find((p) => p.slug === item.ref);
    const team = existing.get(item.ref) ?? [...existing.values()].find((p) => p.id === item.ref);
    let resolved: PlannedSetItem | undefined;
    if (item.source === "bank") {
      const problem = bank.problems.find((p) => p.slug === item.ref);
      const rubric = bank.rubrics.find((r) => r.id === item.ref);
      if (problem) resolved = { source: "bank", ref: problem.slug, kind: "coding", points: item.points };
      else if (rubric) resolved = { source: "bank", ref: rubric.id, kind: rubric.kind, points: item.points };
      // A bank ref means this server's bank, never files that came along under the same name.
      else if (imported) refuse(`no problem or question "${item.ref}" in this server's bank; to use the one in this import, write \`source: team\``);
      else refuse(`no problem or question "${item.ref}" in this server's bank`);
    } else if (imported) resolved = { source: "team", slug: imported.slug, kind: imported.kind, points: item.points };
    else if (team && team.publishedVersion !== null) resolved = { source: "team", slug: team.slug, kind: team.kind, points: item.points };
    else if (team) refuse(`the team's "${team.slug}" has no published version yet`);
    else refuse(`no problem "${item.ref}" in this import or in the team`);
    if (!resolved) return;
    const key = resolved.source === "bank" ? `bank:${resolved.ref}` : `team:${resolved.slug}`;
    if (seen.has(key)) refuse(`"${item.ref}" is in the set twice`);
    seen.add(key);
    items.push(resolved);
  });
  return { file, items };
}

export function lineOf(text: string, file: string, path: readonly (string | number)[]): { line?: number } {
  const source = parseYamlSource(text, file);
  const line = isIssue(source) ? undefined : source.lineOf(path);
  return line === undefined ? {} : { line };
}
