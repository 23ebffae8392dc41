import { describe, expect, it } from "vitest";
import { casesFileSchema, casesToTestFiles } from "./cases.ts";
import { runCaseFile } from "./fixtures.ts";

const SECRET = "expected-value-7c2b";
const spec = casesFileSchema.parse({
  function: "pick",
  compare: "unordered",
  cases: [
    { args: [1], expected: [1], sample: true },
    { name: "secret", args: [2], expected: [SECRET, { deep: [SECRET] }] },
    { args: [3], throws: `${SECRET} thrown` },
    { args: [4], expected: [4], sample: true },
  ],
});
const pick = { pick: (n: number) => (n === 3 ? (() => { throw new RangeError("three"); })() : [n]) };

describe("casesToTestFiles", () => {
  const [sample, hidden] = casesToTestFiles(spec);

  it("makes a sample and a hidden file, each case's expectation beside its arguments, by index", () => {
    expect(sample).toMatchObject({ path: "cases.sample.json", visibility: "sample" });
    expect(hidden).toMatchObject({ path: "cases.json", visibility: "hidden" });
    expect(sample?.expectations).toEqual([
      { kind: "unordered", value: [1] },
      { kind: "unordered", value: [4] },
    ]);
    expect(hidden?.expectations).toEqual([
      { kind: "unordered", value: [SECRET, { deep: [SECRET] }] },
      { kind: "throws", message: `${SECRET} thrown` },
    ]);
  });

  it("hands test i's call to toMatchCase(i), with that case's arguments", () => {
    expect(runCaseFile(sample?.code ?? "", pick)).toEqual([
      { name: "pick(1)", index: 0, returned: [1] },
      { name: "pick(4)", index: 1, returned: [4] },
    ]);
    expect(runCaseFile(hidden?.code ?? "", pick)).toEqual([
      { name: "secret", index: 0, returned: [2] },
      { name: "case 3", index: 1, threw: "three" },
    ]);
  });

  it("leaves what a case expects out of the code: no expected value, no thrown substring", () => {
    for (const file of [sample, hidden]) expect(file?.code).not.toContain(SECRET);
  });

  it("uses the file name it is given", () => {
    expect(casesToTestFiles(spec, "sums.json").map((f) => f.path)).toEqual(["sums.sample.json", "sums.json"]);
  });
});
