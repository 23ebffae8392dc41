import { performance } from "node:perf_hooks";
import { scoreAnswer } from "../server/src/scoring/score.ts";
import { CALIBRATION_LEVELS, intendedRank, loadCalibration, scoreCalibration, spearman } from "./calibration.ts";

/**
 * `npm run bench:scoring`: how long the deterministic scorer takes on a 600-word answer, for a
 * design, a behavioral and a concept rubric (median and p95 over many runs, after a warm-up),
 * and how well it orders the calibration answers (Spearman's rank correlation between the
 * intended order and the totals). Prints PASS/MISS per target; exits 1 when one is missed.
 */
const TARGETS = { p50Ms: 5, spearman: 0.85 };
const WORDS = 600;
const RUNS = 2_000;
const WARMUP = 200;

const percentile = (xs: number[], p: number) => {
  const sorted = xs.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};

/** The strong calibration answer, repeated and cut to exactly `WORDS` words. */
function answerOfLength(text: string): string {
  const words = text.split(/(?<=\s)(?=\S)/);
  const out: string[] = [];
  while (out.length < WORDS) out.push(...words);
  return out.slice(0, WORDS).join("");
}

const sets = await loadCalibration();
const picks = ["design", "leadership", "concept"].map((kind) => sets.find((s) => s.rubric.kind === kind)!);
let missed = false;
const fmt = (n: number) => n.toFixed(2).padStart(7);
console.log(`scoreAnswer on a ${WORDS}-word answer, ${RUNS} runs after ${WARMUP} warm-up runs`);
console.log("rubric                              first ms   p50 ms   p95 ms");
for (const set of picks) {
  const answer = answerOfLength(set.answers[0]!.text);
  const first = performance.now();
  scoreAnswer(set.rubric, answer, undefined, { bank: set.bank });
  const firstMs = performance.now() - first;
  for (let i = 0; i < WARMUP; i++) scoreAnswer(set.rubric, answer, undefined, { bank: set.bank });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    scoreAnswer(set.rubric, answer, undefined, { bank: set.bank });
    times.push(performance.now() - t0);
  }
  const p50 = percentile(times, 50);
  if (p50 > TARGETS.p50Ms) missed = true;
  console.log(`${set.rubric.id.padEnd(34)} ${fmt(firstMs)}  ${fmt(p50)}  ${fmt(percentile(times, 95))}  ${p50 <= TARGETS.p50Ms ? "PASS" : "MISS"} (p50 ≤ ${TARGETS.p50Ms} ms)`);
}

console.log(`\ncalibration: totals for ${CALIBRATION_LEVELS.join(" / ")}, then the gaming answers (below adequate?)`);
const intended: number[] = [];
const totals: number[] = [];
const expert: number[] = [];
const scoredAll: number[] = [];
let ordered = 0;
for (const set of sets) {
  const scored = scoreCalibration(set);
  const honest = scored.filter((a) => intendedRank(a.level) !== undefined);
  const strict = honest.every((a, i) => i === 0 || honest[i - 1]!.total > a.total);
  if (strict) ordered++;
  for (const a of scored) {
    const rank = intendedRank(a.level);
    if (rank !== undefined) {
      intended.push(rank);
      totals.push(a.total);
    }
    const e = set.expert[a.level];
    if (e !== undefined) {
      expert.push(e);
      scoredAll.push(a.total);
    }
  }
  const adequate = honest.find((a) => a.level === "adequate")!.total;
  const gaming = scored.filter((a) => intendedRank(a.level) === undefined).map((a) => `${a.level} ${a.total}${a.total < adequate ? "" : " (NOT below)"}`);
  console.log(`  ${set.rubric.id.padEnd(36)} ${honest.map((a) => String(a.total).padStart(3)).join("  ")}  ${strict ? "ordered" : "OUT OF ORDER"}  | ${gaming.join(", ")}`);
}
const rho = spearman(intended, totals);
if (rho < TARGETS.spearman) missed = true;
console.log(`\n${ordered} of ${sets.length} sets strictly ordered`);
console.log(`Spearman rank correlation: ${rho.toFixed(3)}  ${rho >= TARGETS.spearman ? "PASS" : "MISS"} (≥ ${TARGETS.spearman})`);
console.log(`Spearman against the expert scores, gaming answers included: ${spearman(expert, scoredAll).toFixed(3)} over ${expert.length} answers`);
process.exitCode = missed ? 1 : 0;
