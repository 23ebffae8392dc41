import { describe, expect, it } from "@jest/globals";
import { twoSumIndices } from "./solution";

const N = 100_000;

describe("twoSumIndices on 10^5 entries", () => {
  it("finds the only pair when it is the last two entries", () => {
    // Even amounts never sum to an odd target; only 1 + 10^9 does.
    const nums = Array.from({ length: N }, (_, k) => 2 * k);
    nums[N - 2] = 1;
    nums[N - 1] = 1_000_000_000;
    expect(twoSumIndices(nums, 1_000_000_001)).toEqual([N - 2, N - 1]);
  });

  it("returns null when no pair exists", () => {
    const nums = Array.from({ length: N }, (_, k) => 3 * k);
    expect(twoSumIndices(nums, 1)).toBeNull();
  });

  it("handles a ledger of identical amounts", () => {
    const nums = new Array<number>(N).fill(5);
    expect(twoSumIndices(nums, 11)).toBeNull();
    expect(twoSumIndices(nums, 10)).toEqual([0, 1]);
  });

  it("does not modify the ledger", () => {
    const nums = Array.from({ length: N }, (_, k) => (k * 7919) % N);
    const before = JSON.stringify(nums);
    twoSumIndices(nums, -5);
    expect(JSON.stringify(nums)).toBe(before);
  });
});
