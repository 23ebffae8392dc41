import { describe, expect, it } from "vitest";
import { formatDateTime, formatMs } from "./format.ts";

describe("formatMs", () => {
  it.each([
    [0.4, "<1 ms"],
    [1, "1 ms"],
    [12.5, "13 ms"],
    [999.4, "999 ms"],
    [2000, "2,000 ms"],
    [1234567.8, "1,234,568 ms"],
  ])("shows %d as %s", (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });
});

describe("formatDateTime", () => {
  it("shows day, month, year and a 24-hour time", () => {
    expect(formatDateTime(new Date(2026, 10, 6, 7, 5))).toBe("6 Nov 2026, 07:05");
    expect(formatDateTime(new Date(2025, 0, 31, 23, 59))).toBe("31 Jan 2025, 23:59");
  });
});
