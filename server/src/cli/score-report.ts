import type { Rubric } from "../scoring/rubric.ts";
import type { ScoreResult } from "../scoring/result.ts";

const MARK = ["✗", "◔", "◑", "◕", "✓"] as const;
const MAX_QUOTES = 3;

const clip = (text: string, max = 110) => {
  const line = text.replace(/\s+/g, " ");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/** The human-readable score: the total, each criterion with its quotes, what is missing and what to do. */
export function formatScore(rubric: Rubric, result: ScoreResult): string {
  const unreliable = result.reliability && !result.reliability.reliable ? result.reliability : undefined;
  const lines = [`${rubric.title} (${rubric.kind}, version ${result.rubricVersion})`, "", `Total: ${result.total}/100${unreliable ? " (not reliable)" : ""}`, ""];
  if (unreliable) lines.push(`! ${unreliable.reasons.map((r) => r.message).join("; ")}`, "");
  for (const c of result.criteria) {
    lines.push(`${MARK[c.level]} ${c.title}: level ${c.level}/4, ${c.points} of ${c.maxPoints} points${c.descriptor ? ` (${c.descriptor})` : ""}`);
    for (const e of c.evidence.slice(0, MAX_QUOTES)) lines.push(`    + ${e.label}: "${clip(e.quote)}"`);
    if (c.evidence.length > MAX_QUOTES) lines.push(`    + ${c.evidence.length - MAX_QUOTES} more`);
    for (const f of c.redFlags) lines.push(`    ! ${f.label}: "${clip(f.quote)}" (${f.reason})`);
    if (c.missing.length) lines.push(`    - missing: ${c.missing.join("; ")}`);
    if (c.suggestion) lines.push(`    → ${c.suggestion}`);
    lines.push("");
  }
  if (result.star) {
    const parts = result.star.parts.map((p) => `${p.part} ${p.present ? "✓" : "✗"}`).join(", ");
    const share = result.star.ownership.share;
    lines.push(`STAR: ${parts}; actions ${Math.round(result.star.actionShare * 100)}% of the answer${share === null ? "" : `, "I" in ${Math.round(share * 100)}% of them`}`);
  }
  if (result.sections) lines.push(`Sections: ${result.sections.filter((s) => s.present).map((s) => s.section).join(", ") || "none found"}`);
  if (result.competencies) lines.push(`Competencies: ${result.competencies.map((c) => `${c.name} ${c.shown ? "✓" : "✗"}`).join(", ")}`);
  const d = result.delivery;
  const fillers = d.fillers.map((f) => `${f.filler} ×${f.count}`).join(", ");
  lines.push(`Length: ${d.words} words, about ${d.speakingSeconds.min}–${d.speakingSeconds.max} s spoken${fillers ? `; fillers: ${fillers}` : ""}`);
  lines.push("", result.summary);
  return lines.join("\n");
}
