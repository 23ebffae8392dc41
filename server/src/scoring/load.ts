import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { ValidationError } from "../lib/errors.ts";
import { type FileIssue, formatIssue, isIssue, issuesOf, parseJsonSource, parseSource, parseYamlSource } from "../problems/file-issues.ts";
import { type Rubric, rubricSchema } from "./rubric.ts";

const RUBRIC_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);
/** The generated JSON Schema sits beside the rubrics; it is not one. */
export const RUBRIC_SCHEMA_FILE = "rubric.schema.json";

/**
 * Parses a rubric file's text (YAML, or JSON for `.json`); throws a ValidationError naming the
 * file and field, whose `details.errors` give each issue's line.
 */
export function parseRubric(text: string, file: string): Rubric {
  const source = extname(file) === ".json" ? parseJsonSource(text, file) : parseYamlSource(text, file);
  if (isIssue(source)) {
    const message = extname(file) === ".json" ? `${file}: ${source.message}` : formatIssue(source);
    throw new ValidationError(message, { errors: [source] });
  }
  const parsed = parseSource(rubricSchema, source, file);
  if (!("data" in parsed)) {
    throw new ValidationError(`${file}: invalid rubric:\n  ${parsed.paths.join("\n  ")}`, { errors: parsed.issues });
  }
  const { $schema: _, version, ...rubric } = parsed.data;
  return { ...rubric, version: version ?? `sha256:${createHash("sha256").update(JSON.stringify(rubric)).digest("hex").slice(0, 12)}` };
}

export async function loadRubricFile(file: string): Promise<Rubric> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ValidationError(`${file}: cannot read the rubric (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseRubric(text, file);
}

/** Whether a file in a rubrics folder is a rubric (not the generated JSON Schema, not a dot file). */
export function isRubricFile(name: string): boolean {
  return RUBRIC_EXTENSIONS.has(extname(name)) && name !== RUBRIC_SCHEMA_FILE && !name.startsWith(".");
}

/**
 * Loads every rubric file in `dir` (`<id>.yaml`, `.yml` or `.json`), reporting all broken ones
 * at once. Each file is named after its rubric's id, so ids are unique.
 */
export async function loadRubrics(dir: string): Promise<Rubric[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw new ValidationError(`${dir}: cannot read the rubrics folder (${error instanceof Error ? error.message : String(error)})`);
  });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile() && isRubricFile(e.name))) {
    try {
      files[entry.name] = await readFile(join(dir, entry.name), "utf8");
    } catch (error) {
      throw new ValidationError(`${join(dir, entry.name)}: cannot read the rubric (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return rubricsFromFiles(files, { base: dir });
}

/**
 * The rubrics of a folder's files in memory (file name -> text), as `loadRubrics` reads them from
 * disk: sorted by file name, each named after its id. Throws one ValidationError for every
 * broken file, `details.errors` listing each issue with its file and line.
 */
export function rubricsFromFiles(files: Readonly<Record<string, string>>, { base }: { base?: string } = {}): Rubric[] {
  const names = Object.keys(files).filter(isRubricFile).sort();
  const rubrics: Rubric[] = [];
  const failures: string[] = [];
  const errors: FileIssue[] = [];
  for (const name of names) {
    const file = base === undefined ? name : join(base, name);
    try {
      const rubric = parseRubric(files[name] ?? "", file);
      const stem = basename(name, extname(name));
      if (stem !== rubric.id) {
        const message = `the file must be named after the rubric id ("${rubric.id}${extname(name)}")`;
        throw new ValidationError(`${file}: ${message}`, { errors: [{ file, line: 1, message }] });
      }
      rubrics.push(rubric);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
      errors.push(...issuesOf(error, file));
    }
  }
  if (failures.length > 0) throw new ValidationError(`${failures.length} rubric(s) failed to load:\n${failures.join("\n")}`, { failures, errors });
  return rubrics;
}
