import type { CriterionScore, Evidence, RedFlagHit, ScoreResult, Signal } from "./result.ts";
import { GENERIC_FLAG_REASON, summarize } from "./score.ts";

/** Evidence as the candidate may see it before the reveal: labelled with their own words, not the rubric's names. */
export type PublicEvidence = Omit<Evidence, "said">;
export type PublicRedFlag = Omit<RedFlagHit, "said" | "openReason">;

/**
 * A criterion of the scorecard a candidate gets before seeing the model answer. It has no field
 * for the answer key: `missing` and `suggestion` come from the criterion's public hints.
 */
export type PublicCriterion = Omit<CriterionScore, "evidence" | "redFlags" | "missing" | "suggestion" | "hints"> & {
  evidence: PublicEvidence[];
  redFlags: PublicRedFlag[];
  /** What is missing, named at the level of the criterion ("more on how codes avoid collisions"). */
  missing: string[];
  suggestion: string;
};

/** The scorecard before the reveal: no key ideas, no names of concepts the answer left out. */
export type PublicScorecard = Omit<ScoreResult, "criteria" | "keyIdeas"> & {
  answerKey: "hidden";
  criteria: PublicCriterion[];
  /** How many of the model answer's key ideas the answer has, without saying which. */
  keyIdeaCount?: { found: number; total: number };
};

/** The scorecard once the candidate has seen the model answer: everything the scorer found. */
export type RevealedScorecard = ScoreResult & { answerKey: "revealed" };

/** Signals whose labels name the answer key: relabelled with what the answer itself said. */
const KEY_SIGNALS: ReadonlySet<Signal> = new Set(["concept", "component", "connection", "key-idea"]);

function publicEvidence({ said, ...e }: Evidence): PublicEvidence {
  if (!KEY_SIGNALS.has(e.signal)) return e;
  const name = e.signal === "key-idea" ? "key idea" : e.signal;
  const part = e.label.endsWith("(in part)") ? " (in part)" : "";
  // A diagram quote already names the candidate's own box ("diagram: component "orders-dlq" (queue)").
  if (e.source === "diagram") return { ...e, label: `${name} in the diagram` };
  return { ...e, label: said === undefined ? `${name}${part}` : `${name} "${said}"${part}` };
}

function publicCriterion(c: CriterionScore): PublicCriterion {
  const { evidence, redFlags, missing: _missing, suggestion: _suggestion, hints, ...rest } = c;
  return {
    ...rest,
    evidence: evidence.map(publicEvidence),
    redFlags: redFlags.map(({ said, openReason, ...f }) => ({ ...f, label: said ? `red flag "${said}"` : "red flag", reason: openReason ?? GENERIC_FLAG_REASON })),
    // A score kept before hints existed says nothing it cannot back up without the key.
    missing: hints?.missing ?? [],
    suggestion: hints?.suggestion ?? "",
  };
}

/** The one way a scorecard reaches a candidate who has not seen the model answer. */
export function publicScorecard(result: ScoreResult): PublicScorecard {
  const { criteria, keyIdeas, ...rest } = result;
  const open = criteria.map(publicCriterion);
  const found = keyIdeas?.found.length ?? 0;
  return {
    ...rest,
    answerKey: "hidden",
    summary: summarize(result.total, open, result.relevance, result.reliability),
    criteria: open,
    ...(keyIdeas ? { keyIdeaCount: { found, total: found + keyIdeas.missed.length } } : {}),
  };
}

export function revealedScorecard(result: ScoreResult): RevealedScorecard {
  return { ...result, answerKey: "revealed" };
}

/** The scorecard for a candidate: whole once they have seen the model answer, else public. */
export function scorecardFor(result: ScoreResult, revealed: boolean): PublicScorecard | RevealedScorecard {
  return revealed ? revealedScorecard(result) : publicScorecard(result);
}
