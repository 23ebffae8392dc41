import { describe, expect, it } from "vitest";
import { CALIBRATION_LEVELS, loadCalibration, scoreCalibration, spearman } from "../../bench/calibration.ts";

const sets = await loadCalibration();

describe("calibration: the scorer orders answers as a careful grader would", () => {
  it("has at least three design, three behavioral or leadership and three concept prompts, each with four answers", () => {
    const kinds = sets.map((s) => s.rubric.kind);
    expect(kinds.filter((k) => k === "design").length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((k) => k === "behavioral" || k === "leadership").length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((k) => k === "concept").length).toBeGreaterThanOrEqual(3);
    for (const s of sets) expect(s.answers.map((a) => a.level)).toEqual([...CALIBRATION_LEVELS]);
  });

  for (const set of sets) {
    it(`${set.rubric.id}: strong > adequate > weak > off-topic`, () => {
      const totals = scoreCalibration(set).map((a) => a.total);
      for (let i = 1; i < totals.length; i++) expect(totals[i - 1], `${CALIBRATION_LEVELS[i - 1]} vs ${CALIBRATION_LEVELS[i]}: ${totals.join(", ")}`).toBeGreaterThan(totals[i]!);
    });
  }

  it("agrees with the intended order overall (Spearman's rho)", () => {
    const pairs = sets.flatMap((s) => scoreCalibration(s).map((a) => [CALIBRATION_LEVELS.length - CALIBRATION_LEVELS.indexOf(a.level), a.total] as const));
    expect(spearman(pairs.map((p) => p[0]), pairs.map((p) => p[1]))).toBeGreaterThan(0.85);
  });
});

describe("spearman", () => {
  it("is 1 for the same order, -1 for the reverse, and handles ties with average ranks", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(spearman([1, 2, 3, 4], [40, 30, 20, 10])).toBe(-1);
    expect(spearman([1, 2, 3], [5, 5, 9])).toBeCloseTo(0.866, 3);
  });
});
