import { describe, expect, it } from "@jest/globals";
import { findSequence } from "./solution";

const N = 100_000;

/** Sequence numbers 3k - 150,000 (k = 0..N-1), rotated left by `shift`. */
function dump(shift: number): number[] {
  return Array.from({ length: N }, (_, i) => 3 * ((i + shift) % N) - 150_000);
}

/** Looks up every other stored value and a miss next to each; returns the first mistakes. */
function lookUpEverything(log: number[]): string[] {
  const mistakes: string[] = [];
  for (let i = 0; i < log.length && mistakes.length < 3; i += 2) {
    const found = findSequence(log, log[i]!);
    if (found !== i) mistakes.push(`${log[i]} at ${i}: got ${found}`);
    const miss = findSequence(log, log[i]! + 1);
    if (miss !== -1) mistakes.push(`${log[i]! + 1} is absent: got ${miss}`);
  }
  return mistakes;
}

describe("findSequence: 10^5 lookups per dump of 10^5 events", () => {
  it.each([0, 1, N - 1, 31_337])("rotated by %p", (shift) => {
    const log = dump(shift);
    expect(lookUpEverything(log)).toEqual([]);
  });

  it("does not modify the dump", () => {
    const log = dump(777);
    const copy = log.slice();
    findSequence(log, 12);
    findSequence(log, log[5]!);
    expect(log.every((v, i) => v === copy[i])).toBe(true);
  });
});
