import { describe, expect, it } from "@jest/globals";
import { topErrorCodes } from "./solution";

const DISTINCT = 25_000;
const code = (i: number): string => `E${String(i).padStart(5, "0")}`;

/** Code i occurs 1 + (i % 7) times, i.e. about 10^5 log lines, in a scrambled order. */
function logLines(): string[] {
  const lines: string[] = [];
  for (let i = 0; i < DISTINCT; i++) for (let c = 0; c <= i % 7; c++) lines.push(code(i));
  let seed = 99;
  for (let i = lines.length - 1; i > 0; i--) {
    seed = (seed * 48271) % 2147483647;
    const j = seed % (i + 1);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  return lines;
}

/** "same", or where two long lists first differ (a cheap toEqual with a short message). */
function compareLists(got: string[], want: string[]): string {
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (got[i] !== want[i]) return `position ${i}: got ${got[i]}, expected ${want[i]}`;
  }
  return "same";
}

/** Codes ranked by construction: count 7 first (i % 7 === 6), each count block in code order. */
function ranking(): string[] {
  const out: string[] = [];
  for (let r = 6; r >= 0; r--) for (let i = r; i < DISTINCT; i += 7) out.push(code(i));
  return out;
}

describe("topErrorCodes on 10^5 log lines", () => {
  const lines = logLines();

  it("the top 10 among 25,000 distinct codes", () => {
    expect(topErrorCodes(lines, 10)).toEqual(ranking().slice(0, 10));
  });

  it("k = 4,000 cuts into the second count block", () => {
    expect(compareLists(topErrorCodes(lines, 4_000), ranking().slice(0, 4_000))).toBe("same");
  });

  it("every code, fully ranked, without modifying the input", () => {
    const before = lines.slice();
    expect(compareLists(topErrorCodes(lines, DISTINCT + 5), ranking())).toBe("same");
    expect(lines.every((line, i) => line === before[i])).toBe(true);
  });

  it("20,000 codes seen once each: string order decides everything", () => {
    const once = Array.from({ length: 20_000 }, (_, i) => `svc-${((i * 7_919) % 20_000).toString(36)}`);
    const expected = once.slice().sort().slice(0, 100);
    expect(topErrorCodes(once, 100)).toEqual(expected);
  });
});
