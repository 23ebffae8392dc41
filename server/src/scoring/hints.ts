import type { CompiledCriterion } from "./compile.ts";
import type { Level, RedFlagHit } from "./result.ts";
import type { SignalOutcome } from "./signals.ts";

/** A criterion's signals as scored: topical ones (concepts, components, connections, key ideas) come from the answer key. */
export interface ScoredSignals {
  c: CompiledCriterion;
  outcomes: { topical: boolean; outcome: SignalOutcome }[];
  redFlags: RedFlagHit[];
  level: Level;
}

/** Advice every criterion may get, whatever the question: naming it gives nothing away. */
export const DEEPEN_ADVICE = "a concrete example, a number or a trade-off you weighed";

/** When nothing is missing yet the level is short of the top: what to do, in this criterion's words. Nothing at the top. */
function deepen(s: ScoredSignals): string {
  return s.level === 4 ? "" : `Say more about ${s.c.topic}: ${DEEPEN_ADVICE}.`;
}

function weakest(s: ScoredSignals) {
  return [...s.outcomes].sort((a, b) => a.outcome.score - b.outcome.score).find((o) => o.outcome.tips.length > 0);
}

/** The full suggestion, for whoever holds the rubric (the CLI, a lead, the candidate after the reveal). */
export function fullSuggestion(s: ScoredSignals): string {
  const flag = s.redFlags[0];
  if (flag) return `Avoid ${flag.label.replace(/^red flag /, "")}: ${flag.reason}`;
  return weakest(s)?.outcome.tips[0] ?? deepen(s);
}

/** How much of what the criterion looks for the answer names: a count says how far to go without saying what. */
function coverMore(s: ScoredSignals): string {
  const key = s.outcomes.filter((o) => o.topical).map((o) => o.outcome);
  const found = key.reduce((n, o) => n + o.evidence.length, 0);
  const total = found + key.reduce((n, o) => n + o.missing.length, 0);
  return `Cover more of ${s.c.topic}: the answer names ${found} of the ${total} things this criterion looks for.`;
}

/**
 * What the candidate is told before the model answer is revealed. A gap in the answer key
 * (a concept, component, connection or key idea) is named only as the criterion's topic; the
 * gaps of form (a STAR part, a design section, a number) as they are, since the rubric shows those.
 */
export function publicHints(s: ScoredSignals): { missing: string[]; suggestion: string } {
  const keyGap = s.outcomes.some((o) => o.topical && o.outcome.missing.length > 0);
  const form = s.outcomes.filter((o) => !o.topical).map((o) => o.outcome.hints ?? o.outcome);
  const missing = [...form.flatMap((h) => h.missing), ...(keyGap ? [`more on ${s.c.topic}`] : [])];
  const flag = s.redFlags[0];
  // The candidate's own words, not the rubric's name for them.
  if (flag) return { missing, suggestion: `Avoid "${flag.said ?? flag.quote}": ${flag.openReason ?? flag.reason}` };
  const w = weakest(s);
  if (!w) return { missing, suggestion: deepen(s) };
  const suggestion = w.topical ? coverMore(s) : ((w.outcome.hints ?? w.outcome).tips[0] ?? "");
  return { missing, suggestion };
}
