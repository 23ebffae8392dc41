import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../lib/errors.ts";
import { jsonErrorOffset } from "./file-issues.ts";
import { FRONT_MATTER, makeTempDir, problemFiles, SAMPLE_TEST, writeProblem } from "./fixtures.ts";
import { loadProblem, problemFromFiles } from "./load.ts";

let root: string;
beforeAll(async () => {
  root = await makeTempDir();
});
afterAll(() => rm(root, { recursive: true, force: true }));

function files(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(problemFiles(overrides)).filter((e): e is [string, string] => e[1] !== undefined));
}

function errorsOf(run: () => unknown): { message: string; errors: { file: string; line?: number; message: string }[] } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const { message, details } = error as ValidationError;
    return { message, errors: (details as { errors: { file: string; line?: number; message: string }[] }).errors };
  }
  throw new Error("expected a ValidationError");
}

const CASES = '{\n  "function": "add",\n  "cases": [\n    { "args": [1, 2], "expected": 3, "sample": true },\n    { "args": [0, 0], "expected": 0 }\n  ]\n}\n';

describe("problemFromFiles", () => {
  it("makes the same problem from files in memory as loadProblem does from the folder", async () => {
    const given = files({ "cases.json": CASES, "tests/edge.test.ts": SAMPLE_TEST, "editorial.md": "Use +.\n" });
    const fromDisk = await loadProblem(await writeProblem(root, "add-two", given));
    expect(problemFromFiles("add-two", given)).toEqual(fromDisk);
    expect(fromDisk.files).toEqual(given);
  });

  it("reports every broken file at once, each with its line where it has one", () => {
    const markdown = `---\n${FRONT_MATTER.replace("difficulty: easy", "difficulty: extreme")}colour: red\n---\n\nAdd.\n`;
    const { errors, message } = errorsOf(() =>
      problemFromFiles("add-two", files({ "problem.md": markdown, "solution.ts": undefined, "add.test.ts": " ", "cases.json": '{ "function": "add", "cases": [] }' })),
    );
    expect(errors).toEqual([
      { file: "problem.md", line: 3, message: expect.stringMatching(/^difficulty: /) },
      { file: "problem.md", line: 8, message: expect.stringMatching(/colour/) },
      { file: "solution.ts", message: "missing" },
      { file: "add.test.ts", message: "the test file is empty" },
      { file: "cases.json", line: 1, message: expect.stringMatching(/^cases: /) },
    ]);
    expect(message).toContain("problem.md: invalid front matter:\n  difficulty: ");
    expect(message).toContain("(line 3)");
  });

  it("names the line of a cases.json syntax error, and of the case that is wrong", () => {
    const syntax = errorsOf(() => problemFromFiles("add-two", files({ "cases.json": CASES.replace('"expected": 0', '"expected" 0') })));
    expect(syntax.errors).toEqual([{ file: "cases.json", line: 5, column: 34, message: expect.stringMatching(/^invalid JSON: /) }]);
    const field = errorsOf(() => problemFromFiles("add-two", files({ "cases.json": CASES.replace("[0, 0]", '"0, 0"') })));
    expect(field.errors).toEqual([{ file: "cases.json", line: 5, message: expect.stringMatching(/^cases\.1\.args: /) }]);
  });

  it("names files under base, as an import lays them out", () => {
    const { errors } = errorsOf(() => problemFromFiles("add-two", files({ "starter.ts": undefined }), { base: "problems/add-two" }));
    expect(errors).toEqual([{ file: "problems/add-two/starter.ts", message: "missing" }]);
  });
});

describe("jsonErrorOffset", () => {
  it.each([
    ['{"a": nope}', 6],
    ['{"a": 1,}', 8],
    ["[1, 2", 5],
    ['{"a": "\\x"}', 8],
    ["", 0],
  ])("finds where %j goes wrong", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("finds nothing wrong in valid JSON", () => {
    expect(jsonErrorOffset('{"a": [1, -2.5e3, true, null, "\\u00e9"]}')).toBeUndefined();
  });
});
