import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadRubrics } from "../server/src/scoring/load.ts";
import type { Rubric } from "../server/src/scoring/rubric.ts";
import { scoreAnswer } from "../server/src/scoring/score.ts";

/** The quality levels of the calibration answers, best first: each folder has one `<level>.md` per level. */
export const CALIBRATION_LEVELS = ["strong", "adequate", "weak", "off-topic"] as const;
export type CalibrationLevel = (typeof CALIBRATION_LEVELS)[number];

export const CALIBRATION_DIR = fileURLToPath(new URL("../test/fixtures/calibration", import.meta.url));
export const RUBRICS_DIR = fileURLToPath(new URL("../rubrics", import.meta.url));

export interface CalibrationSet {
  rubric: Rubric;
  answers: { level: CalibrationLevel; text: string }[];
}

/** Every `test/fixtures/calibration/<rubric-id>/` folder with its rubric and four answers. */
export async function loadCalibration(): Promise<CalibrationSet[]> {
  const rubrics = await loadRubrics(RUBRICS_DIR);
  const folders = (await readdir(CALIBRATION_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    folders.map(async (id) => {
      const rubric = rubrics.find((r) => r.id === id);
      if (!rubric) throw new Error(`calibration folder ${id} has no rubric rubrics/${id}.*`);
      const answers = await Promise.all(CALIBRATION_LEVELS.map(async (level) => ({ level, text: await readFile(join(CALIBRATION_DIR, id, `${level}.md`), "utf8") })));
      return { rubric, answers };
    }),
  );
}

export function scoreCalibration(set: CalibrationSet): { level: CalibrationLevel; total: number }[] {
  return set.answers.map((a) => ({ level: a.level, total: scoreAnswer(set.rubric, a.text).total }));
}

function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(xs.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation: Pearson's correlation of the ranks, ties given their average rank. */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < ra.length; i++) {
    cov += (ra[i]! - ma) * (rb[i]! - mb);
    va += (ra[i]! - ma) ** 2;
    vb += (rb[i]! - mb) ** 2;
  }
  return cov / Math.sqrt(va * vb);
}
