import { describe, expect, it } from "@jest/globals";
import { shortestRoute } from "./solution";

const SIDE = 600;

describe("shortestRoute on 600×600 floors", () => {
  it("a serpentine corridor 180,000 moves long", () => {
    // Even rows are free; odd rows are shelves except one gap, alternately at the right
    // and the left end, so the only route snakes through every row.
    const rows = SIDE - 1;
    const floor = Array.from({ length: rows }, (_, r) => {
      if (r % 2 === 0) return ".".repeat(SIDE);
      return r % 4 === 1 ? `${"#".repeat(SIDE - 1)}.` : `.${"#".repeat(SIDE - 1)}`;
    });
    const evenRows = (rows + 1) / 2;
    const expected = evenRows * (SIDE - 1) + (evenRows - 1) * 2;
    expect(shortestRoute(floor, [0, 0], [rows - 1, 0])).toBe(expected);
  });

  it("open floor, corner to corner, without modifying the plan", () => {
    const floor = Array.from({ length: SIDE }, () => ".".repeat(SIDE));
    expect(shortestRoute(floor, [0, 0], [SIDE - 1, SIDE - 1])).toBe(2 * (SIDE - 1));
    expect(shortestRoute(floor, [SIDE - 1, 0], [0, SIDE - 1])).toBe(2 * (SIDE - 1));
    expect(floor.every((row) => row === ".".repeat(SIDE))).toBe(true);
  });

  it("a goal walled in by shelves is unreachable", () => {
    const floor = Array.from({ length: SIDE }, () => ".".repeat(SIDE));
    const mid = SIDE / 2;
    const wall = (r: number, from: number, to: number): void => {
      floor[r] = floor[r]!.slice(0, from) + "#".repeat(to - from + 1) + floor[r]!.slice(to + 1);
    };
    wall(mid - 1, mid - 1, mid + 1);
    wall(mid, mid - 1, mid - 1);
    wall(mid, mid + 1, mid + 1);
    wall(mid + 1, mid - 1, mid + 1);
    expect(shortestRoute(floor, [0, 0], [mid, mid])).toBe(-1);
  });

  it("a comb of dead ends: the route runs along the spine", () => {
    // Column 0 is a free spine; every even row is a free tooth going right; odd rows are
    // shelves except at the spine. The goal is at the end of the last tooth.
    const floor = Array.from({ length: SIDE }, (_, r) => (r % 2 === 0 ? ".".repeat(SIDE) : `.${"#".repeat(SIDE - 1)}`));
    expect(shortestRoute(floor, [0, SIDE - 1], [SIDE - 2, SIDE - 1])).toBe(2 * (SIDE - 1) + SIDE - 2);
  });
});
