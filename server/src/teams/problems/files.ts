import { join } from "node:path";
import type { ProblemFiles, TeamProblemKind } from "../../db/schema/index.ts";
import type { FileIssue } from "../../problems/file-issues.ts";
import { SLUG_PATTERN } from "../../problems/schema.ts";
import { RUBRIC_ID_PATTERN } from "../../scoring/rubric.ts";
import { AUTHORING_LIMITS } from "./limits.ts";

/** A rubric-scored problem is one file: its rubric, in the format of rubrics/<id>.yaml. */
export const RUBRIC_FILE = "rubric.yaml";

const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const KB = 1024;

/**
 * What is wrong with the shape of a problem's files before anything parses them: paths,
 * how many, how large. Empty when the files may be loaded and judged. `base` names where the
 * files are (`problems/<slug>` in an import) in the issues.
 */
export function fileMapIssues(kind: TeamProblemKind, files: ProblemFiles, base?: string): FileIssue[] {
  const at = (name: string) => (base === undefined ? name : join(base, name));
  const paths = Object.keys(files);
  const issues: FileIssue[] = [];
  if (kind !== "coding") {
    if (paths.length !== 1 || paths[0] !== RUBRIC_FILE) {
      issues.push({ file: at(RUBRIC_FILE), message: `a ${kind} problem is one file, ${RUBRIC_FILE} (got ${paths.join(", ") || "none"})` });
    }
  } else if (paths.length > AUTHORING_LIMITS.filesPerProblem) {
    issues.push({ file: base ?? "(files)", message: `${paths.length} files; a problem may have at most ${AUTHORING_LIMITS.filesPerProblem}` });
  }
  let total = 0;
  for (const path of paths) {
    const bytes = Buffer.byteLength(files[path] ?? "", "utf8");
    total += bytes;
    const segments = path.split("/");
    const placed = (segments.length === 1 || (segments.length === 2 && segments[0] === "tests")) && !segments.includes("__proto__");
    if (path.length > AUTHORING_LIMITS.pathLength || !segments.every((s) => SEGMENT.test(s)) || !placed) {
      issues.push({ file: at(path), message: "not a file a problem may have: files go at the top of the problem folder or in tests/, named with letters, digits, dots, dashes and underscores" });
    }
    if (bytes > AUTHORING_LIMITS.fileBytes) {
      issues.push({ file: at(path), message: `${Math.ceil(bytes / KB)} KB; a file may be at most ${AUTHORING_LIMITS.fileBytes / KB} KB` });
    }
  }
  if (total > AUTHORING_LIMITS.problemBytes) {
    issues.push({ file: base ?? "(files)", message: `${Math.ceil(total / KB)} KB in all; a problem may be at most ${AUTHORING_LIMITS.problemBytes / KB} KB` });
  }
  return issues;
}

/** Why a slug cannot name a team problem, or undefined when it can. A rubric's slug is its id too. */
export function slugProblem(kind: TeamProblemKind, slug: string): string | undefined {
  if (!SLUG_PATTERN.test(slug)) return `"${slug}" is not a valid slug: 2 to 63 lower-case letters, digits and dashes, starting with a letter or digit`;
  if (kind !== "coding" && !RUBRIC_ID_PATTERN.test(slug)) return `"${slug}" is not a valid rubric id: words of lower-case letters and digits joined by single dashes`;
  return undefined;
}
