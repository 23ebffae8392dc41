import { describe, expect, it } from "@jest/globals";
import { countRolloutPaths } from "./solution";

const MILLION = 1_000_000;

describe("countRolloutPaths with a million stages", () => {
  it("jumps of 1, 2 or 3", () => {
    expect(countRolloutPaths(MILLION, [1, 2, 3], [])).toBe(746_580_045);
  });

  it("ten jump sizes", () => {
    expect(countRolloutPaths(MILLION, [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000], [])).toBe(980_392_747);
  });

  it("every seventh stage frozen, without modifying the inputs", () => {
    const frozen = Array.from({ length: Math.floor((MILLION - 1) / 7) }, (_, k) => 7 * (k + 1));
    const jumps = [1, 2, 3];
    expect(countRolloutPaths(MILLION, jumps, frozen)).toBe(497_591_718);
    expect(jumps).toEqual([1, 2, 3]);
    expect(frozen[0]).toBe(7);
    expect(frozen).toHaveLength(142_857);
  });

  it("100,000 scattered frozen stages, some beyond the pipeline", () => {
    const frozen = Array.from({ length: 100_000 }, (_, k) => ((k + 1) * 97) % 1_000_003);
    expect(countRolloutPaths(999_999, [3, 4, 10], frozen)).toBe(343_351_090);
  });
});
