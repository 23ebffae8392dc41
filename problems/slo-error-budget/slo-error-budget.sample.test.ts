import { describe, expect, it } from "@jest/globals";
import { type BurnRateAlert, burnRate, evaluateSlo, type MinuteCount } from "./solution";

/** `minutes` consecutive per-minute counts ending just before `endMinute`. */
function steady(endMinute: number, minutes: number, total: number, errors: number): MinuteCount[] {
  return Array.from({ length: minutes }, (_, i) => ({ minute: endMinute - minutes + i, total, errors }));
}

const NOW = 30_000_000;

describe("SLO error budget (samples)", () => {
  it("reports the error budget left in the SLO period", () => {
    const report = evaluateSlo({
      target: 0.999,
      periodMinutes: 43_200,
      nowMinute: NOW,
      counts: [
        { minute: NOW - 40_000, total: 400_000, errors: 100 },
        { minute: NOW - 20_000, total: 500_000, errors: 200 },
        { minute: NOW - 10, total: 100_000, errors: 100 },
      ],
      alerts: [],
    });
    expect(report.totalRequests).toBe(1_000_000);
    expect(report.failedRequests).toBe(400);
    expect(report.allowedFailures).toBeCloseTo(1_000, 6);
    expect(report.budgetRemaining).toBeCloseTo(0.6, 6);
    expect(report.firing).toEqual([]);
  });

  it("computes a burn rate over a window of complete minutes", () => {
    const counts = steady(NOW, 60, 1_000, 10); // 1% errors for the last hour
    expect(burnRate(counts, 0.999, NOW, 60)).toBeCloseTo(10, 6);
    expect(burnRate(counts, 0.99, NOW, 60)).toBeCloseTo(1, 6);
  });

  it("pages only while both the long and the short window burn fast", () => {
    const page: BurnRateAlert = { name: "fast-burn", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, burnRateThreshold: 14.4 };
    const outage = [...steady(NOW - 10, 50, 1_000, 0), ...steady(NOW, 10, 1_000, 200)]; // 20% errors for the last 10 minutes
    const during = evaluateSlo({ target: 0.999, periodMinutes: 43_200, nowMinute: NOW, counts: outage, alerts: [page] });
    expect(during.firing.map((a) => a.name)).toEqual(["fast-burn"]);
    expect(during.firing[0]!.shortBurnRate).toBeCloseTo(200, 6);
    expect(during.firing[0]!.longBurnRate).toBeCloseTo(33.333333, 5);

    const recovered = [...outage, ...steady(NOW + 5, 5, 1_000, 0)];
    const after = evaluateSlo({ target: 0.999, periodMinutes: 43_200, nowMinute: NOW + 5, counts: recovered, alerts: [page] });
    expect(after.firing).toEqual([]);
  });
});
