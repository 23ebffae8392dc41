import { describe, expect, it } from "vitest";
import { parseCaseDrafts, parseCases } from "./custom-cases.ts";

describe("parseCases", () => {
  it("parses arguments and expected values, leaving an empty expected to the reference", () => {
    expect(parseCases([{ args: "[[1, 2], 3]", expected: "[0, 1]" }, { args: "[[], 0]", expected: "  " }])).toEqual({
      ok: true,
      cases: [{ args: [[1, 2], 3], expected: [0, 1] }, { args: [[], 0] }],
    });
  });

  it("keeps an expected null, which is a value, not an absence", () => {
    expect(parseCases([{ args: "[[6], 12]", expected: "null" }])).toEqual({ ok: true, cases: [{ args: [[6], 12], expected: null }] });
  });

  it("names the case and field that is wrong", () => {
    expect(parseCases([{ args: "[1]", expected: "" }, { args: "1, 2", expected: "" }])).toMatchObject({ ok: false, index: 1, field: "args" });
    expect(parseCases([{ args: "{}", expected: "" }])).toMatchObject({ ok: false, index: 0, field: "args" });
    expect(parseCases([{ args: "[1]", expected: "[1," }])).toMatchObject({ ok: false, index: 0, field: "expected", message: expect.stringContaining("Case 1") });
  });
});

describe("parseCaseDrafts", () => {
  it("keeps well-formed drafts only", () => {
    expect(parseCaseDrafts([{ args: "[1]", expected: "" }, { args: 1 }, null])).toEqual([{ args: "[1]", expected: "" }]);
    expect(parseCaseDrafts({})).toBeUndefined();
  });
});
