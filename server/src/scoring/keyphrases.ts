import { COMMON_WORDS, NEGATION_CUES, STOPWORDS, VERBS } from "./lexicon.ts";
import { analyzeText, isNegated, type Text } from "./text.ts";

/** A key idea of a model answer: a phrase of content words, weighted by how much it says. */
export interface KeyIdea {
  /** As written in the model answer, lower case: "idempotency key". */
  phrase: string;
  stems: string[];
  /** The stem of its weightiest word: half an idea counts only with this word in it. */
  anchor: string;
  weight: number;
}

const COMMON_WEIGHT = 0.3;
const MAX_PHRASE_WORDS = 3;

/** A word that can be part of a key idea: not a function word, an everyday verb, an adverb in -ly or a number. */
function isContent(lower: string): boolean {
  return lower.length > 1 && !STOPWORDS.has(lower) && !NEGATION_CUES.has(lower) && !VERBS.has(lower) && !/ly$/.test(lower) && !/^\d/.test(lower);
}

/**
 * The key ideas of a model answer, simply: runs of content words between stopwords, everyday
 * verbs and punctuation (at most three words, longer runs give their pairs; a single word only
 * when the model answer repeats it) are the candidates; a word
 * weighs 1, or 0.3 when it is an everyday word, times 1 + ln(how often the model answer uses
 * it); a phrase weighs the sum of its words. The heaviest phrases are kept, skipping any whose
 * words a kept phrase already covers: between 4 and 12, about one per five content words.
 */
export function extractKeyIdeas(modelAnswer: string): KeyIdea[] {
  const t = analyzeText(modelAnswer);
  const runs: { lower: string; stem: string }[][] = [];
  let run: { lower: string; stem: string }[] = [];
  for (const token of t.tokens) {
    if (token.clauseStart || !isContent(token.lower)) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (isContent(token.lower)) run.push({ lower: token.lower, stem: token.stem });
  }
  if (run.length) runs.push(run);

  const tf = new Map<string, number>();
  for (const word of runs.flat()) tf.set(word.stem, (tf.get(word.stem) ?? 0) + 1);
  const wordWeight = (w: { lower: string; stem: string }) => (COMMON_WORDS.has(w.lower) ? COMMON_WEIGHT : 1) * (1 + Math.log(tf.get(w.stem) ?? 1));

  const candidates = new Map<string, KeyIdea>();
  for (const r of runs) {
    const phrases = r.length <= MAX_PHRASE_WORDS ? [r] : r.slice(0, -1).map((w, i) => [w, r[i + 1]!]);
    // A single word is an idea of its own only when the model answer says it more than once.
    const singles = r.length > 1 ? r.filter((w) => (tf.get(w.stem) ?? 0) > 1).map((w) => [w]) : [];
    for (const words of [...phrases, ...singles]) {
      if (words.every((w) => COMMON_WORDS.has(w.lower))) continue;
      if (words.length === 1 && (tf.get(words[0]!.stem) ?? 0) < 2) continue;
      const key = words.map((w) => w.stem).join(" ");
      if (candidates.has(key)) continue;
      const anchor = words.reduce((a, b) => (wordWeight(b) > wordWeight(a) ? b : a)).stem;
      candidates.set(key, { phrase: words.map((w) => w.lower).join(" "), stems: words.map((w) => w.stem), anchor, weight: words.reduce((s, w) => s + wordWeight(w), 0) });
    }
  }
  const contentWords = runs.flat().length;
  const limit = Math.min(12, Math.max(4, Math.round(contentWords / 5)));
  const kept: KeyIdea[] = [];
  const covered = new Set<string>();
  for (const idea of [...candidates.values()].sort((a, b) => b.weight - a.weight || a.phrase.localeCompare(b.phrase))) {
    if (kept.length >= limit) break;
    if (idea.stems.every((s) => covered.has(s))) continue;
    kept.push({ ...idea, weight: Math.round(idea.weight * 100) / 100 });
    for (const s of idea.stems) covered.add(s);
  }
  return kept;
}

export interface KeyIdeaMatch {
  /** 1 when all its words are in one sentence of the answer; 0.5 for two or more, half of them at least, the weightiest among them; else 0. */
  credit: number;
  /** Token span to quote, in the sentence that has them. */
  first?: number;
  last?: number;
}

/** Looks for a key idea in the answer: its words together in one sentence, in any order, not negated. */
export function findKeyIdea(t: Text, idea: KeyIdea): KeyIdeaMatch {
  const bySentence = new Map<number, Map<string, number>>();
  for (const s of new Set(idea.stems)) {
    for (const i of t.byStem.get(s) ?? []) {
      if (isNegated(t, i, i)) continue;
      const sentence = t.tokens[i]!.sentence;
      const found = bySentence.get(sentence) ?? new Map<string, number>();
      if (!found.has(s)) found.set(s, i);
      bySentence.set(sentence, found);
    }
  }
  const needed = new Set(idea.stems).size;
  let best: KeyIdeaMatch = { credit: 0 };
  for (const found of bySentence.values()) {
    const credit = found.size === needed ? 1 : found.size >= 2 && found.size * 2 >= needed && found.has(idea.anchor) ? 0.5 : 0;
    if (credit > best.credit) {
      const at = [...found.values()];
      best = { credit, first: Math.min(...at), last: Math.max(...at) };
      if (credit === 1) break;
    }
  }
  return best;
}
