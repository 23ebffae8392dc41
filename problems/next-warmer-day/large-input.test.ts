import { describe, expect, it } from "@jest/globals";
import { daysUntilWarmer } from "./solution";

const N = 100_000;

/** Quadratic reference, only used on a short slice. */
function bruteForce(readings: number[]): number[] {
  return readings.map((r, i) => {
    for (let j = i + 1; j < readings.length; j++) if (readings[j]! > r) return j - i;
    return 0;
  });
}

describe("daysUntilWarmer on 10^5 days", () => {
  it("steadily falling temperatures: nobody ever gets a warmer day", () => {
    const readings = Array.from({ length: N }, (_, k) => 40 - k / 10_000);
    const wait = daysUntilWarmer(readings);
    expect(wait).toHaveLength(N);
    expect(wait.every((w) => w === 0)).toBe(true);
  });

  it("falling all season, then one heatwave day answers everyone", () => {
    const readings = Array.from({ length: N }, (_, k) => -k);
    readings[N - 1] = 50;
    const wait = daysUntilWarmer(readings);
    expect(wait.every((w, k) => w === (k === N - 1 ? 0 : N - 1 - k))).toBe(true);
  });

  it("a flat season: equal readings never count as warmer", () => {
    const readings = new Array<number>(N).fill(18.5);
    readings[N - 1] = 18.6;
    const wait = daysUntilWarmer(readings);
    expect(wait[0]).toBe(N - 1);
    expect(wait[N - 2]).toBe(1);
    expect(wait[N - 1]).toBe(0);
  });

  it("a noisy season matches a brute force on its first 2,000 days, without modifying the input", () => {
    let seed = 2024;
    const readings = Array.from({ length: N }, () => {
      seed = (seed * 48271) % 2147483647;
      return (seed % 4001) / 100 - 10; // -10.00 .. 30.00 °C
    });
    const copy = readings.slice();
    const wait = daysUntilWarmer(readings);
    // The brute force sees only the slice: where it finds no warmer day (0), the real
    // answer may lie beyond it, so only its non-zero answers are compared.
    const head = readings.slice(0, 2_000);
    const expected = bruteForce(head);
    const mismatches = expected.flatMap((w, i) => (w !== 0 && w !== wait[i] ? [i] : []));
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(readings.every((r, i) => r === copy[i])).toBe(true);
  });
});
