import { join } from "node:path";
import type { ProblemFiles, TeamProblemKind, VersionStatus } from "../../db/schema/index.ts";
import type { Judge } from "../../judge/types.ts";
import { ValidationError } from "../../lib/errors.ts";
import { checkProblemSolutions, type FailingTest } from "../../problems/check.ts";
import { type FileIssue, issuesOf } from "../../problems/file-issues.ts";
import { problemFromFiles } from "../../problems/load.ts";
import { RUBRIC_FILE } from "./files.ts";
import { rubricFromProblemFiles } from "./rubric.ts";

/** Why a version did or did not publish; stored with it and shown to the author. */
export interface VersionValidation {
  ok: boolean;
  errors: FileIssue[];
  /** Coding: the tests the reference solution failed. */
  tests?: FailingTest[];
  /** Coding: whether the starter solved the problem, which it must not. */
  starterAccepted?: boolean;
}

export interface ValidatedVersion {
  status: VersionStatus;
  validation: VersionValidation;
  /** From the front matter or the rubric, when they parse. */
  title?: string;
}

/**
 * Validates a version's files as `rehearse problems check` would: a coding problem loads, its
 * reference is Accepted and its starter is not; a rubric is valid by the schema, of the
 * problem's kind, with the slug as its id. Only a valid version is published. `base` names
 * where the files are (`problems/<slug>` in an import) in the errors.
 */
export async function validateVersion(judge: Judge, kind: TeamProblemKind, slug: string, files: ProblemFiles, base?: string): Promise<ValidatedVersion> {
  if (kind !== "coding") {
    try {
      const rubric = rubricFromProblemFiles(kind, slug, files, base);
      return published({ ok: true, errors: [] }, rubric.title);
    } catch (error) {
      return draft({ ok: false, errors: issuesOf(error, base === undefined ? RUBRIC_FILE : join(base, RUBRIC_FILE)) });
    }
  }
  let problem: ReturnType<typeof problemFromFiles>;
  try {
    problem = problemFromFiles(slug, files, base === undefined ? {} : { base });
  } catch (error) {
    return draft({ ok: false, errors: issuesOf(error, base ?? "problem.md") });
  }
  try {
    const check = await checkProblemSolutions(problem, judge);
    const errors = check.errors.map((e) => (base === undefined ? e : { ...e, file: join(base, e.file) }));
    const validation: VersionValidation = { ok: check.ok, errors, tests: check.failingTests, starterAccepted: check.starterAccepted };
    return check.ok ? published(validation, problem.title) : draft(validation, problem.title);
  } catch (error) {
    // The judge refuses code over its size limit before running anything.
    if (error instanceof ValidationError) return draft({ ok: false, errors: [{ file: base ?? slug, message: error.message }] }, problem.title);
    throw error;
  }
}

function published(validation: VersionValidation, title: string): ValidatedVersion {
  return { status: "published", validation, title };
}

function draft(validation: VersionValidation, title?: string): ValidatedVersion {
  return { status: "draft", validation, ...(title === undefined ? {} : { title }) };
}
