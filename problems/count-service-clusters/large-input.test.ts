import { describe, expect, it } from "@jest/globals";
import { countClusters } from "./solution";

const N = 100_000;

describe("countClusters on 10^5 services", () => {
  it("one long chain", () => {
    const links = Array.from({ length: N - 1 }, (_, i): [number, number] => [i, i + 1]);
    expect(countClusters(N, links)).toBe(1);
  });

  it("a chain whose links arrive in a scrambled order, without modifying them", () => {
    // Link k joins services p(k) and p(k) + 1 for a permutation p of 0..M-2.
    const M = 50_000;
    const links = Array.from({ length: M - 1 }, (_, k): [number, number] => {
      const i = (k * 7_919) % (M - 1);
      return k % 2 === 0 ? [i, i + 1] : [i + 1, i];
    });
    const copy = links.map(([a, b]) => [a, b]);
    expect(countClusters(M, links)).toBe(1);
    expect(links.every(([a, b], k) => a === copy[k]![0] && b === copy[k]![1])).toBe(true);
  });

  it("no links at all", () => {
    expect(countClusters(N, [])).toBe(N);
  });

  it("25,000 pairs among 50,000 services", () => {
    const links = Array.from({ length: N / 4 }, (_, i): [number, number] => [2 * i + 1, 2 * i]);
    expect(countClusters(N / 2, links)).toBe(N / 4);
  });

  it("5,000 clusters of 10 with extra links inside each", () => {
    // Service s is in cluster s % 5,000; links connect members of the same cluster only.
    const M = 50_000;
    const clusters = 5_000;
    const links: Array<[number, number]> = [];
    for (let s = clusters; s < M; s++) links.push([s, s - clusters]); // a path per cluster
    for (let s = 0; s < M; s += 3) links.push([s, (s + 5 * clusters) % M]); // same cluster
    expect(countClusters(M, links)).toBe(clusters);
  });
});
