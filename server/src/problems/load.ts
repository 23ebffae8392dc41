import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { z } from "zod";
import type { LimitOverrides } from "../judge/limits.ts";
import type { TestFile } from "../judge/types.ts";
import { ValidationError } from "../lib/errors.ts";
import type { RoadmapArea } from "./areas.ts";
import { type CasesFile, casesFileSchema, casesToTestFiles } from "./cases.ts";
import { type FileIssue, formatIssue, isIssue, issuesOf, parseJsonSource, parseSource, parseYamlSource, type SourceDoc } from "./file-issues.ts";
import { type Difficulty, type ProblemFrontMatter, problemFrontMatterSchema, SLUG_PATTERN } from "./schema.ts";

/** A problem folder's files by their path inside it (`problem.md`, `tests/edge.test.ts`...) and their text. */
export type ProblemFileMap = Readonly<Record<string, string>>;

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
  /** The folder's files as they were read, so the problem can be exported as it was written. */
  files?: ProblemFileMap;
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
    const errors = results.flatMap((r) => (r.status === "rejected" ? issuesOf(r.reason, dir) : []));
    throw new ValidationError(`${failures.length} problem(s) failed to load:\n${failures.join("\n")}`, { failures, errors });
  }
  return results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
}

/** Loads one `problems/<slug>/` folder; throws a ValidationError naming the file and field. */
export async function loadProblem(dir: string): Promise<Problem> {
  const slug = basename(dir);
  if (!SLUG_PATTERN.test(slug)) throw slugError(dir, slug);
  return problemFromFiles(slug, await readProblemFolder(dir), { base: dir });
}

/** The files a problem is made of: the folder's own files and those in `tests/`; dot files aside. */
export async function readProblemFolder(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const sub of ["", "tests"]) {
    const folder = join(dir, sub);
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
      if (isCode(error, "ENOENT") || isCode(error, "ENOTDIR")) return [];
      throw error;
    });
    for (const entry of entries) {
      if (entry.name.startsWith(".") || !(entry.isFile() || entry.isSymbolicLink())) continue;
      const path = sub === "" ? entry.name : `${sub}/${entry.name}`;
      try {
        files[path] = await readFile(join(dir, path), "utf8");
      } catch (error) {
        if (!isCode(error, "EISDIR")) throw error;
      }
    }
  }
  return files;
}

export interface ProblemFromFilesOptions {
  /** Where the files are, to name them in errors: the folder on disk, or `problems/<slug>` in an upload. Nothing by default. */
  base?: string;
}

/**
 * Builds a problem from its files in memory (an upload, a stored team version), exactly as
 * `loadProblem` does from a folder. Throws one ValidationError listing every broken file,
 * with `details.errors`: each issue's file, line where known, and message.
 */
export function problemFromFiles(slug: string, files: ProblemFileMap, { base }: ProblemFromFilesOptions = {}): Problem {
  const at = (name: string) => (base === undefined ? name : join(base, name));
  if (!SLUG_PATTERN.test(slug)) throw slugError(base ?? slug, slug);
  const issues: FileIssue[] = [];
  // Messages as the loader always printed them: a zod failure lists its fields under one heading.
  const lines: string[] = [];
  const report = (issue: FileIssue, line = formatIssue(issue)) => {
    issues.push(issue);
    lines.push(line);
  };
  const required = (name: string): string | undefined => {
    const text = files[name];
    if (text === undefined) report({ file: at(name), message: "missing" });
    return text;
  };

  const markdown = required("problem.md");
  const parsedMarkdown = markdown === undefined ? undefined : parseProblemMarkdown(at("problem.md"), markdown, report);
  const starter = required("starter.ts");
  const solution = required("solution.ts");
  const editorial = files["editorial.md"];
  const tests = testFilesOf(files, at, report);
  const cases = files["cases.json"] === undefined ? undefined : parseCases(at("cases.json"), files["cases.json"], report);
  if (cases) tests.push(...casesToTestFiles(cases));
  if (cases !== null) {
    for (const visibility of ["sample", "hidden"] as const) {
      if (tests.some((t) => t.visibility === visibility)) continue;
      const how = visibility === "sample" ? 'a *.sample.test.ts file or a cases.json case with "sample": true' : "a *.test.ts file or a cases.json case";
      report({ file: base ?? slug, message: `no ${visibility} test (add ${how})` });
    }
  }
  if (issues.length > 0 || !parsedMarkdown || starter === undefined || solution === undefined) {
    throw new ValidationError(lines.filter(Boolean).join("\n"), { errors: issues });
  }
  const { frontMatter, statement } = parsedMarkdown;
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
    files: { ...files },
  };
}

type Report = (issue: FileIssue, line?: string) => void;

function parseProblemMarkdown(file: string, text: string, report: Report): { frontMatter: ProblemFrontMatter; statement: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) {
    report({ file, line: 1, message: 'must start with YAML front matter between two "---" lines' }, `${file}: must start with YAML front matter between two "---" lines`);
    return undefined;
  }
  // +1: the front matter starts on the line after the opening "---".
  const source = parseYamlSource(match[1] ?? "", file, "YAML front matter", 1);
  const statement = (match[2] ?? "").trim();
  if (statement === "") {
    // The closing "---": the statement belongs right after it.
    const line = (match[1] ?? "").split("\n").length + 2;
    report({ file, line, message: "the statement (Markdown after the front matter) is empty" }, `${file}: the statement (Markdown after the front matter) is empty`);
  }
  if (isIssue(source)) {
    report(source);
    return undefined;
  }
  const frontMatter = parseWith(problemFrontMatterSchema, source, file, "front matter", report);
  return frontMatter === undefined || statement === "" ? undefined : { frontMatter, statement };
}

function testFilesOf(files: ProblemFileMap, at: (name: string) => string, report: Report): TestFile[] {
  const found: TestFile[] = [];
  for (const sub of ["", "tests/"]) {
    const paths = Object.keys(files)
      .filter((path) => path.startsWith(sub) && !path.slice(sub.length).includes("/") && path.endsWith(".test.ts"))
      .sort();
    for (const path of paths) {
      const code = files[path] ?? "";
      if (code.trim() === "") report({ file: at(path), message: "the test file is empty" });
      else found.push({ path, code, visibility: path.endsWith(".sample.test.ts") ? "sample" : "hidden" });
    }
  }
  return found;
}

/** The cases, undefined when there are none, or null when the file is broken (reported). */
function parseCases(file: string, text: string, report: Report): CasesFile | null {
  const source = parseJsonSource(text, file);
  if (isIssue(source)) {
    report(source, `${file}: ${source.message}`);
    return null;
  }
  return parseWith(casesFileSchema, source, file, "cases", report) ?? null;
}

function parseWith<T>(schema: z.ZodType<T>, source: SourceDoc, file: string, what: string, report: Report): T | undefined {
  const parsed = parseSource(schema, source, file);
  if ("data" in parsed) return parsed.data;
  const [first, ...rest] = parsed.issues;
  if (first) report(first, `${file}: invalid ${what}:\n  ${parsed.paths.join("\n  ")}`);
  for (const issue of rest) report(issue, "");
  return undefined;
}

function slugError(where: string, slug: string): ValidationError {
  const message = `the folder name "${slug}" is not a valid slug (lower-case letters, digits and dashes)`;
  return new ValidationError(`${where}: ${message}`, { errors: [{ file: where, message }] });
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
