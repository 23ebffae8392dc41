import { describe, expect, it } from "@jest/globals";
import { minRooms } from "./solution";

const N = 100_000;

/** A deterministic permutation of 0..n-1 (multiplying by a number coprime with n). */
const scrambled = (n: number): number[] => Array.from({ length: n }, (_, k) => (k * 7_919) % n);

describe("minRooms on 10^5 interviews", () => {
  it("all interviews overlap: one room each", () => {
    const interviews = scrambled(N).map((k): [number, number] => [k, N + k]);
    expect(minRooms(interviews)).toBe(N);
  });

  it("50,000 back-to-back interviews fit in one room, without modifying the input", () => {
    const interviews = scrambled(N / 2).map((k): [number, number] => [30 * k, 30 * k + 30]);
    const copy = interviews.map(([start, end]) => [start, end]);
    expect(minRooms(interviews)).toBe(1);
    expect(interviews.every(([start, end], k) => start === copy[k]![0] && end === copy[k]![1])).toBe(true);
  });

  it("every moment is covered by exactly 25 interviews", () => {
    const interviews = scrambled(30_000).map((k): [number, number] => [k - 15_000, k - 15_000 + 25]);
    expect(minRooms(interviews)).toBe(25);
  });

  it("a day of staggered panels with one busy peak", () => {
    // 29,000 short interviews, at most 3 at a time, plus 1,000 long ones around a peak.
    const interviews: Array<[number, number]> = [];
    for (let k = 0; k < 29_000; k++) interviews.push([k, k + 3]);
    for (let k = 0; k < 1_000; k++) interviews.push([20_000 - k, 20_000 + k + 1]);
    expect(minRooms(interviews)).toBe(1_003);
  });
});
