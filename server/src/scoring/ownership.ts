import { BLAME_REASONS, type BlameHit } from "./blame.ts";
import type { CompiledCriterion } from "./compile.ts";
import type { RedFlagHit } from "./result.ts";
import { quoteAround, type Text } from "./text.ts";

/** The most a criterion about ownership can earn from a story that blames others: level 2, "did the tasks assigned". */
export const BLAME_CAP = 0.5;
/** Blame costs a level each, up to this many per criterion: saying it three ways is still one attitude, and it is already capped. */
const MAX_BLAME_FLAGS = 2;

const OWN = /\bown/i;

/** Whether a criterion judges what the candidate owned: by its title ("What you owned"), its concepts ("owned it") or its parts. */
export function assessesOwnership(c: CompiledCriterion): boolean {
  return (
    OWN.test(c.criterion.title) ||
    OWN.test(c.criterion.id) ||
    c.concepts.some((x) => OWN.test(x.name)) ||
    c.structure.some((p) => p.type === "custom" && OWN.test(p.name))
  );
}

/** Blame as red flags, one per kind and at most `MAX_BLAME_FLAGS`, each labelled as blame with the words that showed it. */
export function blameRedFlags(t: Text, hits: readonly BlameHit[]): RedFlagHit[] {
  const seen = new Set<string>();
  const flags: RedFlagHit[] = [];
  for (const h of hits) {
    if (seen.has(h.kind) || flags.length >= MAX_BLAME_FLAGS) continue;
    seen.add(h.kind);
    const said = t.text.slice(h.start, h.end);
    flags.push({ source: "answer", signal: "red-flag", label: `red flag "blame: ${h.kind.replace(/-/g, " ")}"`, reason: BLAME_REASONS[h.kind], ...quoteAround(t, h.start, h.end), said });
  }
  return flags;
}
