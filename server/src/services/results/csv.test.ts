import { describe, expect, it } from "vitest";
import { csvField, csvRow } from "./csv.ts";

describe("csvField", () => {
  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvField(`${start}1+1`).replace(/^"/, "")).toMatch(/^'/);
    expect(csvField("=SUM(A1,A2)")).toBe(`"'=SUM(A1,A2)"`);
    expect(csvField("-")).toBe("'-");
  });

  it("defuses a formula behind leading spaces, tabs or line breaks too", () => {
    for (const lead of [" ", "   ", "\t ", " \t", "\u00a0", "\n"]) {
      for (const start of ["=", "+", "-", "@"]) {
        const cell = `${lead}${start}HYPERLINK(1)`;
        // Quoted when it holds a line break; either way the cell's text starts with the defusing '.
        expect(csvField(cell).replace(/^"([\s\S]*)"$/, "$1")).toBe(`'${cell}`);
      }
    }
    expect(csvField(" plain name")).toBe(" plain name");
    expect(csvField("a = b")).toBe("a = b");
  });

  it("leaves numbers as numbers", () => {
    expect(csvRow([12.5, 0, "x"])).toBe("12.5,0,x");
  });
});
