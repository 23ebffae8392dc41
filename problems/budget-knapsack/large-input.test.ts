import { describe, expect, it } from "@jest/globals";
import { type Project, maxProjectValue } from "./solution";

/** n projects with costs 1..maxCost and values 0..maxValue-1, from a fixed generator. */
function proposals(seed: number, n: number, maxCost: number, maxValue: number): Project[] {
  let state = seed;
  const next = (): number => {
    state = (state * 48_271) % 2_147_483_647;
    return state;
  };
  return Array.from({ length: n }, () => {
    const cost = 1 + (next() % maxCost);
    return { cost, value: next() % maxValue };
  });
}

describe("maxProjectValue on large portfolios", () => {
  const portfolio = proposals(2025, 100, 999, 1_000_000); // total cost 51,635

  it("100 projects and a budget of 20,000", () => {
    expect(maxProjectValue(portfolio, 20_000)).toBe(36_306_539);
  });

  it("a budget of 10^9 funds everything, without modifying the projects", () => {
    const before = JSON.stringify(portfolio);
    expect(maxProjectValue(portfolio, 1_000_000_000)).toBe(50_331_900);
    expect(JSON.stringify(portfolio)).toBe(before);
  });

  it("40 expensive projects: far too many subsets to try", () => {
    expect(maxProjectValue(proposals(77, 40, 2_000, 1_000_000), 15_000)).toBe(16_504_743);
  });
});
