import { describe, expect, it } from "@jest/globals";
import { firstBadDeploy } from "./solution";

/** ceil(log2(n + 1)) + 1, computed exactly with integers. */
function callBudget(n: number): number {
  let bits = 0;
  while (2 ** bits < n + 1) bits++;
  return bits + 1;
}

/**
 * A canary for releases 1..n whose first bad release is `firstBad` (n + 1: none). It
 * counts calls and throws on a version outside 1..n or not an integer.
 */
function canary(n: number, firstBad: number) {
  const state = { calls: 0 };
  const isBad = (version: number): boolean => {
    state.calls++;
    if (!Number.isInteger(version) || version < 1 || version > n) {
      throw new RangeError(`isBad called with ${version}, outside 1..${n}`);
    }
    return version >= firstBad;
  };
  return { isBad, state };
}

function expectFound(n: number, firstBad: number): void {
  const { isBad, state } = canary(n, firstBad);
  expect(firstBadDeploy(n, isBad)).toBe(firstBad > n ? -1 : firstBad);
  expect(state.calls).toBeLessThanOrEqual(callBudget(n));
}

describe("firstBadDeploy: small ranges", () => {
  it("no releases at all: -1, and isBad is never called", () => {
    const { isBad, state } = canary(0, 1);
    expect(firstBadDeploy(0, isBad)).toBe(-1);
    expect(state.calls).toBe(0);
  });

  it("one release that is good", () => {
    expectFound(1, 2);
  });

  it("two releases, every possible answer", () => {
    for (const firstBad of [1, 2, 3]) expectFound(2, firstBad);
  });

  it("every possible first bad release, for every n up to 64", () => {
    const failures: string[] = [];
    for (let n = 1; n <= 64; n++) {
      for (let firstBad = 1; firstBad <= n + 1; firstBad++) {
        const { isBad, state } = canary(n, firstBad);
        let got: number;
        try {
          got = firstBadDeploy(n, isBad);
        } catch (error) {
          failures.push(`n=${n}, first bad ${firstBad}: threw ${String(error)}`);
          continue;
        }
        const want = firstBad > n ? -1 : firstBad;
        if (got !== want) failures.push(`n=${n}, first bad ${firstBad}: returned ${got}, expected ${want}`);
        else if (state.calls > callBudget(n)) failures.push(`n=${n}, first bad ${firstBad}: ${state.calls} calls`);
      }
    }
    expect(failures.slice(0, 3)).toEqual([]);
  });
});

describe("firstBadDeploy: large ranges", () => {
  it("every release bad, out of a million", () => {
    expectFound(1_000_000, 1);
  });

  it("only the last of a million releases is bad", () => {
    expectFound(1_000_000, 1_000_000);
  });

  it("no bad release among a million", () => {
    expectFound(1_000_000, 1_000_001);
  });

  it("beyond 32-bit integers: n = 2^31 + 5", () => {
    expectFound(2 ** 31 + 5, 2 ** 31 + 1);
    expectFound(2 ** 31 + 5, 2 ** 31 + 5);
  });

  it("beyond 2^32: n = 10^12", () => {
    expectFound(1_000_000_000_000, 987_654_321_012);
    expectFound(1_000_000_000_000, 1);
    expectFound(1_000_000_000_000, 1_000_000_000_001);
  });

  it("200 scattered answers among 10^9 releases", () => {
    let seed = 17;
    for (let trial = 0; trial < 200; trial++) {
      seed = (seed * 48271) % 2147483647;
      expectFound(1_000_000_000, 1 + (seed % 1_000_000_001));
    }
  });

  it("n = 2^k - 1 and 2^k: the budget is tight at powers of two", () => {
    for (const k of [10, 20, 30, 40]) {
      expectFound(2 ** k - 1, 2 ** k - 1);
      expectFound(2 ** k - 1, 2 ** k);
      expectFound(2 ** k, 2 ** k);
      expectFound(2 ** k, 2 ** k + 1);
    }
  });
});
