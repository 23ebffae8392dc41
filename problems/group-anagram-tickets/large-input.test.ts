import { describe, expect, it } from "@jest/globals";
import { groupTicketCodes } from "./solution";

/**
 * Checks that `groups` partitions `codes` into exactly the expected classes, where
 * `classOf` maps each code to its class number. Returns the first problem found, or "ok".
 */
function checkGrouping(codes: string[], classOf: Map<string, number>, groups: string[][]): string {
  if (!Array.isArray(groups)) return "the result is not an array";
  const remaining = new Map<string, number>();
  for (const code of codes) remaining.set(code, (remaining.get(code) ?? 0) + 1);
  const seenClasses = new Set<number>();
  for (const group of groups) {
    if (!Array.isArray(group) || group.length === 0) return "a group is empty or not an array";
    const cls = classOf.get(group[0]!);
    if (cls === undefined) return `"${group[0]}" is not an input code`;
    if (seenClasses.has(cls)) return `two groups hold anagrams of "${group[0]}"`;
    seenClasses.add(cls);
    for (const code of group) {
      if (classOf.get(code) !== cls) return `"${code}" is grouped with "${group[0]}"`;
      const left = remaining.get(code) ?? 0;
      if (left === 0) return `"${code}" appears more often than in the input`;
      remaining.set(code, left - 1);
    }
  }
  for (const [code, left] of remaining) if (left > 0) return `"${code}" is missing`;
  return "ok";
}

/**
 * Calls `visit` with the first `count` sequences of `length` letter codes (97..122) in
 * non-decreasing order, and their index: as strings, they are pairwise NOT anagrams.
 * The array passed to `visit` is reused: copy what you keep.
 */
function forEachMultiset(count: number, length: number, visit: (letters: number[], index: number) => void): void {
  const letters = new Array<number>(length).fill(97);
  for (let index = 0; index < count; index++) {
    visit(letters, index);
    let i = length - 1;
    while (letters[i] === 122) i--;
    const next = letters[i]! + 1;
    for (let j = i; j < length; j++) letters[j] = next;
  }
}

/** A deterministic shuffle (Fisher–Yates driven by a fixed linear congruential generator). */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  for (let i = items.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

describe("groupTicketCodes on large inputs", () => {
  it("finds 50,000 groups among 60,000 codes", () => {
    // 50,000 letter multisets: the first 10,000 appear twice (rotated and reversed), the
    // others once. So a correct grouping has exactly 10,000 pairs of anagrams and 40,000
    // single codes.
    const codes: string[] = [];
    forEachMultiset(50_000, 6, ([a, b, c, d, e, f], cls) => {
      codes.push(String.fromCharCode(c!, d!, e!, f!, a!, b!)); // rotated
      if (cls < 10_000) codes.push(String.fromCharCode(f!, e!, d!, c!, b!, a!)); // reversed
    });
    shuffle(codes, 7);
    const groups = groupTicketCodes(codes);
    expect(groups).toHaveLength(50_000);
    const pairs = groups.filter((group) => group.length === 2);
    const singles = groups.filter((group) => group.length === 1);
    expect([pairs.length, singles.length]).toEqual([10_000, 40_000]);
    const sorted = (code: string): string => code.split("").sort().join("");
    expect(pairs.every(([a, b]) => sorted(a!) === sorted(b!))).toBe(true);
  });

  it("pairs 20,000 codes, without modifying the input", () => {
    const classOf = new Map<string, number>();
    const codes: string[] = [];
    forEachMultiset(10_000, 6, ([a, b, c, d, e, f], cls) => {
      const rotated = String.fromCharCode(c!, d!, e!, f!, a!, b!);
      const reversed = String.fromCharCode(f!, e!, d!, c!, b!, a!);
      codes.push(rotated, reversed);
      classOf.set(rotated, cls).set(reversed, cls);
    });
    shuffle(codes, 13);
    const copy = codes.slice();
    const groups = groupTicketCodes(codes);
    expect(groups).toHaveLength(10_000);
    expect(checkGrouping(codes, classOf, groups)).toBe("ok");
    expect(codes.every((code, i) => code === copy[i])).toBe(true);
  });

  it("keeps 10,000 rearrangements of one code in a single group", () => {
    const base = "abcdefghijklmnopqrst";
    const codes = Array.from({ length: 10_000 }, (_, k) => base.slice(k % 20) + base.slice(0, k % 20));
    const groups = groupTicketCodes(codes);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(10_000);
  });

  it("separates 50-letter codes that differ in a single letter", () => {
    const classOf = new Map<string, number>();
    const codes: string[] = [];
    forEachMultiset(1_500, 4, (base, k) => {
      const long = String.fromCharCode(...base).repeat(12); // 48 letters
      const ab = `${long}ab`;
      const ba = `ba${long}`.split("").reverse().join("");
      const aa = `${long}aa`;
      codes.push(ab, ba, aa);
      classOf.set(ab, 2 * k).set(ba, 2 * k).set(aa, 2 * k + 1);
    });
    shuffle(codes, 11);
    const groups = groupTicketCodes(codes);
    expect(groups).toHaveLength(3_000);
    expect(checkGrouping(codes, classOf, groups)).toBe("ok");
  });
});
