import { describe, expect, it } from "@jest/globals";
import { type Scope, scopeSetsWithRisk } from "./solution";

/** n scopes named s0..s{n-1} with risks 1..maxRisk from a fixed generator. */
function catalogue(seed: number, n: number, maxRisk: number): Scope[] {
  let state = seed;
  return Array.from({ length: n }, (_, i) => {
    state = (state * 48_271) % 2_147_483_647;
    return { name: `s${i}`, risk: 1 + (state % maxRisk) };
  });
}

/** The number of subsets with total risk exactly `target` (subset-sum counting). */
function countSubsets(scopes: Scope[], target: number): number {
  const ways = new Array<number>(target + 1).fill(0);
  ways[0] = 1;
  for (const { risk } of scopes) for (let s = target; s >= risk; s--) ways[s]! += ways[s - risk]!;
  return ways[target]!;
}

/**
 * Checks every set: known names in strictly increasing input position, total risk equal
 * to the target, and each set strictly after the previous one in the required order.
 * With the right count, this pins the answer down completely. Returns the first problem.
 */
function checkSets(scopes: Scope[], target: number, sets: string[][]): string {
  const position = new Map(scopes.map((s, i) => [s.name, i] as const));
  let previous: number[] | null = null;
  for (const [k, set] of sets.entries()) {
    const positions = set.map((name) => position.get(name) ?? -1);
    if (positions.includes(-1)) return `set ${k} has an unknown scope`;
    if (positions.some((p, i) => i > 0 && p <= positions[i - 1]!)) return `set ${k} is not in input order`;
    const total = positions.reduce((sum, p) => sum + scopes[p]!.risk, 0);
    if (total !== target) return `set ${k} has total risk ${total}`;
    if (previous) {
      let i = 0;
      while (i < previous.length && i < positions.length && previous[i] === positions[i]) i++;
      const before = i === positions.length ? false : i === previous.length ? true : previous[i]! < positions[i]!;
      if (!before) return `set ${k} is out of order (or repeated)`;
    }
    previous = positions;
  }
  return "ok";
}

describe("scopeSetsWithRisk on large catalogues", () => {
  it("60 scopes: 2,115 sets with a total risk of 1,200", () => {
    const scopes = catalogue(5, 60, 1_000);
    const sets = scopeSetsWithRisk(scopes, 1_200);
    expect(sets).toHaveLength(countSubsets(scopes, 1_200));
    expect(sets).toHaveLength(2_115);
    expect(checkSets(scopes, 1_200, sets)).toBe("ok");
  });

  it("60 scopes with a small target, without modifying the catalogue", () => {
    const scopes = catalogue(9, 60, 100);
    const before = JSON.stringify(scopes);
    const sets = scopeSetsWithRisk(scopes, 40);
    expect(sets).toHaveLength(countSubsets(scopes, 40));
    expect(checkSets(scopes, 40, sets)).toBe("ok");
    expect(scopeSetsWithRisk(scopes, 0)).toEqual([[]]);
    expect(JSON.stringify(scopes)).toBe(before);
  });

  it("20 scopes of risk 1: every 3-element set, in order", () => {
    const scopes = Array.from({ length: 20 }, (_, i) => ({ name: `scope-${i}`, risk: 1 }));
    const expected: string[][] = [];
    for (let a = 0; a < 20; a++) {
      for (let b = a + 1; b < 20; b++) {
        for (let c = b + 1; c < 20; c++) expected.push([`scope-${a}`, `scope-${b}`, `scope-${c}`]);
      }
    }
    expect(scopeSetsWithRisk(scopes, 3)).toEqual(expected);
  });
});
