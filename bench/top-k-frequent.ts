import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * The benchmark's problem: a realistic function and 20 Jest-style tests (5 sample, 15 hidden),
 * written as a problem folder so the bench loads it the way the server does.
 */
export const SLUG = "top-k-frequent";

export const SOLUTION = `/** The k most frequent words, most frequent first; ties in alphabetical order. */
export function topKFrequent(words: readonly string[], k: number): string[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(\`k must be a non-negative integer, got \${k}\`);
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, k)
    .map(([word]) => word);
}
`;

const STARTER = `export function topKFrequent(words: readonly string[], k: number): string[] {
  return [];
}
`;

const PROBLEM_MD = `---
title: Top K Frequent Words
difficulty: medium
tags: [hashing, sorting]
area: algorithms
hints:
  - Count first, then sort the distinct words.
---

Return the \`k\` most frequent words of \`words\`, most frequent first. Words that occur
equally often come in alphabetical order. Throw a \`RangeError\` when \`k\` is not a
non-negative integer.
`;

const HEADER = `import { describe, expect, it } from "@jest/globals";
import { topKFrequent } from "./solution";
`;

const SAMPLE_TESTS = `${HEADER}
describe("topKFrequent (samples)", () => {
  it("returns the most frequent word", () => {
    expect(topKFrequent(["a", "b", "a"], 1)).toEqual(["a"]);
  });
  it("orders by frequency", () => {
    expect(topKFrequent(["x", "y", "y", "z", "z", "z"], 3)).toEqual(["z", "y", "x"]);
  });
  it("breaks ties alphabetically", () => {
    expect(topKFrequent(["pear", "apple", "fig"], 2)).toEqual(["apple", "fig"]);
  });
  it("returns nothing for an empty list", () => {
    expect(topKFrequent([], 3)).toEqual([]);
  });
  it("returns nothing for k = 0", () => {
    expect(topKFrequent(["a"], 0)).toHaveLength(0);
  });
});
`;

const HIDDEN_TESTS = `${HEADER}
const repeat = (word: string, n: number) => Array.from({ length: n }, () => word);

describe("topKFrequent", () => {
  describe("ordering", () => {
    it("classic example", () => {
      expect(topKFrequent(["i", "love", "leetcode", "i", "love", "coding"], 2)).toEqual(["i", "love"]);
    });
    it("ties among the top words", () => {
      expect(topKFrequent(["the", "day", "is", "sunny", "the", "the", "the", "sunny", "is", "is"], 4)).toEqual(["the", "is", "sunny", "day"]);
    });
    it("ties use code-unit order, upper case first", () => {
      expect(topKFrequent(["b", "B", "a", "A"], 4)).toEqual(["A", "B", "a", "b"]);
    });
    it("a later word can overtake an earlier one", () => {
      expect(topKFrequent(["a", "b", "b", "c", "c", "c"], 1)).toEqual(["c"]);
    });
    it("prefixes are distinct words", () => {
      expect(topKFrequent(["ab", "a", "ab", "a", "abc"], 3)).toEqual(["a", "ab", "abc"]);
    });
  });
  describe("bounds", () => {
    it("k larger than the distinct words", () => {
      expect(topKFrequent(["a", "b"], 10)).toEqual(["a", "b"]);
    });
    it("k equal to the distinct words", () => {
      expect(topKFrequent(["b", "a", "b"], 2)).toEqual(["b", "a"]);
    });
    it("a single repeated word", () => {
      expect(topKFrequent(repeat("same", 50), 1)).toEqual(["same"]);
    });
    it("rejects a negative k", () => {
      expect(() => topKFrequent(["a"], -1)).toThrow(RangeError);
    });
    it("rejects a fractional k", () => {
      expect(() => topKFrequent(["a"], 1.5)).toThrow("non-negative integer");
    });
  });
  describe("robustness", () => {
    it("does not modify the input", () => {
      const words = ["b", "a", "b"];
      topKFrequent(words, 1);
      expect(words).toEqual(["b", "a", "b"]);
    });
    it("handles the empty string as a word", () => {
      expect(topKFrequent(["", "", "x"], 1)).toEqual([""]);
    });
    it("handles words named like Object.prototype members", () => {
      expect(topKFrequent(["constructor", "toString", "constructor"], 2)).toEqual(["constructor", "toString"]);
    });
    it("returns a new array each time", () => {
      const words = ["a"];
      expect(topKFrequent(words, 1)).not.toBe(topKFrequent(words, 1));
    });
    it("handles a thousand words", () => {
      const words: string[] = [];
      for (let i = 0; i < 1000; i++) words.push("w" + (i % 37));
      const top = topKFrequent(words, 5);
      expect(top).toHaveLength(5);
      expect(top).toEqual(["w0", "w1", "w10", "w11", "w12"]);
    });
  });
});
`;

export const TEST_COUNT = 20;

/** Writes the problem folder under `root` and returns its path. */
export async function writeProblem(root: string): Promise<string> {
  const dir = join(root, SLUG);
  await mkdir(dir, { recursive: true });
  await Promise.all([
    writeFile(join(dir, "problem.md"), PROBLEM_MD),
    writeFile(join(dir, "starter.ts"), STARTER),
    writeFile(join(dir, "solution.ts"), SOLUTION),
    writeFile(join(dir, "top-k-frequent.sample.test.ts"), SAMPLE_TESTS),
    writeFile(join(dir, "top-k-frequent.test.ts"), HIDDEN_TESTS),
  ]);
  return dir;
}

export const TEST_FILES = ["top-k-frequent.sample.test.ts", "top-k-frequent.test.ts"];
