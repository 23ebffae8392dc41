import type { Judge, JudgeRequest, JudgeResult, TestFile, TestResult } from "./types.ts";

/** Everything a fake Judge needs besides `judge`: one idle worker, nothing queued, nothing to drain. */
export const IDLE_JUDGE: Omit<Judge, "judge"> = {
  stats: () => ({ workers: 1, busy: 0, queued: 0, maxQueue: 4 }),
  retryAfterSeconds: () => 1,
  drain: async () => true,
  close: async () => {},
};

/**
 * Test factories for suites that drive the judge end to end: a request from a solution and
 * Jest-style test code, and a lookup of results by their "describe > it" name.
 */
export const JEST_IMPORTS = `import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest, test } from "@jest/globals";\n`;

export function testFile(code: string, path = "solution.test.ts", visibility: TestFile["visibility"] = "sample"): TestFile {
  return { path, code, visibility };
}

/** A request whose tests are `tests` (one string is one file, with the Jest imports added). */
export function judgeRequest(solution: string, tests: string | TestFile[], more: Partial<JudgeRequest> = {}): JudgeRequest {
  const files = typeof tests === "string" ? [testFile(JEST_IMPORTS + tests)] : tests;
  return { solution: { path: "solution.ts", code: solution }, tests: files, ...more };
}

/** The result of the test with this full name; throws with the names there are if it is missing. */
export function testNamed(result: JudgeResult, name: string): TestResult {
  const found = result.tests.find((t) => t.name === name);
  if (!found) throw new Error(`no test named "${name}"; the tests are: ${result.tests.map((t) => JSON.stringify(t.name)).join(", ")}`);
  return found;
}

/** Every console line of a run, in the order the tests ran. */
export function consoleLines(result: JudgeResult): string[] {
  return result.tests.flatMap((t) => t.console.map((c) => c.text));
}

/**
 * The top of a hostile solution that hunts for a secret: `walk(root)` collects every string it
 * can reach from `root` (keys, values, function sources, prototypes, what getters throw) into
 * `texts`; `needle` is the secret, joined at run time so the source itself does not hold it.
 */
export function secretSearcher(needleParts: string[]): string {
  return `
const needle = ${JSON.stringify(needleParts)}.join("_");
const texts: string[] = [];
const seen = new Set<unknown>();
function walk(root: unknown): void {
  const queue: unknown[] = [root];
  while (queue.length > 0 && seen.size < 20_000) {
    const v = queue.shift();
    if (typeof v === "string") { texts.push(v); continue; }
    if ((typeof v !== "object" && typeof v !== "function") || v === null || seen.has(v)) continue;
    seen.add(v);
    if (typeof v === "function") { try { texts.push(Function.prototype.toString.call(v)); } catch {} }
    try { queue.push(Object.getPrototypeOf(v)); } catch {}
    let keys: (string | symbol)[] = [];
    try { keys = Reflect.ownKeys(v as object); } catch {}
    for (const key of keys) {
      if (typeof key === "string") texts.push(key);
      try {
        const d = Reflect.getOwnPropertyDescriptor(v as object, key);
        queue.push(d && "value" in d ? d.value : (v as Record<string | symbol, unknown>)[key]);
      } catch (e) { queue.push(e); }
    }
  }
}
`;
}
