import { describe, expect, it } from "vitest";
import { findQuantities } from "./quantities.ts";

const found = (text: string) => findQuantities(text).map((q) => `${q.text}${q.withUnit ? "" : " (bare)"}`);

describe("findQuantities", () => {
  it("finds numbers with units, percentages, currencies and multipliers", () => {
    expect(found("p95 fell from 900 ms to 200ms, errors dropped 40%, and we saved $12k a month at 3x the traffic.")).toEqual([
      "900 ms",
      "200ms",
      "40%",
      "$12k",
      "3x",
    ]);
    expect(found("It serves 1,200 requests per second for 5 million users and stores 3.5 TB.")).toEqual(["1,200 requests", "5 million", "3.5 TB"]);
  });

  it("finds spelled-out numbers only with a unit", () => {
    expect(found("It took two weeks and three engineers, one of whom was new.")).toEqual(["two weeks", "three engineers"]);
  });

  it("marks a bare number, and leaves out years and list markers", () => {
    expect(found("We had 12 of them.")).toEqual(["12 (bare)"]);
    expect(found("In 2021 we rewrote it.")).toEqual([]);
    expect(found("1. Requirements\n2) Estimates")).toEqual([]);
  });

  it("gives offsets into the text", () => {
    const text = "Latency is now 120 ms.";
    const [q] = findQuantities(text);
    expect(text.slice(q!.start, q!.end)).toBe("120 ms");
  });
});
