import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { transformSync } from "esbuild";

/**
 * Test factories: a small, valid problem folder that a test changes file by file.
 * Kept out of problems/ so loader and API tests never depend on the real problem bank.
 */
export const FRONT_MATTER = `title: Add two numbers
difficulty: easy
tags: [math]
area: algorithms
hints:
  - Use the plus sign.
`;

export const SOLUTION = "export function add(a: number, b: number): number {\n  return a + b;\n}\n";
export const STARTER = "export function add(a: number, b: number): number {\n  return 0;\n}\n";
export const SAMPLE_TEST = `import { describe, it, expect } from "@jest/globals";
import { add } from "./solution";
describe("add", () => {
  it("adds small numbers", () => {
    expect(add(1, 2)).toBe(3);
  });
});
`;
/** A distinctive marker, so tests can assert hidden content never leaks. */
export const HIDDEN_MARKER = "SECRET_HIDDEN_7f3a";
export const HIDDEN_TEST = `import { describe, it, expect } from "@jest/globals";
import { add } from "./solution";
describe("add (${HIDDEN_MARKER})", () => {
  it("adds large numbers ${HIDDEN_MARKER}", () => {
    expect(add(40_000, 2_000)).toBe(42_000);
  });
});
`;

export type ProblemFiles = Record<string, string | undefined>;

export function problemFiles(overrides: ProblemFiles = {}): ProblemFiles {
  return {
    "problem.md": `---\n${FRONT_MATTER}---\n\n# Add\n\nReturn the sum of \`a\` and \`b\`.\n`,
    "starter.ts": STARTER,
    "solution.ts": SOLUTION,
    "add.sample.test.ts": SAMPLE_TEST,
    "add.test.ts": HIDDEN_TEST,
    ...overrides,
  };
}

/** Writes a problem folder (files set to undefined are left out) and returns its path. */
export async function writeProblem(root: string, slug: string, files: ProblemFiles = problemFiles()): Promise<string> {
  const dir = join(root, slug);
  for (const [name, content] of Object.entries(files)) {
    if (content === undefined) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  await mkdir(dir, { recursive: true });
  return dir;
}

export function makeTempDir(prefix = "rehearse-problems-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

type Call = { name: string; index: number } & ({ returned: unknown } | { threw: string });

/**
 * Runs a generated Jest-style file in this process, with an `expect` that only records what
 * each case matcher was handed, so the generated code is tested without the judge.
 */
export function runCaseFile(code: string, solution: Record<string, unknown>): Call[] {
  const calls: Call[] = [];
  let current = "";
  const matcher = (thunk: () => unknown) => (index: number) => {
    try {
      calls.push({ name: current, index, returned: thunk() });
    } catch (error) {
      calls.push({ name: current, index, threw: error instanceof Error ? error.message : String(error) });
    }
  };
  const expect = (thunk: () => unknown) => ({ toMatchCase: matcher(thunk), toRecordCase: matcher(thunk) });
  const it = (name: string, fn: () => void) => {
    current = name;
    fn();
  };
  const modules: Record<string, unknown> = { "@jest/globals": { describe: (_: string, body: () => void) => body(), it, expect }, "./solution": solution };
  const js = transformSync(code, { loader: "ts", format: "cjs" }).code;
  const require = (id: string) => {
    if (!(id in modules)) throw new Error(`unexpected import ${id}`);
    return modules[id];
  };
  new Function("require", "module", "exports", js)(require, { exports: {} }, {});
  return calls;
}
