import { extname } from "node:path";
import { ValidationError } from "../../lib/errors.ts";
import type { FileIssue } from "../../problems/file-issues.ts";
import { isRubricFile } from "../../scoring/load.ts";
import { AUTHORING_LIMITS } from "../problems/limits.ts";
import { checkUploadPath, type UploadedFile } from "./zip.ts";

/** The folder an import or export is laid out as, the same as the repository's bank. */
export const PROBLEMS_FOLDER = "problems";
export const RUBRICS_FOLDER = "rubrics";
export const SET_FILE = "set.yaml";

export interface ImportLayout {
  /** Coding problems by folder name: path inside the folder -> text. */
  problems: Map<string, Record<string, string>>;
  /** Rubric files by file name (`<id>.yaml`, `.yml`, `.json`) -> text. */
  rubrics: Map<string, string>;
  set?: string;
}

/**
 * Sorts an upload into problem folders, rubric files and the set file. A common top folder
 * (a zipped or picked folder's own name) is dropped; hidden files and macOS's `__MACOSX` are
 * skipped; files elsewhere are not part of the layout and are left out. Paths that climb out
 * of the folder and uploads over the limits are refused (400).
 */
export function layoutOf(upload: readonly UploadedFile[]): ImportLayout {
  if (upload.length > AUTHORING_LIMITS.importEntries) throw new ValidationError(`The upload has more than ${AUTHORING_LIMITS.importEntries} files.`);
  let total = 0;
  const files = upload
    .map((f) => ({ path: checkUploadPath(f.path), content: f.content }))
    .filter((f) => !f.path.endsWith("/") && !f.path.split("/").some((s) => s.startsWith(".") || s === "__MACOSX"));
  for (const file of files) {
    const bytes = Buffer.byteLength(file.content, "utf8");
    total += bytes;
    if (bytes > AUTHORING_LIMITS.fileBytes) throw new ValidationError(`"${file.path}" is larger than ${AUTHORING_LIMITS.fileBytes / 1024} KB.`);
  }
  if (total > AUTHORING_LIMITS.importBytes) throw new ValidationError(`The upload is more than ${AUTHORING_LIMITS.importBytes / (1024 * 1024)} MB.`);
  const top = commonTopFolder(files.map((f) => f.path));
  const layout: ImportLayout = { problems: new Map(), rubrics: new Map() };
  for (const { path: fullPath, content } of files) {
    const path = top === undefined ? fullPath : fullPath.slice(top.length + 1);
    const [first, second, ...rest] = path.split("/");
    if (path === SET_FILE || path === "set.yml") layout.set = content;
    else if (first === PROBLEMS_FOLDER && second !== undefined && rest.length > 0) {
      const folder = layout.problems.get(second) ?? {};
      folder[rest.join("/")] = content;
      layout.problems.set(second, folder);
    } else if (first === RUBRICS_FOLDER && second !== undefined && rest.length === 0 && isRubricFile(second)) layout.rubrics.set(second, content);
  }
  return layout;
}

/** Nothing in the upload is a problem, a rubric or a set: say what the layout is. */
export function emptyLayoutIssue(layout: ImportLayout): FileIssue | undefined {
  // A set of bank items alone exports as just its set.yaml, and must import back.
  if (layout.problems.size > 0 || layout.rubrics.size > 0 || layout.set !== undefined) return undefined;
  return { file: "(upload)", message: `nothing to import: put coding problems in ${PROBLEMS_FOLDER}/<slug>/ (problem.md, starter.ts, solution.ts, tests) and rubrics in ${RUBRICS_FOLDER}/<id>.yaml` };
}

/** `rubrics/<id>.yaml` -> `<id>`. */
export function rubricIdOf(fileName: string): string {
  return fileName.slice(0, fileName.length - extname(fileName).length);
}

function commonTopFolder(paths: readonly string[]): string | undefined {
  const first = paths[0]?.split("/")[0];
  if (first === undefined || first === PROBLEMS_FOLDER || first === RUBRICS_FOLDER) return undefined;
  return paths.every((p) => p.startsWith(`${first}/`)) ? first : undefined;
}
