import { describe, expect, it } from "vitest";
import { parseProgress, recordVerdict } from "./progress.ts";

describe("recordVerdict", () => {
  it("marks a problem solved on Accepted and tried on anything else", () => {
    expect(recordVerdict({}, "a", "Accepted")).toEqual({ a: "solved" });
    expect(recordVerdict({}, "a", "Wrong Answer")).toEqual({ a: "tried" });
    expect(recordVerdict({ a: "tried" }, "a", "Accepted")).toEqual({ a: "solved" });
  });

  it("keeps a solved problem solved after a later failure", () => {
    const record = { a: "solved" as const };
    expect(recordVerdict(record, "a", "Time Limit Exceeded")).toBe(record);
  });

  it("leaves the other problems alone", () => {
    expect(recordVerdict({ b: "tried" }, "a", "Compile Error")).toEqual({ a: "tried", b: "tried" });
  });
});

describe("parseProgress", () => {
  it("keeps the known states and drops anything else", () => {
    expect(parseProgress({ a: "solved", b: "tried", c: "done", d: 1 })).toEqual({ a: "solved", b: "tried" });
    expect(parseProgress(["solved"])).toBeUndefined();
    expect(parseProgress(null)).toBeUndefined();
  });
});
