import { afterAll, describe, expect, it } from "vitest";
import { JEST_IMPORTS, judgeRequest, testFile } from "./fixtures.ts";
import { createJudge } from "./index.ts";
import type { TestResult } from "./types.ts";

/** The judge runs every sample file before every hidden one, whatever order the request lists them in. */
const judge = createJudge({ workers: 1 });
afterAll(() => judge.close());

const file = (path: string, visibility: "sample" | "hidden", names: string[]) =>
  testFile(`${JEST_IMPORTS}import { f } from "./solution";\n${names.map((n) => `it("${n}", () => { expect(f()).toBe(1); });`).join("\n")}\n`, path, visibility);

// Hidden files listed first and interleaved, as a problem folder sorted by name can list them.
const TESTS = [
  file("a.test.ts", "hidden", ["h1", "h2"]),
  file("b.sample.test.ts", "sample", ["s1"]),
  file("c.test.ts", "hidden", ["h3"]),
  file("d.sample.test.ts", "sample", ["s2", "s3"]),
];

describe("run order", () => {
  it("runs samples first, then hidden tests, each group in the author's order; streamed and final alike", async () => {
    const streamed: TestResult[] = [];
    const result = await judge.judge(judgeRequest("export const f = () => 1;\n", TESTS), { onTest: (t) => streamed.push(t) });
    expect(result.tests.map((t) => [t.name, t.visibility])).toEqual([
      ["s1", "sample"],
      ["s2", "sample"],
      ["s3", "sample"],
      ["h1", "hidden"],
      ["h2", "hidden"],
      ["h3", "hidden"],
    ]);
    expect(result.tests.map((t) => t.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(streamed).toEqual(result.tests);
  });

  it("times a hanging solution out on a sample, so the hidden tests never run", async () => {
    const request = judgeRequest("export function f(): number { for (;;) {} }\n", TESTS, { limits: { testTimeMs: 200 } });
    const result = await judge.judge(request);
    expect(result.verdict).toBe("Time Limit Exceeded");
    expect(result.message).toBe('Time Limit Exceeded on test "s1"');
    expect(result.tests[0]).toMatchObject({ name: "s1", status: "timeout" });
    expect(result.tests.filter((t) => t.visibility === "hidden").map((t) => t.status)).toEqual(["skipped", "skipped", "skipped"]);
  });

  it("names a crashing solution's first sample in the headline", async () => {
    const result = await judge.judge(judgeRequest('export function f(): number { throw new Error("boom"); }\n', TESTS));
    expect(result).toMatchObject({ verdict: "Runtime Error", message: 'Runtime Error on test "s1"' });
  });
});
