import { describe, expect, it } from "@jest/globals";
import { countIslands } from "./solution";

const SIDE = 1000;

function map(rows: number, row: (r: number) => string): string[] {
  return Array.from({ length: rows }, (_, r) => row(r));
}

describe("countIslands on 1000×1000 maps", () => {
  it("one island covering the whole map", () => {
    expect(countIslands(map(SIDE, () => "#".repeat(SIDE)))).toBe(1);
  });

  it("a serpentine island half a million cells long", () => {
    // Full rows joined by a single land cell, alternately at the right and left edge.
    const grid = map(SIDE - 1, (r) => {
      if (r % 2 === 0) return "#".repeat(SIDE);
      return r % 4 === 1 ? `${".".repeat(SIDE - 1)}#` : `#${".".repeat(SIDE - 1)}`;
    });
    expect(countIslands(grid)).toBe(1);
  });

  it("a checkerboard of 500,000 one-cell islands", () => {
    const even = "#.".repeat(SIDE / 2);
    const odd = ".#".repeat(SIDE / 2);
    expect(countIslands(map(SIDE, (r) => (r % 2 === 0 ? even : odd)))).toBe((SIDE * SIDE) / 2);
  });

  it("open sea", () => {
    expect(countIslands(map(SIDE, () => ".".repeat(SIDE)))).toBe(0);
  });
});
