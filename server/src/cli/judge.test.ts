import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS, resolveLimits } from "../judge/limits.ts";
import type { JudgeResult, TestResult } from "../judge/types.ts";
import { loadProblem } from "../problems/load.ts";
import { withLimitFlags } from "./judge-limits.ts";
import { main } from "./main.ts";
import { formatJudgeResult } from "./report.ts";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const BANK_PROBLEM = join(import.meta.dirname, "../../../problems/two-sum-indices");

// ~96 MB of doubles: over the judge's default 64 MB, within the fixture problem's 256 MB.
const HOARD = `export function hoard(mb: number): number {
  const kept = new Array<number>(mb * 131_072).fill(0.5);
  return Math.round(kept.reduce((a, b) => a + b, 0) / 65_536);
}
`;
// 1e8 steps: some 400 ms here, far over the fixture's 50 ms and far under 5 s on a busy machine.
const SPIN = `export function spin(n: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) x = (x + i) % 1_000_003;
  return x >= 0 ? 1 : 0;
}
`;

let dir: string;

/** A problem folder whose sample case is fn(1) = 1 and whose hidden case is fn(hidden.arg) = hidden.expected. */
async function writeProblem(slug: string, limits: string, fn: string, solution: string, hidden: { arg: number; expected: number }): Promise<string> {
  const p = join(dir, slug);
  await mkdir(p, { recursive: true });
  await writeFile(join(p, "problem.md"), `---\ntitle: ${slug}\ndifficulty: easy\ntags: [limits]\narea: algorithms\n${limits}---\nReturn 1.\n`);
  await writeFile(join(p, "starter.ts"), `export function ${fn}(n: number): number {\n  return 0;\n}\n`);
  await writeFile(join(p, "solution.ts"), solution);
  const cases = [{ args: [1], expected: 1, sample: true }, { args: [hidden.arg], expected: hidden.expected }];
  await writeFile(join(p, "cases.json"), JSON.stringify({ function: fn, cases }));
  return p;
}

let hoardProblem: string;
let spinProblem: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "rehearse-cli-judge-"));
  hoardProblem = await writeProblem("hoard-memory", "memoryLimitMb: 256\n", "hoard", HOARD, { arg: 96, expected: 96 });
  spinProblem = await writeProblem("spin-fast", "timeLimitMs: 50\n", "spin", SPIN, { arg: 1e8, expected: 1 });
  await mkdir(join(dir, "not-a-problem"));
  await writeFile(join(dir, "not-a-problem", "notes.md"), "nothing here\n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function judge(argv: string[]): Promise<{ code: number; result: JudgeResult }> {
  const c = capture();
  const code = await main(["judge", ...argv, "--json"], c.io);
  return { code, result: JSON.parse(c.out.join("\n")) as JudgeResult };
}

describe("rehearse judge --problem", () => {
  it("judges a bank problem's reference on its sample and hidden tests, hidden ones in full", async () => {
    const problem = await loadProblem(BANK_PROBLEM);
    const { code, result } = await judge(["--problem", BANK_PROBLEM, "--solution", join(BANK_PROBLEM, "solution.ts")]);
    expect(code).toBe(0);
    expect(result.verdict).toBe("Accepted");
    // Every test file of the problem ran, the hidden ones under their real names.
    expect(new Set(result.tests.map((t) => t.file))).toEqual(new Set(problem.tests.map((t) => t.path)));
    const hidden = result.tests.filter((t) => t.visibility === "hidden");
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((t) => !t.name.startsWith("Hidden test"))).toBe(true);
    expect(result.tests.some((t) => t.visibility === "sample")).toBe(true);
  });

  it("applies the problem's memory limit, and --memory-limit over it", async () => {
    const solution = join(hoardProblem, "solution.ts");
    // Memory runs are not timing-sensitive: judge them side by side to keep the suite short.
    const [withProblem, overridden, plain] = await Promise.all([
      judge(["--problem", hoardProblem, "--solution", solution]),
      judge(["--problem", hoardProblem, "--solution", solution, "--memory-limit", "32"]),
      judge(["--tests", join(hoardProblem, "cases.json"), "--solution", solution, "--memory-limit", "32"]),
    ]);
    expect(withProblem.result.message).toBe("Accepted: 2 of 2 tests passed");
    expect(withProblem.code).toBe(0);
    for (const capped of [overridden, plain]) {
      expect(capped.result.verdict).toBe("Memory Limit Exceeded");
      expect(capped.code).toBe(1);
    }
  });

  it("applies the problem's time limit, and --time-limit over it", async () => {
    const solution = join(spinProblem, "solution.ts");
    const strict = await judge(["--problem", spinProblem, "--solution", solution]);
    expect(strict.code).toBe(1);
    expect(strict.result.verdict).toBe("Time Limit Exceeded");
    const relaxed = await judge(["--problem", spinProblem, "--solution", solution, "--time-limit", "5000"]);
    expect(relaxed.result.message).toBe("Accepted: 2 of 2 tests passed");
    expect(relaxed.code).toBe(0);
  });

  it("exits 2 with a clear message on bad flags, folders and files", async () => {
    const solution = join(hoardProblem, "solution.ts");
    const cases: [string[], string][] = [
      [["--solution", solution], "judge needs --problem <folder> or --tests"],
      [["--problem", hoardProblem, "--solution", solution, "--time-limit", "0"], '--time-limit takes a whole number of milliseconds from 1 to 10000, not "0"'],
      [["--problem", hoardProblem, "--solution", solution, "--time-limit", "1.5"], 'not "1.5"'],
      [["--problem", hoardProblem, "--solution", solution, "--time-limit", "10001"], 'not "10001"'],
      [["--problem", hoardProblem, "--solution", solution, "--memory-limit", "lots"], '--memory-limit takes a whole number of megabytes from 1 to 512, not "lots"'],
      [["--problem", hoardProblem, "--solution", solution, "--memory-limit", "513"], 'not "513"'],
      [["--problem", join(dir, "missing"), "--solution", solution], `no problem folder at ${join(dir, "missing")}`],
      [["--problem", join(dir, "not-a-problem"), "--solution", solution], "problem.md: missing"],
      [["--problem", join(hoardProblem, "problem.md"), "--solution", solution], "problem.md is a file: --problem takes the problem's folder"],
      [["--problem", hoardProblem, "--solution", join(dir, "missing.ts")], `cannot read ${join(dir, "missing.ts")}`],
      [["--problem", hoardProblem, "--solution", solution, "--tests", join(hoardProblem, "cases.json")], "two test files are named cases.sample.json"],
    ];
    for (const [argv, message] of cases) {
      const c = capture();
      expect(await main(["judge", ...argv], c.io), argv.join(" ")).toBe(2);
      expect(c.err.join("\n")).toContain(message);
    }
  });
});

describe("the judge report", () => {
  it("shows a hidden test in full, marked hidden", () => {
    const hidden: TestResult = { index: 0, name: "sums 10^5 entries", file: "large.test.ts", visibility: "hidden", status: "failed", durationMs: 3, message: "Expected: 7\nReceived: 8", console: [] };
    const sample: TestResult = { ...hidden, index: 1, name: "sums two", file: "cases.sample.json", visibility: "sample", status: "passed", message: undefined };
    const summary = { total: 2, passed: 1, failed: 1, skipped: 0 };
    const text = formatJudgeResult({ verdict: "Wrong Answer", message: 'Wrong Answer on test "sums 10^5 entries"', tests: [hidden, sample], summary, runtimeMs: 6 });
    expect(text).toContain("✗ sums 10^5 entries [hidden] (3 ms)");
    expect(text).toContain("Received: 8");
    expect(text).toContain("✓ sums two (3 ms)");
  });
});

describe("the limits a CLI run asks for", () => {
  it("never lets the submission-wide wall or CPU budget cut one test short of --time-limit", () => {
    for (const testTimeMs of [1, LIMITS.cpuTimeMs.default + 1, LIMITS.testTimeMs.ceiling]) {
      const limits = resolveLimits(withLimitFlags({}, { testTimeMs }));
      expect(limits.testTimeMs).toBe(testTimeMs);
      expect(limits.submissionTimeMs).toBeGreaterThanOrEqual(testTimeMs);
      expect(limits.cpuTimeMs).toBeGreaterThanOrEqual(testTimeMs);
    }
  });

  it("keeps the problem's limits the flags do not override", () => {
    expect(withLimitFlags({ testTimeMs: 4000, memoryMb: 256 }, { memoryMb: 32 })).toEqual({ testTimeMs: 4000, memoryMb: 32 });
  });
});
