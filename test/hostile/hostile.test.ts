import { readdir, readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJudge, type Judge, type JudgeRequest, type JudgeResult } from "../../server/src/judge/index.ts";
import { type LimitOverrides, resolveLimits } from "../../server/src/judge/limits.ts";
import { LOADED_WALL_FACTOR } from "../../server/src/judge/limits.ts";
import { CASES, SUITE_LIMITS } from "./cases.ts";

/**
 * Every hostile submission against the same honest tests, on one judge. After each, an honest
 * submission on that judge must be Accepted: the proof that the judge survived and that nothing
 * the hostile one did (globals, prototypes, timers, memory, a dead worker) reached the next.
 */
const SUBMISSIONS = new URL("./submissions/", import.meta.url);
/** Every text in a result is bounded (resultBytes, consoleBytes): a result is never megabytes. */
const MAX_RESULT_CHARS = 1_000_000;

const SAMPLE_TESTS = `import { describe, expect, it } from "@jest/globals";
import { add } from "./solution";

describe("add", () => {
  it("adds two small numbers", async () => {
    expect(await add(1, 2)).toBe(3);
  });
  it("adds negatives", async () => {
    expect(await add(-4, 1)).toBe(-3);
  });
});
`;

const HIDDEN_TESTS = `import { expect, test } from "@jest/globals";
import { add } from "./solution";

test("adds to zero", async () => {
  expect(await add(5, -5)).toEqual(0);
});
test("adds larger numbers", async () => {
  expect(await add(1000, 2345)).toStrictEqual(3345);
});
`;

/** Correct, and throws if it can see anything a hostile submission tried to leave behind. */
const HONEST = `function assertClean(): void {
  const g = globalThis as Record<string | symbol, unknown>;
  for (const name of ["leak", "leakHidden", "hoard", "registry", "memo", "process", "require", "module"]) {
    if (g[name] !== undefined) throw new Error("global " + name + " is visible");
  }
  if (g[Symbol.for("rehearse.leak")] !== undefined) throw new Error("a symbol-keyed global is visible");
  for (const target of [Object.prototype, Array.prototype, Math, JSON, console, Symbol]) {
    if ("leak" in target) throw new Error("an intrinsic carries a leak mark");
  }
  if (Object.keys(Object.prototype).length > 0 || Object.keys(Array.prototype).length > 0) throw new Error("a prototype was patched");
  if (Object.is(1, 2) || JSON.stringify([1]) !== "[1]" || Math.max(1, 2) !== 2) throw new Error("an intrinsic was patched");
  for (const name of ["expect", "describe", "it", "test", "jest", "beforeAll"]) {
    if (g[name] !== undefined) throw new Error("the test API " + name + " is visible to the solution");
  }
  if (typeof (globalThis as { WebAssembly?: unknown }).WebAssembly !== "undefined") throw new Error("WebAssembly is back");
}

export function add(a: number, b: number): number {
  assertClean();
  return a + b;
}
`;

const TEST_NAMES = ["add > adds two small numbers", "add > adds negatives", "adds to zero", "adds larger numbers"];

function request(code: string, limits: LimitOverrides = SUITE_LIMITS): JudgeRequest {
  return {
    solution: { path: "solution.ts", code },
    tests: [
      { path: "add.test.ts", code: SAMPLE_TESTS, visibility: "sample" },
      { path: "add.hidden.test.ts", code: HIDDEN_TESTS, visibility: "hidden" },
    ],
    limits,
  };
}

/** What went wrong, for the assertion message: the verdict alone does not say why. */
function explain(result: JudgeResult): string {
  const failing = result.tests.find((t) => t.status !== "passed" && t.status !== "skipped");
  const statuses = result.tests.map((t) => `${t.name}: ${t.status}`).join(", ");
  return `${result.message}\n${failing?.message?.slice(0, 400) ?? ""}\n[${statuses}]`;
}

let judge: Judge;

beforeAll(async () => {
  judge = createJudge({ workers: 2, maxQueue: 8 });
  // Start both workers before any case runs, so no case pays for a cold start.
  const warm = await Promise.all([judge.judge(request(HONEST)), judge.judge(request(HONEST))]);
  for (const result of warm) expect(result.verdict, explain(result)).toBe("Accepted");
});

afterAll(() => judge.close());

describe("the hostile corpus", () => {
  it("has a case for every submission file, and at least 30 of them", async () => {
    const files = (await readdir(SUBMISSIONS)).filter((f) => f.endsWith(".ts")).sort();
    expect(files).toEqual(CASES.map((c) => c.file).sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it("says in each file what it tries, in a one-line comment", async () => {
    for (const { file } of CASES) {
      const code = await readFile(new URL(file, SUBMISSIONS), "utf8");
      expect(code.split("\n")[0], file).toMatch(/^\/\/ \S/);
    }
  });
});

describe("each hostile submission gets its verdict, and the judge still judges the next one", () => {
  it.each(CASES)("$file: $verdict ($note)", async ({ file, verdict, also, passed, limits }) => {
    const code = await readFile(new URL(file, SUBMISSIONS), "utf8");
    const started = performance.now();
    const result = await judge.judge(request(code, limits));
    const elapsed = performance.now() - started;
    // Soft: whatever went wrong with the hostile one, the honest one below still has to be judged.
    expect.soft([verdict, ...(also ?? [])], explain(result)).toContain(result.verdict);
    // The problem's files alone decide the tests: the same four, by name, whatever the solution did.
    expect.soft(result.tests.map((t) => t.name), explain(result)).toEqual(TEST_NAMES);
    // The sandbox stops a runaway at its own limits (CPU time, or a wall guard that a busy machine
    // may stretch: see time-guard.ts); the pool's watchdog is a last resort.
    expect.soft(elapsed, "milliseconds to judge it").toBeLessThan(resolveLimits(limits ?? SUITE_LIMITS).submissionTimeMs * (1 + LOADED_WALL_FACTOR) + 1_000);
    if (passed !== undefined) expect.soft(result.summary.passed, explain(result)).toBe(passed);
    expect.soft(JSON.stringify(result).length, "the size of the result").toBeLessThan(MAX_RESULT_CHARS);

    const honest = await judge.judge(request(HONEST));
    expect(honest.verdict, explain(honest)).toBe("Accepted");
    expect(honest.summary).toEqual({ total: 4, passed: 4, failed: 0, skipped: 0 });
    expect(judge.stats()).toMatchObject({ workers: 2, busy: 0, queued: 0 });
  });
});
