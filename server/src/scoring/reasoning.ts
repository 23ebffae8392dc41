import { STOPWORDS } from "./lexicon.ts";
import type { Text } from "./text.ts";

/**
 * How much a term named in a sentence is worth, by what the sentence does with it: explained (a
 * claim with a reason, consequence or mechanism) counts fully; stated as a plain claim, most of
 * it; listed among other terms, as a fragment or a heading, little. Vocabulary alone is cheap.
 */
export const SUPPORT_CREDIT = { explained: 1, claim: 0.75, listed: 0.25 } as const;
export type Support = keyof typeof SUPPORT_CREDIT;

/** Words that give a reason, a consequence or a mechanism: "because", "so that", "which means", "by". */
const EXPLANATION_CUES = new Set(
  `because so since which means meaning otherwise avoid avoids prevent prevents prevented by if when unless until therefore thus
  ensure ensures guarantee guarantees lets allows allow causes cause caused leads lead whereas then after before while instead`
    .split(/\s+/)
    .filter(Boolean),
);
/** A sentence shorter than this, or with fewer function words, is a fragment: a heading or a list item. */
const MIN_CLAIM_WORDS = 6;
const MIN_FUNCTION_WORDS = 2;
/** Three separators or more, with fewer than this many words between them on average: a list in a sentence. */
const MIN_LIST_SEPARATORS = 3;
const MAX_WORDS_PER_ITEM = 4;

function supportOf(t: Text, first: number, end: number): Support {
  const tokens = t.tokens.slice(first, end);
  const functional = tokens.filter((tok) => STOPWORDS.has(tok.lower)).length;
  if (tokens.length < MIN_CLAIM_WORDS || functional < MIN_FUNCTION_WORDS) return "listed";
  let separators = 0;
  for (let i = first; i + 1 < end; i++) if (/[,;/]/.test(t.text.slice(t.tokens[i]!.end, t.tokens[i + 1]!.start))) separators++;
  if (separators >= MIN_LIST_SEPARATORS && tokens.length / (separators + 1) < MAX_WORDS_PER_ITEM) return "listed";
  return tokens.some((tok) => EXPLANATION_CUES.has(tok.lower)) ? "explained" : "claim";
}

const cache = new WeakMap<Text, Support[]>();

/** What each sentence of the answer does with the terms in it, computed once per answer. */
export function sentenceSupport(t: Text): readonly Support[] {
  let out = cache.get(t);
  if (!out) {
    out = t.sentences.map((s) => supportOf(t, s.firstToken, s.endToken));
    cache.set(t, out);
  }
  return out;
}

/** The credit of a term whose first token is `token`. */
export function supportCredit(t: Text, token: number): number {
  return SUPPORT_CREDIT[sentenceSupport(t)[t.tokens[token]!.sentence] ?? "listed"];
}

/** Relation words: a sentence naming two things states how they connect only with one of these, or an arrow. */
const RELATIONS = new Set(
  `call invok trigger write read publish send push pull consum forward rout stream enqueu put emit feed subscrib poll queri queue store load
  deliv notifi post fetch produc process hand pass fan pick land upload drop start kick return respond update insert`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether the words from token `a` to token `b` (exclusive ends aside) state a relation: "A writes to B", "A -> B". */
export function statesRelation(t: Text, a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  const [x, y] = a.first < b.first ? [a, b] : [b, a];
  if (sentenceSupport(t)[t.tokens[x.first]!.sentence] === "listed") return false;
  const between = t.text.slice(t.tokens[x.last]!.end, t.tokens[y.first]!.start);
  if (/→|->|=>|⇒/.test(between)) return true;
  for (let i = x.last + 1; i < y.first; i++) if ([...RELATIONS].some((r) => t.tokens[i]!.stem.startsWith(r))) return true;
  return false;
}
