import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "./main.ts";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const SOLUTION = "export function double(n: number): number {\n  return n * 2;\n}\n";
const WRONG = "export function double(n: number): number {\n  return n + 2;\n}\n";
const TESTS = `import { it, expect } from "@jest/globals";
import { double } from "./double";
it("doubles 3", () => expect(double(3)).toBe(6));
it("doubles 0", () => expect(double(0)).toBe(0));
`;
const CASES = { function: "double", cases: [{ args: [4], expected: 8, sample: true }, { args: [-1], expected: -2 }] };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "rehearse-cli-"));
  await writeFile(join(dir, "double.ts"), SOLUTION);
  await writeFile(join(dir, "wrong.ts"), WRONG);
  await writeFile(join(dir, "double.test.ts"), TESTS);
  await writeFile(join(dir, "cases.json"), JSON.stringify(CASES));
  await writeFile(join(dir, "bad-cases.json"), JSON.stringify({ function: "double", cases: [] }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("rehearse judge", () => {
  it("exits 0 and lists the tests when the solution is Accepted", async () => {
    const c = capture();
    const code = await main(["judge", "--solution", join(dir, "double.ts"), "--tests", join(dir, "double.test.ts")], c.io);
    expect(code).toBe(0);
    expect(c.out.join("\n")).toContain("✓ doubles 3");
    // Plain Jest files get Jest's own default timeout, not the judge's 2 s.
    expect(c.out.join("\n")).toContain("Limits: 5000 ms per test, 64 MB");
    expect(c.out.join("\n")).toContain("Verdict: Accepted");
  });

  it("exits 1 and shows expected and received on a wrong answer", async () => {
    const c = capture();
    const code = await main(["judge", "--solution", join(dir, "wrong.ts"), "--tests", join(dir, "double.test.ts")], c.io);
    expect(code).toBe(1);
    const text = c.out.join("\n");
    expect(text).toContain("Expected: 6");
    expect(text).toContain("Received: 5");
    expect(text).toContain('Wrong Answer on test "doubles 3"');
  });

  it("judges cases.json and prints JSON with --json", async () => {
    const c = capture();
    const code = await main(["judge", "--solution", join(dir, "double.ts"), "--tests", join(dir, "cases.json"), "--json"], c.io);
    expect(code).toBe(0);
    const result = JSON.parse(c.out.join("\n")) as { verdict: string; summary: { passed: number } };
    expect(result.verdict).toBe("Accepted");
    expect(result.summary.passed).toBe(2);
  });

  it("exits 2 on bad usage: missing flags, unknown flags, unreadable files, invalid cases", async () => {
    for (const argv of [
      ["judge"],
      ["judge", "--solution", join(dir, "double.ts")],
      ["judge", "--solution", join(dir, "double.ts"), "--tests", join(dir, "double.test.ts"), "--bogus"],
      ["judge", "--solution", join(dir, "missing.ts"), "--tests", join(dir, "double.test.ts")],
      ["judge", "--solution", join(dir, "double.ts"), "--tests", join(dir, "bad-cases.json")],
      ["frobnicate"],
    ]) {
      const c = capture();
      expect(await main(argv, c.io), argv.join(" ")).toBe(2);
      expect(c.err.join("\n")).toContain("rehearse:");
    }
  });

  it("exits 0 for --help", async () => {
    const c = capture();
    expect(await main(["--help"], c.io)).toBe(0);
    expect(await main(["judge", "--help"], c.io)).toBe(0);
    expect(c.out.join("\n")).toContain("--solution");
  });
});

describe("rehearse problems check", () => {
  async function writeProblem(root: string, slug: string, solution: string, starter: string) {
    const p = join(root, slug);
    await mkdir(p, { recursive: true });
    await writeFile(join(p, "problem.md"), "---\ntitle: Double it\ndifficulty: easy\ntags: [math]\narea: algorithms\nhints: [Multiply.]\n---\nReturn twice n.\n");
    await writeFile(join(p, "starter.ts"), starter);
    await writeFile(join(p, "solution.ts"), solution);
    await writeFile(join(p, "cases.json"), JSON.stringify(CASES));
  }

  it("passes a valid problem and names what is wrong with each invalid one", async () => {
    const root = join(dir, "bank");
    await writeProblem(root, "double-ok", SOLUTION, "export function double(n: number): number {\n  throw new Error('todo');\n}\n");
    await writeProblem(root, "double-bad-ref", WRONG, "export function double(n: number): number {\n  return 0;\n}\n");
    await writeProblem(root, "double-solved-starter", SOLUTION, SOLUTION);
    const c = capture();
    const code = await main(["problems", "check", root, "--json"], c.io);
    expect(code).toBe(1);
    const report = JSON.parse(c.out.join("\n")) as { ok: boolean; problems: { slug: string; ok: boolean; errors: string[] }[] };
    const bySlug = Object.fromEntries(report.problems.map((p) => [p.slug, p]));
    expect(bySlug["double-ok"]?.ok).toBe(true);
    expect(bySlug["double-bad-ref"]?.errors.join("\n")).toContain("reference solution: Wrong Answer");
    expect(bySlug["double-solved-starter"]?.errors.join("\n")).toContain("starter: is Accepted");
  });

  it("validates the rubrics folder too, naming the broken file and field", async () => {
    const root = join(dir, "bank2");
    await writeProblem(root, "double-ok", SOLUTION, "export function double(n: number): number {\n  throw new Error('todo');\n}\n");
    const rubrics = join(dir, "rubrics2");
    await mkdir(rubrics, { recursive: true });
    await writeFile(join(rubrics, "q1.json"), JSON.stringify({ id: "q1", title: "Queues", prompt: "Why a queue?", kind: "concept", criteria: [{ id: "answer", title: "Answer", weight: 1, modelAnswer: "It decouples." }] }));
    await writeFile(join(rubrics, "q2.yaml"), "id: q2\ntitle: Broken\nprompt: Why?\nkind: essay\ncriteria: []\n");
    const c = capture();
    expect(await main(["problems", "check", root, "--rubrics", rubrics], c.io)).toBe(1);
    const text = c.out.join("\n");
    expect(text).toContain("q2.yaml");
    expect(text).toContain("kind");
    expect(text).toContain("1 of 2 rubrics valid");
    await rm(join(rubrics, "q2.yaml"));
    const ok = capture();
    expect(await main(["problems", "check", root, "--rubrics", rubrics], ok.io)).toBe(0);
  });
});

describe("the rehearse bin", () => {
  it("runs as a command with the documented exit codes", () => {
    const bin = join(import.meta.dirname, "../../../bin/rehearse.js");
    const ok = spawnSync(process.execPath, [bin, "judge", "--solution", join(dir, "double.ts"), "--tests", join(dir, "double.test.ts")], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, "judge"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
  });
});
