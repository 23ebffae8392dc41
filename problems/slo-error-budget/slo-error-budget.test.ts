import { describe, expect, it } from "@jest/globals";
import { type BurnRateAlert, burnRate, evaluateSlo, type MinuteCount, type SloInput } from "./solution";

const NOW = 29_000_000;
const MONTH = 30 * 24 * 60;

function steady(endMinute: number, minutes: number, total: number, errors: number): MinuteCount[] {
  return Array.from({ length: minutes }, (_, i) => ({ minute: endMinute - minutes + i, total, errors }));
}

/** The multi-window, multi-burn-rate alerts from the Google SRE workbook, for a 30-day SLO. */
const WORKBOOK: BurnRateAlert[] = [
  { name: "page-1h", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, burnRateThreshold: 14.4 },
  { name: "page-6h", severity: "page", longWindowMinutes: 360, shortWindowMinutes: 30, burnRateThreshold: 6 },
  { name: "ticket-1d", severity: "ticket", longWindowMinutes: 1_440, shortWindowMinutes: 120, burnRateThreshold: 3 },
  { name: "ticket-3d", severity: "ticket", longWindowMinutes: 4_320, shortWindowMinutes: 360, burnRateThreshold: 1 },
];

const input = (counts: MinuteCount[], overrides: Partial<SloInput> = {}): SloInput => ({
  target: 0.999,
  periodMinutes: MONTH,
  nowMinute: NOW,
  counts,
  alerts: WORKBOOK,
  ...overrides,
});

describe("burnRate: windows", () => {
  it("covers [now - window, now): the oldest minute in, the current minute out", () => {
    const counts: MinuteCount[] = [
      { minute: NOW - 61, total: 1_000, errors: 1_000 }, // before the window
      { minute: NOW - 60, total: 1_000, errors: 10 }, // first minute of the window
      { minute: NOW - 1, total: 1_000, errors: 30 }, // last complete minute
      { minute: NOW, total: 1_000, errors: 1_000 }, // the current, incomplete minute
      { minute: NOW + 3, total: 1_000, errors: 1_000 }, // clock skew: the future
    ];
    // (10 + 30) / 2000 = 2% errors → burn 20 at 99.9%
    expect(burnRate(counts, 0.999, NOW, 60)).toBeCloseTo(20, 6);
  });

  it("sums several counts for the same minute (one per host) and accepts any order", () => {
    const counts: MinuteCount[] = [
      { minute: NOW - 1, total: 500, errors: 5 },
      { minute: NOW - 3, total: 200, errors: 0 },
      { minute: NOW - 1, total: 300, errors: 3 },
      { minute: NOW - 2, total: 1_000, errors: 2 },
    ];
    expect(burnRate(counts, 0.99, NOW, 5)).toBeCloseTo(10 / 2_000 / 0.01, 6);
  });

  it("is 0, not NaN, for a window without traffic", () => {
    const counts = steady(NOW - 120, 60, 1_000, 500);
    expect(burnRate(counts, 0.999, NOW, 30)).toBe(0);
    expect(burnRate([], 0.999, NOW, 30)).toBe(0);
  });

  it("treats missing minutes as no traffic, not as zero-error minutes that dilute the rate", () => {
    const counts = [{ minute: NOW - 50, total: 100, errors: 5 }];
    expect(burnRate(counts, 0.99, NOW, 60)).toBeCloseTo(5, 6);
  });
});

describe("evaluateSlo: error budget", () => {
  it("counts only the SLO period", () => {
    const report = evaluateSlo(
      input([
        { minute: NOW - MONTH - 1, total: 9_000_000, errors: 9_000_000 }, // last month: forgotten
        { minute: NOW - MONTH, total: 2_000_000, errors: 500 },
        { minute: NOW - 1, total: 3_000_000, errors: 1_500 },
        { minute: NOW, total: 1_000, errors: 1_000 }, // still in progress
      ]),
    );
    expect(report.totalRequests).toBe(5_000_000);
    expect(report.failedRequests).toBe(2_000);
    expect(report.allowedFailures).toBeCloseTo(5_000, 5);
    expect(report.budgetRemaining).toBeCloseTo(0.6, 6);
  });

  it("goes negative when the budget is overspent", () => {
    const report = evaluateSlo(input([{ minute: NOW - 100, total: 10_000, errors: 25 }], { alerts: [] }));
    expect(report.allowedFailures).toBeCloseTo(10, 6);
    expect(report.budgetRemaining).toBeCloseTo(-1.5, 6);
  });

  it("has the whole budget left when there was no traffic", () => {
    const report = evaluateSlo(input([], { alerts: [] }));
    expect(report).toEqual({ totalRequests: 0, failedRequests: 0, allowedFailures: 0, budgetRemaining: 1, firing: [] });
  });

  it("handles a month of per-minute counts", () => {
    const counts: MinuteCount[] = [];
    for (let m = NOW - MONTH; m < NOW; m++) {
      counts.push({ minute: m, total: 100, errors: m % 1_000 === 0 ? 50 : 0 });
    }
    const report = evaluateSlo(input(counts));
    expect(report.totalRequests).toBe(MONTH * 100);
    expect(report.failedRequests).toBe(43 * 50);
    expect(report.budgetRemaining).toBeCloseTo(1 - 2_150 / (MONTH * 100 * 0.001), 6);
    expect(report.firing).toEqual([]);
  });
});

describe("evaluateSlo: alerts", () => {
  it("does not page for a short spike that has not burned enough over the long window", () => {
    const counts = [...steady(NOW - 3, 57, 1_000, 0), ...steady(NOW, 3, 1_000, 150)];
    // short (5 min): 450 / 5000 = 9% → burn 90; long (60 min): 450 / 60000 = 0.75% → burn 7.5
    const report = evaluateSlo(input(counts, { alerts: [WORKBOOK[0]!] }));
    expect(report.firing).toEqual([]);
  });

  it("fires in the order of the alert list, with both burn rates", () => {
    // A steady 2% error rate for three days: burn 20 on every window.
    const report = evaluateSlo(input(steady(NOW, 4_320, 100, 2)));
    expect(report.firing.map((a) => [a.name, a.severity])).toEqual([
      ["page-1h", "page"],
      ["page-6h", "page"],
      ["ticket-1d", "ticket"],
      ["ticket-3d", "ticket"],
    ]);
    for (const alert of report.firing) {
      expect(alert.longBurnRate).toBeCloseTo(20, 6);
      expect(alert.shortBurnRate).toBeCloseTo(20, 6);
    }
  });

  it("raises only the slow-burn ticket for a long, mild degradation", () => {
    // 0.2% errors for three days: burn 2.
    const report = evaluateSlo(input(steady(NOW, 4_320, 1_000, 2)));
    expect(report.firing.map((a) => a.name)).toEqual(["ticket-3d"]);
  });

  it("stops paging once the short window has recovered, even if the long one is still high", () => {
    const counts = [...steady(NOW - 10, 50, 1_000, 300), ...steady(NOW, 10, 1_000, 0)];
    const report = evaluateSlo(input(counts, { alerts: [WORKBOOK[0]!] }));
    expect(burnRate(counts, 0.999, NOW, 60)).toBeCloseTo(250, 6);
    expect(report.firing).toEqual([]);
  });

  it("fires only when the burn rate is strictly above the threshold", () => {
    const alert: BurnRateAlert = { name: "exact", severity: "page", longWindowMinutes: 4, shortWindowMinutes: 2, burnRateThreshold: 2 };
    // target 0.75 allows 25% errors; 50% errors burn at exactly 2.
    const atThreshold = evaluateSlo(input(steady(NOW, 4, 4, 2), { target: 0.75, alerts: [alert] }));
    expect(atThreshold.firing).toEqual([]);
    const above = evaluateSlo(input(steady(NOW, 4, 4, 3), { target: 0.75, alerts: [alert] }));
    expect(above.firing).toEqual([{ name: "exact", severity: "page", longBurnRate: 3, shortBurnRate: 3 }]);
  });
});

describe("evaluateSlo: validation", () => {
  it.each([0, 1, 1.5, Number.NaN])("rejects target %p", (target) => {
    expect(() => evaluateSlo(input([], { target }))).toThrow(RangeError);
    expect(() => burnRate([], target, NOW, 60)).toThrow(RangeError);
  });

  it("rejects counts with more errors than requests", () => {
    expect(() => evaluateSlo(input([{ minute: NOW - 1, total: 10, errors: 11 }]))).toThrow(RangeError);
  });

  it("rejects a non-positive period or window", () => {
    expect(() => evaluateSlo(input([], { periodMinutes: 0 }))).toThrow(RangeError);
    expect(() => burnRate([], 0.99, NOW, 0)).toThrow(RangeError);
  });
});
