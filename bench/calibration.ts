import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadRubrics } from "../server/src/scoring/load.ts";
import type { Rubric } from "../server/src/scoring/rubric.ts";
import { scoreAnswer } from "../server/src/scoring/score.ts";

/** The quality levels of the calibration answers, best first: each folder has one `<level>.md` per level. */
export const CALIBRATION_LEVELS = ["strong", "adequate", "weak", "off-topic"] as const;
/**
 * Answers written to game the scorer, each in a folder as `<kind>.md` when it fits the question
 * (a blame story only fits a story): every one should score below the adequate answer.
 */
export const GAMING_KINDS = ["keyword-list", "blind-buzzwords", "hint-paste", "confidently-wrong", "blame-story"] as const;
export type GamingKind = (typeof GAMING_KINDS)[number];
export type CalibrationLevel = (typeof CALIBRATION_LEVELS)[number] | GamingKind;

/** The rank of an honest answer's level, best highest; undefined for a gaming answer. */
export function intendedRank(level: CalibrationLevel): number | undefined {
  const i = (CALIBRATION_LEVELS as readonly CalibrationLevel[]).indexOf(level);
  return i === -1 ? undefined : CALIBRATION_LEVELS.length - i;
}

export const CALIBRATION_DIR = fileURLToPath(new URL("../test/fixtures/calibration", import.meta.url));
export const RUBRICS_DIR = fileURLToPath(new URL("../rubrics", import.meta.url));

export interface CalibrationSet {
  rubric: Rubric;
  /** Every rubric of the bank, so that an answer to another question is recognised. */
  bank: readonly Rubric[];
  answers: { level: CalibrationLevel; text: string }[];
  /** What a careful grader gives each answer, 0–100: `expert-scores.json`, written before the scorer saw the answers. */
  expert: Partial<Record<CalibrationLevel, number>>;
}

/** Every `test/fixtures/calibration/<rubric-id>/` folder with its rubric, four answers and the gaming answers it has. */
export async function loadCalibration(): Promise<CalibrationSet[]> {
  const rubrics = await loadRubrics(RUBRICS_DIR);
  const folders = (await readdir(CALIBRATION_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    folders.map(async (id) => {
      const rubric = rubrics.find((r) => r.id === id);
      if (!rubric) throw new Error(`calibration folder ${id} has no rubric rubrics/${id}.*`);
      const files = new Set(await readdir(join(CALIBRATION_DIR, id)));
      const levels: CalibrationLevel[] = [...CALIBRATION_LEVELS, ...GAMING_KINDS.filter((k) => files.has(`${k}.md`))];
      const answers = await Promise.all(levels.map(async (level) => ({ level, text: await readFile(join(CALIBRATION_DIR, id, `${level}.md`), "utf8") })));
      const expert = files.has("expert-scores.json") ? (JSON.parse(await readFile(join(CALIBRATION_DIR, id, "expert-scores.json"), "utf8")) as CalibrationSet["expert"]) : {};
      return { rubric, bank: rubrics, answers, expert };
    }),
  );
}

export function scoreCalibration(set: CalibrationSet): { level: CalibrationLevel; total: number }[] {
  return set.answers.map((a) => ({ level: a.level, total: scoreAnswer(set.rubric, a.text, undefined, { bank: set.bank }).total }));
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
