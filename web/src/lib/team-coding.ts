import { Document, isSeq, parse as parseYaml } from "yaml";
import { ROADMAP_AREAS, type RoadmapArea } from "../../../server/src/problems/areas.ts";
import { LIMITS } from "../../../server/src/judge/limits.ts";
import { DIFFICULTIES, type Difficulty, SLUG_PATTERN } from "../../../server/src/problems/schema.ts";

/** One row of a cases.json table, as typed: args and expected stay JSON text until composed. */
export interface CaseRow {
  name: string;
  /** A JSON array: the arguments of the call. */
  args: string;
  outcome: "returns" | "throws";
  /** JSON: what the call returns. */
  expected: string;
  /** A substring of the error message, when the call must throw; empty: any error. */
  throws: string;
  sample: boolean;
}

export const CASE_COMPARES = ["equal", "unordered", "closeTo"] as const;
export type CaseCompare = (typeof CASE_COMPARES)[number];

export interface TestFileField {
  /** The file's path inside the problem folder; empty: named after the slug when composed. */
  path: string;
  code: string;
}

/** The coding problem editor's state: every field as its input holds it. */
export interface CodingForm {
  slug: string;
  title: string;
  difficulty: Difficulty;
  /** Comma-separated. */
  tags: string;
  area: RoadmapArea;
  /** Empty: the judge's default. */
  timeLimitMs: string;
  memoryLimitMb: string;
  hints: string[];
  statement: string;
  editorial: string;
  starter: string;
  solution: string;
  testMode: "files" | "cases";
  sampleTest: TestFileField;
  hiddenTest: TestFileField;
  casesFunction: string;
  casesCompare: CaseCompare;
  cases: CaseRow[];
  /** Files the form does not edit (extra test files, fixtures), kept as they were. */
  otherFiles: Record<string, string>;
}

/** Something wrong in the form, found before asking the server; `field` names the input. */
export interface FormIssue {
  field: string;
  message: string;
}

export type Composed = { ok: true; files: Record<string, string> } | { ok: false; issues: FormIssue[] };

export const emptyCaseRow = (sample = false): CaseRow => ({ name: "", args: "[]", outcome: "returns", expected: "", throws: "", sample });

export function emptyCodingForm(): CodingForm {
  return {
    slug: "",
    title: "",
    difficulty: "medium",
    tags: "",
    area: "algorithms",
    timeLimitMs: "",
    memoryLimitMb: "",
    hints: [],
    statement: "",
    editorial: "",
    starter: "export function solve(input: number[]): number {\n  throw new Error(\"Not implemented\");\n}\n",
    solution: "",
    testMode: "cases",
    sampleTest: { path: "", code: "" },
    hiddenTest: { path: "", code: "" },
    casesFunction: "solve",
    casesCompare: "equal",
    cases: [emptyCaseRow(true), emptyCaseRow(false)],
    otherFiles: {},
  };
}

export const samplePathOf = (form: Pick<CodingForm, "slug" | "sampleTest">) => form.sampleTest.path || `${form.slug}.sample.test.ts`;
export const hiddenPathOf = (form: Pick<CodingForm, "slug" | "hiddenTest">) => form.hiddenTest.path || `${form.slug}.test.ts`;

const splitList = (text: string) =>
  text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function limitValue(text: string, field: string, ceiling: number, issues: FormIssue[]): number | undefined {
  if (text.trim() === "") return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0 || value > ceiling) {
    issues.push({ field, message: `Enter a whole number from 1 to ${ceiling}, or leave it empty for the default.` });
    return undefined;
  }
  return value;
}

/** The problem's problem.md: YAML front matter, then the statement. */
function composeProblemMarkdown(form: CodingForm, issues: FormIssue[]): string {
  const frontMatter: Record<string, unknown> = {
    title: form.title.trim(),
    difficulty: form.difficulty,
    tags: splitList(form.tags),
    area: form.area,
  };
  const time = limitValue(form.timeLimitMs, "timeLimitMs", LIMITS.testTimeMs.ceiling, issues);
  const memory = limitValue(form.memoryLimitMb, "memoryLimitMb", LIMITS.memoryMb.ceiling, issues);
  if (time !== undefined) frontMatter.timeLimitMs = time;
  if (memory !== undefined) frontMatter.memoryLimitMb = memory;
  const hints = form.hints.map((h) => h.trim()).filter(Boolean);
  if (hints.length > 0) frontMatter.hints = hints;
  const doc = new Document(frontMatter);
  const tags = doc.get("tags", true);
  if (isSeq(tags)) tags.flow = true;
  return `---\n${doc.toString({ lineWidth: 0 })}---\n\n${form.statement.trim()}\n`;
}

function composeCases(form: CodingForm, issues: FormIssue[]): string {
  const cases = form.cases.map((row, i) => {
    const out: Record<string, unknown> = {};
    if (row.name.trim()) out.name = row.name.trim();
    const args = parseJson(row.args);
    if (!args.ok) issues.push({ field: `cases.${i}.args`, message: `Case ${i + 1}: the arguments are not valid JSON (${args.message}).` });
    else if (!Array.isArray(args.value)) issues.push({ field: `cases.${i}.args`, message: `Case ${i + 1}: the arguments must be a JSON array, e.g. [1, "a"].` });
    out.args = args.ok ? args.value : [];
    if (row.outcome === "throws") {
      // Empty: any error will do (a substring every message contains).
      out.throws = row.throws;
    } else {
      const expected = parseJson(row.expected);
      if (!expected.ok) issues.push({ field: `cases.${i}.expected`, message: `Case ${i + 1}: the expected value is not valid JSON (${expected.message}).` });
      out.expected = expected.ok ? expected.value : null;
    }
    if (row.sample) out.sample = true;
    return out;
  });
  if (!/^[A-Za-z_$][\w$]*$/.test(form.casesFunction)) issues.push({ field: "casesFunction", message: "Name the exported function the cases call, e.g. twoSum." });
  if (cases.length === 0) issues.push({ field: "cases", message: "Add at least one case." });
  // One case a line, as the problems in problems/ are written: short diffs between versions.
  const lines = cases.map((c) => `    ${JSON.stringify(c)}`).join(",\n");
  return `{\n  "function": ${JSON.stringify(form.casesFunction)},\n  "compare": ${JSON.stringify(form.casesCompare)},\n  "cases": [\n${lines}\n  ]\n}\n`;
}

/** The problem folder's files (problem.md, starter.ts, solution.ts, tests...), or what to fix first. */
export function composeCodingFiles(form: CodingForm): Composed {
  const issues: FormIssue[] = [];
  if (!SLUG_PATTERN.test(form.slug)) issues.push({ field: "slug", message: "The slug is 2 to 63 lower-case letters, digits and dashes, starting with a letter or digit." });
  if (form.title.trim().length < 3) issues.push({ field: "title", message: "Give the problem a title of at least 3 characters." });
  if (splitList(form.tags).length === 0) issues.push({ field: "tags", message: "Add at least one tag, e.g. arrays." });
  if (!form.statement.trim()) issues.push({ field: "statement", message: "Write the statement." });
  const files: Record<string, string> = { ...form.otherFiles };
  files["problem.md"] = composeProblemMarkdown(form, issues);
  files["starter.ts"] = form.starter;
  files["solution.ts"] = form.solution;
  if (form.editorial.trim()) files["editorial.md"] = form.editorial;
  if (form.testMode === "cases") {
    files["cases.json"] = composeCases(form, issues);
  } else {
    if (form.sampleTest.code.trim()) files[samplePathOf(form)] = form.sampleTest.code;
    if (form.hiddenTest.code.trim()) files[hiddenPathOf(form)] = form.hiddenTest.code;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, files };
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value : "");
const numberText = (value: unknown) => (typeof value === "number" ? String(value) : "");

/** What the form shows of problem.md; a file it cannot read leaves the fields empty for the author to fill. */
function readProblemMarkdown(markdown: string): Partial<CodingForm> {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { statement: markdown.trim() };
  let front: unknown;
  try {
    front = parseYaml(match[1] ?? "");
  } catch {
    front = {};
  }
  const fm = isRecord(front) ? front : {};
  const difficulty = DIFFICULTIES.find((d) => d === fm.difficulty);
  const area = typeof fm.area === "string" && fm.area in ROADMAP_AREAS ? (fm.area as RoadmapArea) : undefined;
  return {
    title: text(fm.title),
    ...(difficulty ? { difficulty } : {}),
    ...(area ? { area } : {}),
    tags: Array.isArray(fm.tags) ? fm.tags.map(String).join(", ") : "",
    timeLimitMs: numberText(fm.timeLimitMs),
    memoryLimitMb: numberText(fm.memoryLimitMb),
    hints: Array.isArray(fm.hints) ? fm.hints.map(String) : [],
    statement: (match[2] ?? "").trim(),
  };
}

function readCases(json: string): Pick<CodingForm, "casesFunction" | "casesCompare" | "cases"> | undefined {
  const parsed = parseJson(json);
  if (!parsed.ok || !isRecord(parsed.value) || !Array.isArray(parsed.value.cases)) return undefined;
  const spec = parsed.value;
  const compare = CASE_COMPARES.find((c) => c === spec.compare) ?? "equal";
  const cases = (spec.cases as unknown[]).filter(isRecord).map(
    (c): CaseRow => ({
      name: text(c.name),
      args: JSON.stringify(c.args ?? []),
      outcome: typeof c.throws === "string" ? "throws" : "returns",
      expected: "expected" in c ? JSON.stringify(c.expected) : "",
      throws: text(c.throws),
      sample: c.sample === true,
    }),
  );
  return { casesFunction: text(spec.function), casesCompare: compare, cases };
}

const isTestFile = (path: string) => path.endsWith(".test.ts");
const isSampleTest = (path: string) => path.endsWith(".sample.test.ts");

/** A stored version's files, back into the editor's fields; anything the form does not edit is kept in `otherFiles`. */
export function parseCodingFiles(slug: string, files: Record<string, string>): CodingForm {
  const form: CodingForm = { ...emptyCodingForm(), slug, starter: files["starter.ts"] ?? "", solution: files["solution.ts"] ?? "", editorial: files["editorial.md"] ?? "" };
  Object.assign(form, readProblemMarkdown(files["problem.md"] ?? ""));
  const handled = new Set(["problem.md", "starter.ts", "solution.ts", "editorial.md"]);
  const cases = files["cases.json"] === undefined ? undefined : readCases(files["cases.json"]);
  if (cases) {
    Object.assign(form, cases, { testMode: "cases" });
    handled.add("cases.json");
  } else {
    // Prefer the files named after the slug; any other test file stays as it is.
    const rootTests = Object.keys(files)
      .filter((p) => !p.includes("/") && isTestFile(p))
      .sort();
    const sample = rootTests.find((p) => p === `${slug}.sample.test.ts`) ?? rootTests.find(isSampleTest);
    const hidden = rootTests.find((p) => p === `${slug}.test.ts`) ?? rootTests.find((p) => !isSampleTest(p));
    form.testMode = "files";
    form.sampleTest = sample ? { path: sample, code: files[sample] ?? "" } : { path: "", code: "" };
    form.hiddenTest = hidden ? { path: hidden, code: files[hidden] ?? "" } : { path: "", code: "" };
    for (const path of [sample, hidden]) if (path) handled.add(path);
  }
  form.otherFiles = Object.fromEntries(Object.entries(files).filter(([path]) => !handled.has(path)));
  return form;
}
