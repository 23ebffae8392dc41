import { describe, expect, it } from "@jest/globals";
import { mergeIntervals } from "./solution";

const N = 100_000;

/** A deterministic permutation of 0..n-1 (multiplying by a number coprime with n). */
function shuffledIndices(n: number): number[] {
  return Array.from({ length: n }, (_, k) => (k * 7919) % n);
}

describe("mergeIntervals on 10^5 windows", () => {
  it("keeps 10^5 disjoint windows, sorted", () => {
    const input = shuffledIndices(N).map((k): [number, number] => [3 * k, 3 * k + 1]);
    const result = mergeIntervals(input);
    expect(result).toHaveLength(N);
    expect(result[0]).toEqual([0, 1]);
    expect(result[N - 1]).toEqual([3 * (N - 1), 3 * (N - 1) + 1]);
    expect(result.every(([start, end], k) => start === 3 * k && end === 3 * k + 1)).toBe(true);
  });

  it("chains 10^5 touching windows into one, without modifying the input", () => {
    const input = shuffledIndices(N).map((k): [number, number] => [k, k + 1]);
    const before = JSON.stringify(input);
    expect(mergeIntervals(input)).toEqual([[0, N]]);
    expect(JSON.stringify(input)).toBe(before);
  });
});
