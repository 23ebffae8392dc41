import { describe, expect, it } from "vitest";
import type { CaseOutcome, JudgeResult, TestResult } from "../judge/types.ts";
import {
  CUSTOM_CASES,
  CUSTOM_CASES_PATH,
  customCasesSchema,
  customCasesToTestFile,
  REFERENCE_ANSWERS_PATH,
  referenceAnswers,
  referenceRecording,
} from "./custom-cases.ts";
import { runCaseFile } from "./fixtures.ts";

const sorted = { sorted: (xs: number[]) => [...xs].sort((a, b) => a - b) };
const result = (recorded: (CaseOutcome | undefined)[], tests: Partial<TestResult>[] = []): JudgeResult => ({
  verdict: "Accepted",
  message: "Accepted",
  tests: tests.map((t, index) => ({ index, name: `reference > case ${index}`, file: REFERENCE_ANSWERS_PATH, visibility: "hidden", status: "passed", durationMs: 1, console: [], ...t })),
  summary: { total: tests.length, passed: tests.length, failed: 0, skipped: 0 },
  runtimeMs: 1,
  recorded: { [REFERENCE_ANSWERS_PATH]: recorded as CaseOutcome[] },
});

describe("customCasesSchema", () => {
  it("accepts cases with and without expected", () => {
    const cases = [{ args: [[3, 1]] }, { name: "mine", args: [[2]], expected: [2] }];
    expect(customCasesSchema.parse(cases)).toEqual(cases);
  });

  it.each([
    ["too many cases", Array.from({ length: CUSTOM_CASES.max + 1 }, () => ({ args: [] }))],
    ["too much JSON", [{ args: ["x".repeat(CUSTOM_CASES.jsonBytes)] }]],
    ["args that are not an array", [{ args: 1 }]],
    ["unknown keys", [{ args: [], throws: "boom" }]],
    ["an empty name", [{ name: " ", args: [] }]],
  ])("rejects %s", (_, cases) => {
    expect(customCasesSchema.safeParse(cases).success).toBe(false);
  });
});

describe("referenceRecording", () => {
  it("records only the cases without expected, in a file only the judge's own runs may record in", () => {
    const recording = referenceRecording([{ args: [[3, 1]] }, { args: [[2]], expected: [2] }, { name: "mine", args: [[5, 4]] }], { function: "sorted" });
    expect(recording?.positions).toEqual([0, 2]);
    expect(recording?.file).toMatchObject({ path: REFERENCE_ANSWERS_PATH, recordsOutcomes: true });
    expect(recording?.file.expectations).toBeUndefined();
    expect(runCaseFile(recording?.file.code ?? "", sorted)).toEqual([
      { name: "your case 1", index: 0, returned: [1, 3] },
      { name: "mine", index: 1, returned: [4, 5] },
    ]);
  });

  it("is not needed when every case has expected", () => {
    expect(referenceRecording([{ args: [[1]], expected: [1] }], { function: "sorted" })).toBeUndefined();
  });
});

describe("referenceAnswers", () => {
  const recording = referenceRecording([{ args: [1] }, { args: [2], expected: 2 }, { args: [3] }, { args: [4] }], { function: "f" })!;

  it("puts each recorded outcome at its case's position", () => {
    const answers = referenceAnswers(recording, result([{ returned: 10 }, { threw: { name: "RangeError", message: "no" } }, { returned: -0 }], [{}, {}, {}]));
    expect(answers[0]).toEqual({ returned: 10 });
    expect(answers[1]).toBeUndefined();
    expect(answers[2]).toEqual({ threw: { name: "RangeError", message: "no" } });
    expect(Object.is((answers[3] as { returned: number }).returned, -0)).toBe(true);
  });

  it("says why an answer is missing, from the first line of its test's message only", () => {
    const answers = referenceAnswers(
      recording,
      result([{ returned: 1 }], [{}, { status: "timeout", message: "Time Limit Exceeded." }, { status: "error", message: "Error: x\n    at f (solution.ts:3:9)" }]),
    );
    expect(answers[2]).toEqual({ missing: "Time Limit Exceeded." });
    expect(answers[3]).toEqual({ missing: "Error: x" });
    expect(referenceAnswers(recording, { ...result([]), message: "Internal Error" })[0]).toEqual({ missing: "its run ended: Internal Error" });
  });
});

describe("customCasesToTestFile", () => {
  const target = { function: "sorted" };

  it("is one sample file at your-cases.test.ts, calling the candidate's function case by case", () => {
    const file = customCasesToTestFile([{ args: [[2, 1]] }, { name: "mine", args: [[3]], expected: [3] }], target, [{ returned: [1, 2] }]);
    expect(file).toMatchObject({ path: CUSTOM_CASES_PATH, visibility: "sample" });
    expect(file.code).not.toContain("reference");
    expect(runCaseFile(file.code, sorted)).toEqual([
      { name: "your case 1", index: 0, returned: [1, 2] },
      { name: "mine", index: 1, returned: [3] },
    ]);
  });

  it("expects the given value, or else the reference's answer, compared as the problem says", () => {
    const file = customCasesToTestFile([{ args: [[2, 1]], expected: [9] }, { args: [[2, 1]] }], { function: "sorted", compare: "unordered" }, [undefined, { returned: [1, 2] }]);
    expect(file.expectations).toEqual([
      { kind: "unordered", value: [9] },
      { kind: "unordered", value: [1, 2] },
    ]);
    expect(file.code).not.toContain("9");
  });

  it("explains when the reference solution fails on the arguments or gives no answer", () => {
    const file = customCasesToTestFile([{ args: [null] }, { args: [[1e9]] }, { args: [[1]] }], target, [
      { threw: { name: "TypeError", message: "xs is null" } },
      { missing: "Time Limit Exceeded." },
    ]);
    expect(file.expectations).toEqual([
      { kind: "invalid", message: "The reference solution fails on these arguments, so they are probably outside the problem's constraints: xs is null" },
      { kind: "invalid", message: "The reference solution gives no answer on these arguments, so they are probably outside the problem's constraints: Time Limit Exceeded." },
      { kind: "invalid", message: "The reference solution was not run on these arguments." },
    ]);
  });

  it("says so when the solution does not export the function", () => {
    expect(() => runCaseFile(customCasesToTestFile([{ args: [[1]] }], target).code, {})).toThrow(/does not export a function named sorted/);
  });

  it("keeps names and values as data, never as code", () => {
    // Written as a join so the linter does not take it for a mistaken template literal.
    const interpolation = ["`$", "{globalThis.injected = 1}`"].join("");
    const name = `"); throw new Error("injected"); ("${interpolation}`;
    const calls = runCaseFile(customCasesToTestFile([{ name, args: [["</script>", '"', interpolation]] }], target).code, { sorted: (xs: string[]) => xs.length });
    expect(calls).toEqual([{ name, index: 0, returned: 3 }]);
    expect(globalThis).not.toHaveProperty("injected");
  });
});
