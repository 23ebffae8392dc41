import type { Text } from "./text.ts";

export const BLAME_KINDS = ["others-at-fault", "they-should-have", "dismissed-review", "defensive"] as const;
export type BlameKind = (typeof BLAME_KINDS)[number];

/** A place where a story puts what went wrong on someone else, or waves away looking at it. */
export interface BlameHit {
  kind: BlameKind;
  start: number;
  end: number;
  sentence: number;
}

/** Why each kind costs: said to the candidate, so it names no rubric term. */
export const BLAME_REASONS: Record<BlameKind, string> = {
  "others-at-fault": "blaming someone else for what went wrong: an interviewer hears that you took no part of it on yourself.",
  "they-should-have": "blaming others with what they should have done, rather than saying what you could have done.",
  "dismissed-review": "blaming by waving away the look back at what went wrong: it says the lesson was not learned.",
  defensive: "defending your own work instead of saying what it let through reads as blame, not accountability.",
};

// Who a story blames: other teams and roles, never "I", "we" or "nobody". A pronoun alone is too
// often a fact ("he missed the deadline", "because she didn't know the codebase") to count as blame.
const TEAMS = `(?:qa|ops|devops|the (?:qa|ops|other|platform|infra|product|frontend|backend|data|sre) ?(?:team|teams|people|engineers?)?|the pm|the reviewers?|reviewers?|testers?|management|his manager|her manager|their manager|product|(?:[a-z]+)'s team)`;
const OTHERS = `(?:${TEAMS}|they|he|she)`;
const PATTERNS: { kind: BlameKind; re: RegExp }[] = [
  // "it was QA's fault", "the missed sprints were his fault"; not "my fault", "nobody's fault", "not their fault".
  { kind: "others-at-fault", re: /\b(?<!(?:\bnot|n't|\bno)\s+)(?:(?!nobody's\b|one's\b|anyone's\b|everyone's\b)[a-z]+'s|his|her|their)\s+fault\b/g },
  { kind: "others-at-fault", re: new RegExp(String.raw`\bbecause (?:of )?${TEAMS}\b[^.;]{0,25}?\b(?:didn't|did not|never|missed|failed to|forgot|wouldn't|don't|doesn't)\b`, "g") },
  { kind: "others-at-fault", re: new RegExp(String.raw`\b${TEAMS} (?:\w+ )?(?:missed it|missed the|missed this|dropped the ball|messed up|screwed up)\b`, "g") },
  { kind: "others-at-fault", re: /\b(?:i |we )?blamed (?!myself\b|me\b|no one\b|nobody\b)\w+/g },
  { kind: "they-should-have", re: new RegExp(String.raw`\b${OTHERS} should(?:'ve| have)\b`, "g") },
  { kind: "dismissed-review", re: /\b(?:post-?mortem|retro(?:spective)?|incident review)s?\b[^.;]{0,30}?\b(?:(?:a )?waste of time|pointless|useless|not worth it|unnecessary)\b/g },
  { kind: "dismissed-review", re: /\b(?:skipped|skip|cancell?ed|didn't bother with|no need for|never held|never ran)\s+(?:the |a |our |any )?(?:post-?mortem|retro(?:spective)?|incident review)s?\b/g },
  { kind: "defensive", re: /\bmy (?:change|changes|code|fix|pr|part|deploy|work)\s+(?:was|were|is)\s+(?:fine|correct|right|ok|okay|not the problem)\b/g },
  { kind: "defensive", re: /\b(?:not|wasn't|isn't) my fault\b|\bnothing wrong with my\b/g },
];

/** Every place the story blames others, defends itself, or dismisses the review, earliest first. */
export function findBlame(t: Text): BlameHit[] {
  const hits: BlameHit[] = [];
  for (const [sentence, s] of t.sentences.entries()) {
    const raw = t.text.slice(s.start, s.end).toLowerCase().replace(/’/g, "'");
    for (const { kind, re } of PATTERNS) {
      for (const m of raw.matchAll(re)) {
        const start = s.start + m.index;
        if (!hits.some((h) => h.start < start + m[0].length && start < h.end)) hits.push({ kind, start, end: start + m[0].length, sentence });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
