import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { parseDocument } from "yaml";
import { ValidationError } from "../lib/errors.ts";
import { type Rubric, rubricSchema } from "./rubric.ts";

const RUBRIC_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);
/** The generated JSON Schema sits beside the rubrics; it is not one. */
export const RUBRIC_SCHEMA_FILE = "rubric.schema.json";

/** Parses a rubric file's text (YAML, or JSON for `.json`); throws a ValidationError naming the file and field. */
export function parseRubric(text: string, file: string): Rubric {
  let data: unknown;
  if (extname(file) === ".json") {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ValidationError(`${file}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    const doc = parseDocument(text);
    const yamlError = doc.errors[0];
    if (yamlError) {
      const { line = 0, col = 0 } = yamlError.linePos?.[0] ?? {};
      throw new ValidationError(`${file}:${line}:${col}: invalid YAML: ${(yamlError.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`);
    }
    data = doc.toJS();
  }
  const parsed = rubricSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const lines = issues.map((i) => `  ${i.path || "(root)"}: ${i.message}`);
    throw new ValidationError(`${file}: invalid rubric:\n${lines.join("\n")}`, { file, issues });
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

/**
 * Loads every rubric file in `dir` (`<id>.yaml`, `.yml` or `.json`), reporting all broken ones
 * at once. Each file is named after its rubric's id, so ids are unique.
 */
export async function loadRubrics(dir: string): Promise<Rubric[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw new ValidationError(`${dir}: cannot read the rubrics folder (${error instanceof Error ? error.message : String(error)})`);
  });
  const files = entries
    .filter((e) => e.isFile() && RUBRIC_EXTENSIONS.has(extname(e.name)) && e.name !== RUBRIC_SCHEMA_FILE && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort();
  const results = await Promise.allSettled(
    files.map(async (name) => {
      const rubric = await loadRubricFile(join(dir, name));
      const stem = basename(name, extname(name));
      if (stem !== rubric.id) throw new ValidationError(`${join(dir, name)}: the file must be named after the rubric id ("${rubric.id}${extname(name)}")`);
      return rubric;
    }),
  );
  const failures = results.flatMap((r) => (r.status === "rejected" ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
  if (failures.length > 0) throw new ValidationError(`${failures.length} rubric(s) failed to load:\n${failures.join("\n")}`, { failures });
  return results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
}
