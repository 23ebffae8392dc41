import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import type { LimitOverrides } from "../judge/limits.ts";
import type { TestFile } from "../judge/types.ts";
import { ValidationError } from "../lib/errors.ts";
import type { RoadmapArea } from "./areas.ts";
import { type CasesFile, casesFileSchema, casesToTestFiles } from "./cases.ts";
import { type Difficulty, problemFrontMatterSchema, SLUG_PATTERN } from "./schema.ts";

/** A sample case of a cases.json problem, as the candidate may see it. */
export interface SampleCase {
  name?: string;
  args: unknown[];
  expected?: unknown;
  throws?: string;
}

export interface Problem {
  slug: string;
  title: string;
  difficulty: Difficulty;
  tags: string[];
  area: RoadmapArea;
  hints: string[];
  /** Markdown. */
  statement: string;
  editorial?: string;
  starter: string;
  /** The reference solution: never sent to a candidate. */
  solution: string;
  tests: TestFile[];
  limits: LimitOverrides;
  /** From cases.json: the export its cases call, so custom cases can call it too. */
  casesFunction?: string;
  casesCompare?: CasesFile["compare"];
  sampleCases?: SampleCase[];
}

/** Loads every problem folder under `dir`, reporting all broken problems at once. */
export async function loadProblems(dir: string): Promise<Problem[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw new ValidationError(`${dir}: cannot read the problems folder (${errorMessage(error)})`);
  });
  const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name);
  folders.sort();
  const results = await Promise.allSettled(folders.map((name) => loadProblem(join(dir, name))));
  const failures = results.flatMap((r) => (r.status === "rejected" ? [errorMessage(r.reason)] : []));
  if (failures.length > 0) {
    throw new ValidationError(`${failures.length} problem(s) failed to load:\n${failures.join("\n")}`, { failures });
  }
  return results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
}

/** Loads one `problems/<slug>/` folder; throws a ValidationError naming the file and field. */
export async function loadProblem(dir: string): Promise<Problem> {
  const slug = basename(dir);
  if (!SLUG_PATTERN.test(slug)) {
    throw new ValidationError(`${dir}: the folder name "${slug}" is not a valid slug (lower-case letters, digits and dashes)`);
  }
  const markdown = await readRequired(join(dir, "problem.md"));
  const { frontMatter, statement } = parseProblemMarkdown(join(dir, "problem.md"), markdown);
  const [starter, solution, editorial, tests, cases] = await Promise.all([
    readRequired(join(dir, "starter.ts")),
    readRequired(join(dir, "solution.ts")),
    readOptional(join(dir, "editorial.md")),
    readTestFiles(dir),
    readCases(join(dir, "cases.json")),
  ]);
  if (cases) tests.push(...casesToTestFiles(cases));
  for (const visibility of ["sample", "hidden"] as const) {
    if (!tests.some((t) => t.visibility === visibility)) {
      throw new ValidationError(
        `${dir}: no ${visibility} test (add a *.${visibility === "sample" ? "sample.test.ts" : "test.ts"} file or a cases.json case${visibility === "sample" ? ' with "sample": true' : ""})`,
      );
    }
  }
  const limits: LimitOverrides = {};
  if (frontMatter.timeLimitMs !== undefined) limits.testTimeMs = frontMatter.timeLimitMs;
  if (frontMatter.memoryLimitMb !== undefined) limits.memoryMb = frontMatter.memoryLimitMb;
  return {
    slug,
    title: frontMatter.title,
    difficulty: frontMatter.difficulty,
    tags: frontMatter.tags,
    area: frontMatter.area,
    hints: frontMatter.hints,
    statement,
    ...(editorial === undefined ? {} : { editorial: editorial.trim() }),
    starter,
    solution,
    tests,
    limits,
    ...(cases
      ? {
          casesFunction: cases.function,
          casesCompare: cases.compare,
          sampleCases: cases.cases.filter((c) => c.sample).map(({ sample: _, ...c }) => c),
        }
      : {}),
  };
}

function parseProblemMarkdown(file: string, text: string) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) throw new ValidationError(`${file}: must start with YAML front matter between two "---" lines`);
  const doc = parseDocument(match[1] ?? "");
  const yamlError = doc.errors[0];
  if (yamlError) {
    // +1: the front matter starts on the line after the opening "---".
    const { line = 0, col = 0 } = yamlError.linePos?.[0] ?? {};
    const reason = (yamlError.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    throw new ValidationError(`${file}:${line + 1}:${col}: invalid YAML front matter: ${reason}`);
  }
  const frontMatter = parseWith(problemFrontMatterSchema, doc.toJS(), file, "front matter");
  const statement = (match[2] ?? "").trim();
  if (statement === "") throw new ValidationError(`${file}: the statement (Markdown after the front matter) is empty`);
  return { frontMatter, statement };
}

async function readTestFiles(dir: string): Promise<TestFile[]> {
  const found: TestFile[] = [];
  for (const sub of ["", "tests"]) {
    const folder = join(dir, sub);
    if (sub !== "" && !(await isDirectory(folder))) continue;
    const names = (await readdir(folder)).filter((name) => name.endsWith(".test.ts")).sort();
    for (const name of names) {
      const path = sub === "" ? name : `${sub}/${name}`;
      const code = await readRequired(join(dir, path));
      if (code.trim() === "") throw new ValidationError(`${join(dir, path)}: the test file is empty`);
      found.push({ path, code, visibility: name.endsWith(".sample.test.ts") ? "sample" : "hidden" });
    }
  }
  return found;
}

async function readCases(file: string): Promise<CasesFile | undefined> {
  const text = await readOptional(file);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(`${file}: invalid JSON: ${errorMessage(error)}`);
  }
  return parseWith(casesFileSchema, json, file, "cases");
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const lines = issues.map((i) => `  ${i.path || "(root)"}: ${i.message}`);
  throw new ValidationError(`${file}: invalid ${what}:\n${lines.join("\n")}`, { file, issues });
}

async function readRequired(file: string): Promise<string> {
  const text = await readOptional(file);
  if (text === undefined) throw new ValidationError(`${file}: missing`);
  return text;
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (isCode(error, "ENOENT")) return undefined;
    throw error;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    if (isCode(error, "ENOENT")) return false;
    throw error;
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
