import { describe, expect, it } from "@jest/globals";
import { longestFreshStreak } from "./solution";

const N = 100_000;
const page = (k: number): string => `/p/${k}`;

describe("longestFreshStreak on 10^5 views", () => {
  it("a session without any repeat", () => {
    const pages = Array.from({ length: N }, (_, k) => page(k));
    expect(longestFreshStreak(pages)).toEqual({ start: 0, length: N });
  });

  it("a streak hidden in the middle of a repetitive session", () => {
    // 10,000 views cycling through 1,000 pages, 20,000 new pages, then the cycle again.
    const pages: string[] = [];
    for (let k = 0; k < 10_000; k++) pages.push(page(k % 1_000));
    for (let k = 0; k < 20_000; k++) pages.push(page(1_000_000 + k));
    for (let k = 0; k < 10_000; k++) pages.push(page(k % 1_000));
    // The best streak also takes the last full cycle before the new pages (1,000 views);
    // sliding it right by one view at a time ties, and the earliest streak wins.
    expect(longestFreshStreak(pages)).toEqual({ start: 9_000, length: 21_000 });
  });

  it("the same two pages over and over, without modifying the input", () => {
    const pages = Array.from({ length: N / 2 }, (_, k) => (k % 2 === 0 ? "/a" : "/b"));
    const before = pages.join(",");
    expect(longestFreshStreak(pages)).toEqual({ start: 0, length: 2 });
    expect(pages.join(",")).toBe(before);
  });
});
