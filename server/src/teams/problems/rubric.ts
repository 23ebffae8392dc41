import { join } from "node:path";
import type { ProblemFiles } from "../../db/schema/index.ts";
import { ValidationError } from "../../lib/errors.ts";
import { type FileIssue, formatIssue, isIssue, parseYamlSource } from "../../problems/file-issues.ts";
import { parseRubric } from "../../scoring/load.ts";
import type { Rubric, RubricKind } from "../../scoring/rubric.ts";
import { RUBRIC_FILE } from "./files.ts";

/**
 * A team's rubric-scored problem from its one file: valid by the rubric schema, of the kind
 * the problem is, and with the problem's slug as its id. Throws a ValidationError whose
 * `details.errors` name the file and line.
 */
export function rubricFromProblemFiles(kind: RubricKind, slug: string, files: ProblemFiles, base?: string): Rubric {
  const file = base === undefined ? RUBRIC_FILE : join(base, RUBRIC_FILE);
  const text = files[RUBRIC_FILE];
  if (text === undefined) throw invalid([{ file, message: "missing" }]);
  const rubric = parseRubric(text, file);
  const source = parseYamlSource(text, file);
  const lineOf = (key: string) => (isIssue(source) ? undefined : source.lineOf([key]));
  const issues: FileIssue[] = [];
  if (rubric.kind !== kind) issues.push(at(file, lineOf("kind"), `kind: is "${rubric.kind}"; this is a ${kind} problem`));
  if (rubric.id !== slug) issues.push(at(file, lineOf("id"), `id: is "${rubric.id}"; it must be the problem's slug, "${slug}"`));
  if (issues.length > 0) throw invalid(issues);
  return rubric;
}

function at(file: string, line: number | undefined, message: string): FileIssue {
  return line === undefined ? { file, message } : { file, line, message };
}

function invalid(issues: FileIssue[]): ValidationError {
  return new ValidationError(issues.map(formatIssue).join("\n"), { errors: issues });
}
