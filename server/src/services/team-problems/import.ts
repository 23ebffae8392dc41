import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { type ProblemFiles, problemSetItems, problemSets, type TeamProblemKind, type TeamProblemRow, teamProblems } from "../../db/schema/index.ts";
import type { Judge } from "../../judge/types.ts";
import { UnprocessableError } from "../../lib/errors.ts";
import { type FileIssue, issuesOf } from "../../problems/file-issues.ts";
import type { Problem } from "../../problems/load.ts";
import { parseRubric } from "../../scoring/load.ts";
import type { Rubric } from "../../scoring/rubric.ts";
import { requireTeamRole } from "../../teams/access.ts";
import { emptyLayoutIssue, type ImportLayout, layoutOf, PROBLEMS_FOLDER, RUBRICS_FOLDER, rubricIdOf } from "../../teams/import-export/layout.ts";
import type { UploadedFile } from "../../teams/import-export/zip.ts";
import { fileMapIssues, RUBRIC_FILE, slugProblem } from "../../teams/problems/files.ts";
import { AUTHORING_LIMITS } from "../../teams/problems/limits.ts";
import { type ValidatedVersion, validateVersion } from "../../teams/problems/validate.ts";
import { lineOf, planSet } from "./import-set.ts";
import { appendVersion, insertProblem } from "./save.ts";

/** A folder picked in the browser, as its files. */
export const importFolderSchema = z
  .object({
    files: z
      .array(z.object({ path: z.string().min(1).max(AUTHORING_LIMITS.pathLength * 2), content: z.string() }).strict())
      .max(AUTHORING_LIMITS.importEntries, `at most ${AUTHORING_LIMITS.importEntries} files`),
  })
  .strict();
export type ImportFolderInput = z.infer<typeof importFolderSchema>;

export interface ImportDeps {
  db: Db;
  judge: Judge;
  /** The bank, which a set file's `source: bank` items name. */
  problems: readonly Problem[];
  rubrics: readonly Rubric[];
}

export interface ImportResult {
  imported: { id: string; slug: string; kind: TeamProblemKind; version: number }[];
  set?: { id: string };
}

export interface PlannedProblem {
  slug: string;
  kind: TeamProblemKind;
  files: ProblemFiles;
  checked: ValidatedVersion;
  existing?: TeamProblemRow;
}

/**
 * Imports problem folders, rubric files and a set file in the bank's layout. Everything is
 * validated first, coding problems judged as `problems check` judges them; on any error
 * nothing is imported and every error is reported with its file and line (422). A slug the
 * team already has gets a new version. All the writes are one transaction.
 */
export async function importTeamProblems(deps: ImportDeps, userId: string, teamId: string, upload: readonly UploadedFile[]): Promise<ImportResult> {
  await requireTeamRole(deps.db, userId, teamId);
  const layout = layoutOf(upload);
  const existing = new Map((await deps.db.select().from(teamProblems).where(eq(teamProblems.organizationId, teamId))).map((p) => [p.slug, p]));
  const errors: FileIssue[] = [];
  const empty = emptyLayoutIssue(layout);
  if (empty) errors.push(empty);
  const count = layout.problems.size + layout.rubrics.size;
  if (count > AUTHORING_LIMITS.importProblems) {
    errors.push({ file: "(upload)", message: `${count} problems and rubrics; an import may have at most ${AUTHORING_LIMITS.importProblems}` });
  }
  if (errors.length > 0) throw failed(errors);

  const planned: PlannedProblem[] = [];
  const rubrics = planRubrics(layout, existing, errors);
  const coding = await planCodingProblems(deps.judge, layout, existing, errors);
  planned.push(...coding, ...rubrics);
  for (const rubric of rubrics) {
    if (layout.problems.has(rubric.slug)) errors.push({ file: `${RUBRICS_FOLDER}/${rubric.slug}.yaml`, message: `"${rubric.slug}" is also the name of a coding problem in ${PROBLEMS_FOLDER}/; slugs are unique in a team` });
  }
  const set = layout.set === undefined ? undefined : planSet(deps, layout.set, planned, existing, errors);
  if (errors.length > 0) throw failed(errors);

  return deps.db.transaction(async (tx) => {
    const imported: ImportResult["imported"] = [];
    const ids = new Map<string, string>();
    for (const p of planned) {
      const version = { userId, files: p.files, checked: p.checked };
      const saved = p.existing ? await appendVersion(tx, p.existing.id, version) : await insertProblem(tx, teamId, p.kind, p.slug, version);
      ids.set(p.slug, saved.problem.id);
      imported.push({ id: saved.problem.id, slug: p.slug, kind: p.kind, version: saved.version.version });
    }
    if (!set) return { imported };
    const { items, ...fields } = set.file;
    const setId = crypto.randomUUID();
    const now = new Date();
    await tx.insert(problemSets).values({ id: setId, organizationId: teamId, createdBy: userId, createdAt: now, updatedAt: now, ...fields });
    await tx.insert(problemSetItems).values(
      set.items.map((item, index) => ({
        setId,
        position: index + 1,
        source: item.source,
        ref: item.source === "bank" ? item.ref : (ids.get(item.slug) ?? existing.get(item.slug)?.id ?? item.slug),
        kind: item.kind,
        points: item.points,
      })),
    );
    return { imported, set: { id: setId } };
  });
}

function failed(errors: FileIssue[]): UnprocessableError {
  const first = errors[0];
  const summary = first ? ` The first: ${first.file}${first.line === undefined ? "" : `:${first.line}`}: ${first.message}` : "";
  return new UnprocessableError(`Nothing was imported: ${errors.length} error(s).${summary}`, { errors });
}

async function planCodingProblems(judge: Judge, layout: ImportLayout, existing: ReadonlyMap<string, TeamProblemRow>, errors: FileIssue[]): Promise<PlannedProblem[]> {
  const slugs = [...layout.problems.keys()].sort();
  const planned: PlannedProblem[] = [];
  // A few at a time: each is judged twice, and the judge's queue is shared with candidates.
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < slugs.length; i = next++) {
      const slug = slugs[i] ?? "";
      const result = await planCodingProblem(judge, slug, layout.problems.get(slug) ?? {}, existing.get(slug));
      if ("errors" in result) errors.push(...result.errors);
      else planned.push(result);
    }
  };
  await Promise.all(Array.from({ length: AUTHORING_LIMITS.importJudgeConcurrency }, worker));
  return planned.sort((a, b) => a.slug.localeCompare(b.slug));
}

async function planCodingProblem(judge: Judge, slug: string, files: ProblemFiles, existing: TeamProblemRow | undefined): Promise<PlannedProblem | { errors: FileIssue[] }> {
  const base = `${PROBLEMS_FOLDER}/${slug}`;
  const slugError = slugProblem("coding", slug);
  if (slugError) return { errors: [{ file: base, message: slugError }] };
  if (existing && existing.kind !== "coding") return { errors: [{ file: base, message: `the team's "${slug}" is a ${existing.kind} question, not a coding problem` }] };
  const shape = fileMapIssues("coding", files, base);
  if (shape.length > 0) return { errors: shape };
  const checked = await validateVersion(judge, "coding", slug, files, base);
  if (checked.status !== "published") {
    const failing = (checked.validation.tests ?? []).slice(0, 5).map((t) => ({
      file: `${base}/solution.ts`,
      message: `the reference solution fails "${t.name}": ${(t.message ?? t.status).split("\n")[0]}`,
    }));
    return { errors: [...checked.validation.errors, ...failing] };
  }
  return { slug, kind: "coding", files, checked, ...(existing ? { existing } : {}) };
}

function planRubrics(layout: ImportLayout, existing: ReadonlyMap<string, TeamProblemRow>, errors: FileIssue[]): PlannedProblem[] {
  const planned: PlannedProblem[] = [];
  for (const name of [...layout.rubrics.keys()].sort()) {
    const file = `${RUBRICS_FOLDER}/${name}`;
    const text = layout.rubrics.get(name) ?? "";
    let rubric: Rubric;
    try {
      rubric = parseRubric(text, file);
    } catch (error) {
      errors.push(...issuesOf(error, file));
      continue;
    }
    const id = rubricIdOf(name);
    const other = existing.get(id);
    const problem =
      rubric.id !== id
        ? `the file must be named after the rubric id ("${rubric.id}.yaml")`
        : (slugProblem(rubric.kind, id) ?? (other && other.kind !== rubric.kind ? `the team's "${id}" is a ${other.kind} problem, not a ${rubric.kind} question` : undefined));
    if (problem) {
      errors.push({ file, ...lineOf(text, file, ["id"]), message: problem });
      continue;
    }
    // Stored as the file was written: JSON is YAML too, so a .json rubric reads the same.
    const checked: ValidatedVersion = { status: "published", validation: { ok: true, errors: [] }, title: rubric.title };
    planned.push({ slug: id, kind: rubric.kind, files: { [RUBRIC_FILE]: text }, checked, ...(other ? { existing: other } : {}) });
  }
  return planned;
}
