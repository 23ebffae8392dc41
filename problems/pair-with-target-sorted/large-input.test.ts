import { describe, expect, it } from "@jest/globals";
import { findCorrectionPair } from "./solution";

const N = 200_000;

describe("findCorrectionPair on 2 · 10^5 corrections", () => {
  it("returns null when every sum is even and the target is odd", () => {
    const amounts = Array.from({ length: N }, (_, k) => 2 * k - N);
    expect(findCorrectionPair(amounts, 1)).toBeNull();
  });

  it("finds the only pair, next to each other in the middle", () => {
    // Even amounts except one odd amount at N/2: an odd target needs it, and exactly one
    // even partner (N + 2, at N/2 + 1) completes it.
    const amounts = Array.from({ length: N }, (_, k) => 2 * k);
    amounts[N / 2] = N + 1;
    expect(findCorrectionPair(amounts, 2 * N + 3)).toEqual([N / 2, N / 2 + 1]);
  });

  it("picks the widest pair among 10^5 matching ones", () => {
    const amounts = Array.from({ length: N }, (_, k) => k);
    // k + (N - 1 - k) = N - 1 for every k < N / 2.
    expect(findCorrectionPair(amounts, N - 1)).toEqual([0, N - 1]);
  });

  it("handles one repeated amount without modifying the input", () => {
    const amounts = new Array<number>(N).fill(-7);
    const before = amounts.join(",");
    expect(findCorrectionPair(amounts, -14)).toEqual([0, N - 1]);
    expect(findCorrectionPair(amounts, -13)).toBeNull();
    expect(amounts.join(",")).toBe(before);
  });
});
