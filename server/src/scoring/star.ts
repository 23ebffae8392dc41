import { type FirstPersonAction, findActions } from "./actions.ts";
import { type BlameHit, findBlame } from "./blame.ts";
import { type Heading, headingMatches, headingOf } from "./headings.ts";
import { type CompiledConcept, compileConcept, compileTerm, findConcept } from "./match.ts";
import type { Quantity } from "./quantities.ts";
import { STAR_PARTS, type StarPart } from "./rubric.ts";
import type { Text } from "./text.ts";

/** Headings that name each part ("Context", "What I did", "Outcome"...): a hint where a part is, never the part itself. */
const HEADINGS: Record<StarPart, string[][]> = {
  situation: ["situation", "context", "background", "s"].map((h) => compileTerm(h).stems),
  task: ["task", "goal", "objective", "challenge", "problem", "my role", "t"].map((h) => compileTerm(h).stems),
  action: ["action", "actions", "what I did", "approach", "a"].map((h) => compileTerm(h).stems),
  result: ["result", "results", "outcome", "impact", "learnings", "lessons learned", "r"].map((h) => compileTerm(h).stems),
};

const concepts = (phrases: string) => phrases.split("|").map((c) => compileConcept(c.trim()));

/** Phrases that say a sentence sets the scene, or states the goal. Actions are found by `findActions`. */
const CUES: Record<"situation" | "task", CompiledConcept[]> = {
  situation: concepts(
    `at my previous | at my last | at my current | previous job | when I was | I was working | I was a | I was an | I was the | I was on |
     I worked on | I worked at | I worked with | I worked closely | we were | our team | the team was | the company | our company |
     last year | last spring | last summer | last autumn | last fall | last winter | last quarter | years ago | months ago | back in |
     at the time | there was | we had | context | background`,
  ),
  task: concepts(
    `my job | my role | my task | my responsibility | I was responsible | I was asked | I was tasked | I needed to | I had to |
     we needed to | we had to | my goal | the goal | our goal | the aim | I wanted to | I needed | we needed | the challenge | objective | deadline |
     it was on me | it fell to me`,
  ),
};
/** What came of the actions: a Result is made of these (and of numbers). */
const OUTCOME_CUES = concepts(
  `as a result | the result | in the end | ultimately | outcome | ended up | since then | afterwards | reduced | increased | improved |
   cut | dropped | fell | rose | saved | shipped | launched | delivered | impact | went from | promoted | after a few | by the end |
   at the end | after that | from then on | months later | weeks later | on time | got better | never happened again | caught |
   stayed at | now | helped`,
);
/** What was learned: part of a Result, but not a result on its own. */
const LESSON_CUES = concepts(`learned | lesson | next time | going forward | in hindsight | takeaway`);

/** Where centre of each part usually falls in a story, from 0 (start) to 1 (end). */
const POSITION: Record<StarPart, number> = { situation: 0.08, task: 0.25, action: 0.55, result: 0.92 };
/** What a STAR heading above a sentence adds to the fit of its part: less than one cue, so what is said decides. */
const HEADING_HINT = 1;

export interface StarSegment {
  part: StarPart;
  /** Sentence indexes `[first, end)`. */
  firstSentence: number;
  endSentence: number;
  /** Carrying at least one cue for its part in what it says: neither a heading nor position alone counts. */
  present: boolean;
  /** Under a heading naming the part. */
  headed: boolean;
  /** The sentence that best shows the part. */
  evidenceSentence?: number;
}

export interface StarAnalysis {
  parts: Record<StarPart, StarSegment>;
  /** Two or more STAR parts have headings of their own. */
  headed: boolean;
  /** Share of the answer's words in the Action part, 0..1. */
  actionShare: number;
  /** Actions taken, told with "I" and with "we" (not counting ones in sentences that blame). */
  ownership: { i: number; we: number };
  /** Every first-person action the story tells, negated and hedged ones left out. */
  actions: FirstPersonAction[];
  /** The Result says what came of it (an outcome cue or a number), not only what was learned. */
  resultHasOutcome: boolean;
  /** Where the story blames others, defends itself or waves away the review. */
  blame: BlameHit[];
}

/** How many cues of `list` each sentence has, negated or not: "my goal was not to win" still states a goal. */
function cueCounts(t: Text, list: readonly CompiledConcept[], label: ReadonlySet<number>): number[] {
  const hits = new Array<number>(t.sentences.length).fill(0);
  for (const cue of list) {
    const { mentions, negated } = findConcept(t, cue);
    for (const m of [...mentions, ...negated]) if (!label.has(m.first)) hits[t.tokens[m.first]!.sentence]! += 1;
  }
  return hits;
}

/** Tokens of headings: "Result and what changed:" names a part, it does not tell one. */
function headingLabelTokens(t: Text, headings: readonly (Heading | undefined)[]): Set<number> {
  const label = new Set<number>();
  for (const [i, h] of headings.entries()) {
    if (!h) continue;
    const s = t.sentences[i]!;
    const cut = h.inline ? s.start + t.text.slice(s.start, s.end).search(/:|\s[-–—]\s/) : s.end;
    for (let k = s.firstToken; k < s.endToken && t.tokens[k]!.start < cut; k++) label.add(k);
  }
  return label;
}

/**
 * Splits a story into Situation, Task, Action and Result by what each sentence says: cues for
 * the scene and the goal, first-person actions, outcomes and numbers. Headings naming a part
 * and the usual order are hints; the parts stay in order (a small dynamic programme).
 */
export function analyzeStar(t: Text, quantities: readonly Quantity[]): StarAnalysis {
  const n = t.sentences.length;
  const headingOfSentence = t.sentences.map((s) => headingOf(t, s));
  const label = headingLabelTokens(t, headingOfSentence);
  const actions = findActions(t).filter((a) => !label.has(a.verb));
  const blame = findBlame(t);
  const outcomes = cueCounts(t, OUTCOME_CUES, label);
  const lessons = cueCounts(t, LESSON_CUES, label);
  const actionCount = new Array<number>(n).fill(0);
  for (const a of actions) actionCount[a.sentence]! += 1;
  for (let i = 0; i < n; i++) {
    const s = t.sentences[i]!;
    if (quantities.some((q) => q.withUnit && q.start >= s.start && q.end <= s.end)) outcomes[i]! += 1;
  }
  const cap = (h: number[]) => h.map((x) => Math.min(2, x));
  const cueScore: Record<StarPart, number[]> = {
    situation: cap(cueCounts(t, CUES.situation, label)),
    task: cap(cueCounts(t, CUES.task, label)),
    action: cap(actionCount),
    result: cap(outcomes.map((o, i) => o + lessons[i]!)),
  };

  // A heading hints at the part of the sentences below it, until the next heading of any kind.
  const named = headingOfSentence.map((h) => (h ? STAR_PARTS.find((p) => headingMatches(h, HEADINGS[p])) : undefined));
  const hint: (StarPart | undefined)[] = [];
  let current: StarPart | undefined;
  for (let i = 0; i < n; i++) {
    if (headingOfSentence[i]) current = named[i];
    hint.push(current);
    // "Goal: ship it in six weeks" says what the part is in the same breath.
    if (named[i] && headingOfSentence[i]!.inline) cueScore[named[i]!][i]! += 1;
  }
  const labels = labelsByFit(n, cueScore, hint);

  const parts = {} as Record<StarPart, StarSegment>;
  for (const part of STAR_PARTS) {
    const idx = labels.flatMap((l, i) => (l === part ? [i] : []));
    const cued = idx.filter((i) => cueScore[part][i]! > 0);
    const evidenceSentence = [...cued].sort((a, b) => cueScore[part][b]! - cueScore[part][a]! || a - b)[0];
    parts[part] = {
      part,
      firstSentence: idx[0] ?? -1,
      endSentence: idx.length ? idx[idx.length - 1]! + 1 : -1,
      present: cued.length > 0,
      headed: idx.some((i) => hint[i] === part),
      ...(evidenceSentence === undefined ? {} : { evidenceSentence }),
    };
  }

  const action = parts.action;
  const actionTokens = action.present ? t.tokens.slice(t.sentences[action.firstSentence]!.firstToken, t.sentences[action.endSentence - 1]!.endToken) : [];
  const blaming = new Set(blame.map((b) => b.sentence));
  const owned = actions.filter((a) => !blaming.has(a.sentence));
  const ownership = { i: owned.filter((a) => a.subject === "i").length, we: owned.filter((a) => a.subject === "we").length };
  const inResult = labels.flatMap((l, i) => (l === "result" ? [i] : []));
  return {
    parts,
    headed: new Set(named.filter((h) => h !== undefined)).size >= 2,
    actionShare: t.tokens.length > 0 ? actionTokens.length / t.tokens.length : 0,
    ownership,
    actions,
    resultHasOutcome: inResult.some((i) => outcomes[i]! > 0),
    blame,
  };
}

/** The in-order labelling with the best total of cue, heading and position scores. */
function labelsByFit(n: number, cueScore: Record<StarPart, number[]>, hint: readonly (StarPart | undefined)[]): StarPart[] {
  const k = STAR_PARTS.length;
  const fitScore = (i: number, p: number) => {
    const part = STAR_PARTS[p]!;
    const position = n === 1 ? 0.5 : i / (n - 1);
    return 1.5 * cueScore[part][i]! - 2 * Math.abs(position - POSITION[part]) + (hint[i] === part ? HEADING_HINT : 0);
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
