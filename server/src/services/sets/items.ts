import { and, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { type ItemSource, type ProblemSetItemRow, type TeamProblemKind, teamProblems } from "../../db/schema/index.ts";
import { UnprocessableError, ValidationError } from "../../lib/errors.ts";
import type { Problem } from "../../problems/load.ts";
import type { Rubric } from "../../scoring/rubric.ts";
import type { SetInput } from "./schema.ts";

export interface SetItemView {
  position: number;
  source: ItemSource;
  ref: string;
  kind: TeamProblemKind;
  title: string;
  points: number;
}

export interface BankDeps {
  db: Db;
  problems: readonly Problem[];
  rubrics: readonly Rubric[];
}

type ResolvedItem = Omit<ProblemSetItemRow, "id" | "setId">;

/**
 * The set's items as stored: positions from 1, the kind looked up, team refs as ids. Refuses,
 * all at once, refs that name nothing, and team problems without a published version (only a
 * version that passed validation may be put in front of a candidate).
 */
export async function resolveSetItems(deps: BankDeps, teamId: string, items: SetInput["items"]): Promise<ResolvedItem[]> {
  const teamRefs = items.filter((i) => i.source === "team").map((i) => i.ref);
  const team = teamRefs.length
    ? await deps.db
        .select({ id: teamProblems.id, slug: teamProblems.slug, kind: teamProblems.kind, title: teamProblems.title, publishedVersion: teamProblems.publishedVersion })
        .from(teamProblems)
        .where(and(eq(teamProblems.organizationId, teamId), or(inArray(teamProblems.id, teamRefs), inArray(teamProblems.slug, teamRefs))))
    : [];
  const errors: { index: number; ref: string; message: string }[] = [];
  const resolved: ResolvedItem[] = [];
  items.forEach((item, index) => {
    const position = index + 1;
    const refuse = (message: string) => errors.push({ index, ref: item.ref, message });
    if (item.source === "bank") {
      const problem = deps.problems.find((p) => p.slug === item.ref);
      const rubric = deps.rubrics.find((r) => r.id === item.ref);
      if (problem) resolved.push({ position, source: "bank", ref: problem.slug, kind: "coding", points: item.points });
      else if (rubric) resolved.push({ position, source: "bank", ref: rubric.id, kind: rubric.kind, points: item.points });
      else refuse(`No problem or question named "${item.ref}" in the bank.`);
      return;
    }
    const problem = team.find((p) => p.id === item.ref) ?? team.find((p) => p.slug === item.ref);
    if (!problem) refuse(`No problem "${item.ref}" in this team.`);
    else if (problem.publishedVersion === null) refuse(`"${problem.title}" has no published version yet: fix its validation errors before adding it to a set.`);
    else resolved.push({ position, source: "team", ref: problem.id, kind: problem.kind, points: item.points });
  });
  if (errors.length > 0) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    throw new UnprocessableError(`Item ${first.index + 1}: ${first.message}${more}`, { errors });
  }
  const seen = new Set<string>();
  for (const item of resolved) {
    const key = `${item.source}:${item.ref}`;
    if (seen.has(key)) throw new ValidationError(`"${item.ref}" is in the set twice.`, { issues: [{ path: `items.${item.position - 1}.ref`, message: "duplicate" }] });
    seen.add(key);
  }
  return resolved;
}

/** Stored items with their titles: the bank's, or the team problem's current one. */
export async function describeSetItems(deps: BankDeps, items: readonly ProblemSetItemRow[]): Promise<SetItemView[]> {
  const teamRefs = items.filter((i) => i.source === "team").map((i) => i.ref);
  const team = teamRefs.length
    ? await deps.db.select({ id: teamProblems.id, title: teamProblems.title }).from(teamProblems).where(inArray(teamProblems.id, teamRefs))
    : [];
  return [...items]
    .sort((a, b) => a.position - b.position)
    .map(({ position, source, ref, kind, points }) => {
      const title =
        source === "team"
          ? team.find((p) => p.id === ref)?.title
          : kind === "coding"
            ? deps.problems.find((p) => p.slug === ref)?.title
            : deps.rubrics.find((r) => r.id === ref)?.title;
      return { position, source, ref, kind, title: title ?? ref, points };
    });
}
