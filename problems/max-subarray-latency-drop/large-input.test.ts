import { describe, expect, it } from "@jest/globals";
import { biggestLatencyDrop } from "./solution";

const N = 200_000;

/** N savings in -1000..1000 (plus `drift`), from a fixed generator. */
function month(seed: number, drift: number): number[] {
  let state = seed;
  return Array.from({ length: N }, () => {
    state = (state * 48_271) % 2_147_483_647;
    return 1_000 - (state % 2_001) + drift;
  });
}

describe("biggestLatencyDrop on 2 · 10^5 deploys", () => {
  it("random savings", () => {
    expect(biggestLatencyDrop(month(31, 0))).toEqual({ drop: 242_888, start: 33_809, end: 62_581 });
  });

  it("random savings drifting slower, without modifying them", () => {
    const saved = month(8, -3);
    const copy = saved.slice();
    expect(biggestLatencyDrop(saved)).toEqual({ drop: 210_507, start: 78_491, end: 109_320 });
    expect(saved.every((s, i) => s === copy[i])).toBe(true);
  });

  it("every deploy slower: the first of the least harmful ones", () => {
    // -2 is the largest value, reached whenever i * 7919 is a multiple of 1000: first at i = 0.
    const saved = Array.from({ length: N / 4 }, (_, i) => -2 - ((i * 7_919) % 1_000));
    expect(biggestLatencyDrop(saved)).toEqual({ drop: -2, start: 0, end: 0 });
  });

  it("alternating slower and faster deploys: a one-deploy run", () => {
    const saved = Array.from({ length: N / 4 }, (_, i) => (i % 2 === 0 ? -1 : 1));
    expect(biggestLatencyDrop(saved)).toEqual({ drop: 1, start: 1, end: 1 });
  });

  it("a long quiet month with one improvement in the middle", () => {
    const saved = new Array<number>(N / 4).fill(0);
    saved[12_345] = 9;
    expect(biggestLatencyDrop(saved)).toEqual({ drop: 9, start: 12_345, end: 12_345 });
  });
});
