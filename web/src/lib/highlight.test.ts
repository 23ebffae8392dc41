import { describe, expect, it } from "vitest";
import { splitHighlights } from "./highlight.ts";

describe("splitHighlights", () => {
  it("cuts the text around each highlight, keeping every character once", () => {
    const pieces = splitHighlights("we used a queue and a DLQ", [
      { start: 10, end: 15, label: "queue", tone: "a" },
      { start: 22, end: 25, label: "DLQ", tone: "b" },
    ]);
    expect(pieces.map((p) => [p.text, p.highlight?.label])).toEqual([
      ["we used a ", undefined],
      ["queue", "queue"],
      [" and a ", undefined],
      ["DLQ", "DLQ"],
    ]);
  });

  it("drops overlapping and out-of-range highlights", () => {
    const pieces = splitHighlights("abcdef", [
      { start: 0, end: 4, label: "long", tone: "a" },
      { start: 2, end: 5, label: "overlap", tone: "a" },
      { start: 4, end: 99, label: "out", tone: "a" },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe("abcdef");
    expect(pieces.filter((p) => p.highlight).map((p) => p.highlight?.label)).toEqual(["long"]);
  });
});
