import { describe, expect, it } from "@jest/globals";
import { latencyPercentiles } from "./solution";

const PER_ROUTE = 8_000;

/** A deterministic permutation of 1..n (7919 is coprime with n here). */
function shuffledLatencies(n: number): number[] {
  return Array.from({ length: n }, (_, k) => ((k * 7919) % n) + 1);
}

describe("latencyPercentiles on a 20,000-line log", () => {
  it("handles 20,000 lines across two routes with malformed lines mixed in", () => {
    const lines: string[] = [];
    const getLatencies = shuffledLatencies(PER_ROUTE);
    const postLatencies = shuffledLatencies(PER_ROUTE).map((ms) => ms / 4);
    for (let k = 0; k < PER_ROUTE; k++) {
      lines.push(`2025-03-14T10:00:00.${String(k % 1000).padStart(3, "0")}Z GET /api/orders?page=${k % 50} 200 ${getLatencies[k]}ms`);
      lines.push(`2025-03-14T10:00:01Z POST /api/orders 201 ${postLatencies[k]}ms`);
      if (k % 4 === 0) lines.push(`2025-03-14T10:00:02Z GET /api/orders 200 ${k}`); // no "ms": malformed
      if (k % 4 === 2) lines.push(" "); // blank: ignored
    }
    expect(lines.length).toBe(20_000);

    const report = latencyPercentiles(lines);
    expect(report.skipped).toBe(PER_ROUTE / 4);
    expect(report.routes).toEqual({
      "GET /api/orders": { count: PER_ROUTE, p50: 4_000, p95: 7_600, p99: 7_920 },
      "POST /api/orders": { count: PER_ROUTE, p50: 1_000, p95: 1_900, p99: 1_980 },
    });
  });
});
