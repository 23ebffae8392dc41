import { headingMatches, headingOf } from "./headings.ts";
import { type CompiledConcept, compileConcept, compileTerm, findConcept } from "./match.ts";
import type { Quantity } from "./quantities.ts";
import { STAR_PARTS, type StarPart } from "./rubric.ts";
import type { Text } from "./text.ts";

/** Headings that name each part ("Context", "What I did", "Outcome"...). */
const HEADINGS: Record<StarPart, string[][]> = {
  situation: ["situation", "context", "background", "s"].map((h) => compileTerm(h).stems),
  task: ["task", "goal", "objective", "challenge", "problem", "my role", "t"].map((h) => compileTerm(h).stems),
  action: ["action", "actions", "what I did", "approach", "a"].map((h) => compileTerm(h).stems),
  result: ["result", "results", "outcome", "impact", "learnings", "lessons learned", "r"].map((h) => compileTerm(h).stems),
};

/** Phrases that mark each part in a story told without headings. */
const CUES: Record<StarPart, CompiledConcept[]> = {
  situation: [
    "at my previous",
    "at my last",
    "at my current",
    "when I was",
    "I was working",
    "we were",
    "our team",
    "the team was",
    "the company",
    "our company",
    "last year",
    "years ago",
    "back in",
    "at the time",
    "there was",
    "we had",
    "context",
    "background",
  ].map((c) => compileConcept(c)),
  task: [
    "my job",
    "my role",
    "my task",
    "my responsibility",
    "I was responsible",
    "I was asked",
    "I was tasked",
    "I needed to",
    "I had to",
    "we needed to",
    "we had to",
    "my goal",
    "the goal",
    "our goal",
    "I wanted to",
    "the challenge",
    "objective",
    "deadline",
    "it was on me",
    "it fell to me",
  ].map((c) => compileConcept(c)),
  action: [
    "I decided",
    "I proposed",
    "so I",
    "then I",
    "first I",
    "I started",
    "I set up",
    "I scheduled",
    "I wrote",
    "I reached out",
    "I suggested",
    "I paired",
    "I organized",
    "I asked",
    "I built",
    "I met",
    "I ran",
    "I led",
    "we decided",
    "we started",
    "we built",
  ].map((c) => compileConcept(c)),
  result: [
    "as a result",
    "the result",
    "in the end",
    "ultimately",
    "outcome",
    "ended up",
    "since then",
    "afterwards",
    "reduced",
    "increased",
    "improved",
    "cut",
    "dropped",
    "saved",
    "shipped",
    "launched",
    "delivered",
    "learned",
    "lesson",
    "impact",
    "went from",
    "promoted",
    "after a few",
    "by the end",
    "at the end",
    "after that",
    "next time",
    "going forward",
    "from then on",
    "helped",
  ].map((c) => compileConcept(c)),
};

const I_WORDS = new Set(["i", "me", "my", "myself", "mine", "i'm", "i've", "i'd", "i'll"]);
const WE_WORDS = new Set(["we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"]);
// After "I": these say what I thought or was, not what I did.
const NOT_ACTIONS = new Set(["was", "am", "think", "thought", "feel", "felt", "guess", "mean", "believe", "knew", "know", "had", "have", "wanted", "needed", "would", "could"]);
const IRREGULAR_PAST = new Set(
  "wrote met set built ran led took made gave brought began chose drove found got held kept sent spoke spent told sat put split cut paid went shut dug drew sought taught".split(" "),
);

/** Where centre of each part usually falls in a story, from 0 (start) to 1 (end). */
const POSITION: Record<StarPart, number> = { situation: 0.08, task: 0.25, action: 0.55, result: 0.92 };

export interface StarSegment {
  part: StarPart;
  /** Sentence indexes `[first, end)`. */
  firstSentence: number;
  endSentence: number;
  /** Under a heading, or carrying at least one cue for its part: position alone does not count. */
  present: boolean;
  headed: boolean;
  /** The sentence that best shows the part. */
  evidenceSentence?: number;
}

export interface StarAnalysis {
  parts: Record<StarPart, StarSegment>;
  headed: boolean;
  /** Share of the answer's words in the Action part, 0..1. */
  actionShare: number;
  /** "I" and "we" words in the actions (the whole answer when there is no Action part). */
  ownership: { i: number; we: number };
}

/** Whether the sentence says what "I" or "we" did: the subject then, within three words, a past-tense verb ("I quickly rewrote"). */
function isAction(t: Text, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    if (t.tokens[k]!.lower !== "i" && t.tokens[k]!.lower !== "we") continue;
    for (const next of t.tokens.slice(k + 1, k + 4)) {
      if (NOT_ACTIONS.has(next.lower) || next.clauseStart) break;
      if (next.lower.endsWith("ed") || IRREGULAR_PAST.has(next.lower.replace(/^(re|over|under)/, ""))) return true;
    }
  }
  return false;
}

/**
 * Splits a story into Situation, Task, Action and Result. With two or more STAR headings
 * the headings decide; otherwise each sentence gets the part its cues and position fit best,
 * keeping the parts in order (a small dynamic programme over the sentences).
 */
export function analyzeStar(t: Text, quantities: readonly Quantity[]): StarAnalysis {
  const n = t.sentences.length;
  const cueScore: Record<StarPart, number[]> = { situation: [], task: [], action: [], result: [] };
  for (const part of STAR_PARTS) {
    const hits = new Array<number>(n).fill(0);
    for (const cue of CUES[part]) {
      // A cue marks the part even when negated: "my goal was not to win" still states the goal.
      const { mentions, negated } = findConcept(t, cue);
      for (const m of [...mentions, ...negated]) hits[t.tokens[m.first]!.sentence]! += 1;
    }
    cueScore[part] = hits.map((h) => Math.min(2, h));
  }
  for (let i = 0; i < n; i++) {
    const s = t.sentences[i]!;
    if (isAction(t, s.firstToken, s.endToken)) cueScore.action[i]! += 1;
    if (quantities.some((q) => q.withUnit && q.start >= s.start && q.end <= s.end)) cueScore.result[i]! += 1;
  }

  const headings = t.sentences.map((s) => {
    const h = headingOf(t, s);
    return h ? STAR_PARTS.find((p) => headingMatches(h, HEADINGS[p])) : undefined;
  });
  const headed = new Set(headings.filter((h) => h !== undefined)).size >= 2;
  const labels = headed ? labelsFromHeadings(headings) : labelsByFit(n, cueScore);

  const parts = {} as Record<StarPart, StarSegment>;
  for (const part of STAR_PARTS) {
    const idx = labels.flatMap((l, i) => (l === part ? [i] : []));
    const firstSentence = idx[0] ?? -1;
    const endSentence = idx.length ? idx[idx.length - 1]! + 1 : -1;
    const underHeading = headed && headings.includes(part) && idx.some((i) => headings[i] !== part || headingOf(t, t.sentences[i]!)?.inline);
    const cued = idx.filter((i) => cueScore[part][i]! > 0);
    const evidenceSentence = underHeading ? idx.find((i) => headings[i] !== part || headingOf(t, t.sentences[i]!)?.inline) : cued.sort((a, b) => cueScore[part][b]! - cueScore[part][a]! || a - b)[0];
    parts[part] = { part, firstSentence, endSentence, present: underHeading || cued.length > 0, headed: underHeading, ...(evidenceSentence === undefined ? {} : { evidenceSentence }) };
  }

  const action = parts.action;
  const actionTokens = action.present ? t.tokens.slice(t.sentences[action.firstSentence]!.firstToken, t.sentences[action.endSentence - 1]!.endToken) : t.tokens;
  const ownership = { i: 0, we: 0 };
  for (const token of actionTokens) {
    if (I_WORDS.has(token.lower)) ownership.i++;
    else if (WE_WORDS.has(token.lower)) ownership.we++;
  }
  const actionShare = action.present && t.tokens.length > 0 ? actionTokens.length / t.tokens.length : 0;
  return { parts, headed, actionShare, ownership };
}

/** Each sentence takes the part of the heading above it; text before the first heading is Situation. */
function labelsFromHeadings(headings: (StarPart | undefined)[]): StarPart[] {
  let current: StarPart = "situation";
  return headings.map((h) => (current = h ?? current));
}

/** The in-order labelling with the best total of cue and position scores. */
function labelsByFit(n: number, cueScore: Record<StarPart, number[]>): StarPart[] {
  const k = STAR_PARTS.length;
  const fitScore = (i: number, p: number) => {
    const part = STAR_PARTS[p]!;
    const position = n === 1 ? 0.5 : i / (n - 1);
    return 1.5 * cueScore[part][i]! - 2 * Math.abs(position - POSITION[part]);
  };
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    best.push([]);
    from.push([]);
    for (let p = 0; p < k; p++) {
      let prev = i === 0 ? 0 : Number.NEGATIVE_INFINITY;
      let arg = p;
      if (i > 0) {
        for (let q = 0; q <= p; q++) {
          if (best[i - 1]![q]! > prev) {
            prev = best[i - 1]![q]!;
            arg = q;
          }
        }
      }
      best[i]!.push(prev + fitScore(i, p));
      from[i]!.push(arg);
    }
  }
  const labels: StarPart[] = new Array(n);
  let p = best[n - 1] ? best[n - 1]!.indexOf(Math.max(...best[n - 1]!)) : 0;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = STAR_PARTS[p]!;
    p = from[i]![p]!;
  }
  return labels;
}
