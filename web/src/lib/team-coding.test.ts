import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { type CodingForm, composeCodingFiles, emptyCaseRow, emptyCodingForm, parseCodingFiles } from "./team-coding.ts";

const PROBLEMS = fileURLToPath(new URL("../../../problems/", import.meta.url));

function readFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, "utf8");
    }
  };
  walk(dir);
  return files;
}

function splitProblemMarkdown(markdown: string) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error(`no front matter in ${markdown.slice(0, 40)}`);
  return { frontMatter: parseYaml(match[1] ?? "") as Record<string, unknown>, statement: (match[2] ?? "").trim() };
}

/** `hints: []` is the default: the editor leaves it out. */
function withoutEmptyHints({ frontMatter, statement }: ReturnType<typeof splitProblemMarkdown>) {
  const { hints, ...rest } = frontMatter;
  return { frontMatter: Array.isArray(hints) && hints.length === 0 ? rest : frontMatter, statement };
}

function filesOf(form: CodingForm): Record<string, string> {
  const composed = composeCodingFiles(form);
  if (!composed.ok) throw new Error(composed.issues.map((i) => i.message).join("\n"));
  return composed.files;
}

const valid = (): CodingForm => ({
  ...emptyCodingForm(),
  slug: "two-sum",
  title: "Two sum",
  tags: "arrays, hash-map",
  statement: "Find two numbers.\n",
  solution: "export function solve() { return 1; }\n",
});

describe("composeCodingFiles", () => {
  it("writes problem.md with its front matter, the code files and cases.json one case a line", () => {
    const files = filesOf({
      ...valid(),
      timeLimitMs: "3000",
      hints: ["Use a map.", "  "],
      casesFunction: "twoSum",
      casesCompare: "unordered",
      cases: [
        { name: "", args: "[[2, 7], 9]", outcome: "returns", expected: "[0, 1]", throws: "", sample: true },
        { name: "empty", args: "[[], 1]", outcome: "throws", expected: "", throws: "RangeError", sample: false },
        { name: "none", args: "[[1], 5]", outcome: "returns", expected: "null", throws: "", sample: false },
      ],
    });
    expect(Object.keys(files).sort()).toEqual(["cases.json", "problem.md", "solution.ts", "starter.ts"]);
    expect(splitProblemMarkdown(files["problem.md"] ?? "")).toEqual({
      frontMatter: { title: "Two sum", difficulty: "medium", tags: ["arrays", "hash-map"], area: "algorithms", timeLimitMs: 3000, hints: ["Use a map."] },
      statement: "Find two numbers.",
    });
    expect(files["problem.md"]).toContain("tags: [ arrays, hash-map ]");
    expect(files["cases.json"]).toBe(
      '{\n  "function": "twoSum",\n  "compare": "unordered",\n  "cases": [\n' +
        '    {"args":[[2,7],9],"expected":[0,1],"sample":true},\n' +
        '    {"name":"empty","args":[[],1],"throws":"RangeError"},\n' +
        '    {"name":"none","args":[[1],5],"expected":null}\n  ]\n}\n',
    );
  });

  it("writes Jest-style files named after the slug, and leaves an empty one out", () => {
    const files = filesOf({ ...valid(), testMode: "files", sampleTest: { path: "", code: "it('a', () => {});" }, hiddenTest: { path: "", code: " " } });
    expect(files["two-sum.sample.test.ts"]).toBe("it('a', () => {});");
    expect(files).not.toHaveProperty("two-sum.test.ts");
    expect(files).not.toHaveProperty("cases.json");
  });

  it("reports every field to fix, naming the case and what is wrong with it", () => {
    const composed = composeCodingFiles({
      ...emptyCodingForm(),
      slug: "Bad Slug",
      tags: " , ",
      memoryLimitMb: "100000",
      casesFunction: "1fn",
      cases: [
        { ...emptyCaseRow(), args: "{", expected: "1" },
        { ...emptyCaseRow(), args: '"x"', expected: "nope" },
      ],
    });
    expect(composed.ok).toBe(false);
    if (composed.ok) return;
    expect(composed.issues.map((i) => i.field)).toEqual([
      "slug",
      "title",
      "tags",
      "statement",
      "memoryLimitMb",
      "cases.0.args",
      "cases.1.args",
      "cases.1.expected",
      "casesFunction",
    ]);
    expect(composed.issues.find((i) => i.field === "cases.1.args")?.message).toBe('Case 2: the arguments must be a JSON array, e.g. [1, "a"].');
    expect(composed.issues.find((i) => i.field === "memoryLimitMb")?.message).toContain("from 1 to 512");
  });
});

describe("parseCodingFiles", () => {
  it("reads back what the form composed", () => {
    const form: CodingForm = {
      ...valid(),
      memoryLimitMb: "128",
      hints: ["One", "Two"],
      editorial: "Why it works.\n",
      cases: [
        { name: "a", args: "[1,2]", outcome: "returns", expected: '{"x":1}', throws: "", sample: true },
        { name: "", args: "[]", outcome: "throws", expected: "", throws: "bad input", sample: false },
      ],
      otherFiles: { "large-input.test.ts": "it('big', () => {});" },
    };
    expect(parseCodingFiles("two-sum", filesOf(form))).toEqual({ ...form, statement: "Find two numbers." });
  });

  it("keeps test files the form does not edit, and prefers the ones named after the slug", () => {
    const form = parseCodingFiles("xy", {
      "problem.md": "---\ntitle: XYZ\n---\nBody",
      "a.sample.test.ts": "A",
      "xy.sample.test.ts": "S",
      "xy.test.ts": "H",
      "tests/more.test.ts": "M",
    });
    expect(form.testMode).toBe("files");
    expect(form.sampleTest).toEqual({ path: "xy.sample.test.ts", code: "S" });
    expect(form.hiddenTest).toEqual({ path: "xy.test.ts", code: "H" });
    expect(form.otherFiles).toEqual({ "a.sample.test.ts": "A", "tests/more.test.ts": "M" });
    expect(filesOf({ ...form, tags: "t" })).toMatchObject({ "a.sample.test.ts": "A", "xy.sample.test.ts": "S", "xy.test.ts": "H", "tests/more.test.ts": "M" });
  });

  it("leaves what it cannot read for the author: a statement without front matter, unreadable cases", () => {
    const form = parseCodingFiles("x", { "problem.md": "Just text", "cases.json": "{ nope" });
    expect(form.statement).toBe("Just text");
    expect(form.testMode).toBe("files");
    expect(form.otherFiles).toEqual({ "cases.json": "{ nope" });
  });

  // Every problem in the bank goes through the editor unchanged in meaning.
  const slugs = readdirSync(PROBLEMS).filter((name) => statSync(join(PROBLEMS, name)).isDirectory());
  it.each(slugs)("round-trips problems/%s", (slug) => {
    const original = readFolder(join(PROBLEMS, slug));
    const again = filesOf(parseCodingFiles(slug, original));
    expect(Object.keys(again).sort()).toEqual(Object.keys(original).sort());
    for (const [path, content] of Object.entries(original)) {
      if (path === "problem.md") {
        expect(withoutEmptyHints(splitProblemMarkdown(again[path] ?? ""))).toEqual(withoutEmptyHints(splitProblemMarkdown(content)));
      } else if (path === "cases.json") {
        expect(JSON.parse(again[path] ?? "")).toEqual({ compare: "equal", ...JSON.parse(content) });
      } else {
        expect(again[path], path).toBe(content);
      }
    }
  });
});
