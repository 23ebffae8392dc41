import { stemmer } from "stemmer";
import { CLAUSE_BREAKERS, DECIDED_AGAINST, NEGATED_COPULAS, NEGATION_CUES, NEVER_REJECTS, REJECTIONS_AFTER, STEM_OVERRIDES } from "./lexicon.ts";

/** A word or number of the answer, with its place in it. */
export interface Token {
  /** Offsets into the original text: `text.slice(start, end)` is the token. */
  start: number;
  end: number;
  /** Lower case, curly apostrophes made straight. */
  lower: string;
  /** Porter stem of `lower` ("caching", "caches" and "cached" all become "cach"), unless `STEM_OVERRIDES` keeps it apart. */
  stem: string;
  sentence: number;
  /** A clause starts here: punctuation or a line break before it, or a word like "but". */
  clauseStart: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Tokens `[firstToken, endToken)`. */
  firstToken: number;
  endToken: number;
  /** The whole line it is on is this sentence (a heading, a bullet). */
  ownLine: boolean;
}

export interface Text {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Stem -> indexes of the tokens with that stem, in order. */
  byStem: Map<string, number[]>;
}

// Numbers keep their separators and decimals ("1,200", "99.9"); words keep inner apostrophes
// ("didn't") and dots ("Node.js", "e.g").
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
const CLAUSE_PUNCTUATION = /[,;:.!?()[\]\n—–]|\s-\s/;
// A sentence ends at . ! or ? followed by space and not a lower-case letter ("e.g. this" goes on), or at a line break.
const SENTENCE_END = /[.!?]+["')\]]*(?=\s+(?![a-z]))|\n/g;
// "e.g. SQS" and "vs. Kafka" go on.
const ABBREVIATION_BEFORE = /\b(?:e\.g|i\.e|etc|vs|approx|incl|cf)$/i;

const stems = new Map<string, string>();

/** The Porter stem, cached: answers repeat their words. */
export function stem(lower: string): string {
  let s = stems.get(lower);
  if (s === undefined) {
    const word = lower.replace(/'s$/, "");
    s = /^\d/.test(lower) ? lower : (STEM_OVERRIDES.get(word) ?? stemmer(word));
    if (stems.size > 50_000) stems.clear();
    stems.set(lower, s);
  }
  return s;
}

/** Splits text into sentences and tokens, indexing tokens by stem. Offsets refer to `text` as given. */
export function analyzeText(text: string): Text {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const byStem = new Map<string, number[]>();
  let from = 0;
  const bounds: [number, number][] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m[0].startsWith(".") && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    bounds.push([from, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  bounds.push([from, text.length]);
  for (const [rawStart, rawEnd] of bounds) {
    const slice = text.slice(rawStart, rawEnd);
    const lead = slice.length - slice.trimStart().length;
    const start = rawStart + lead;
    const end = rawStart + slice.trimEnd().length;
    if (end <= start) continue;
    const firstToken = tokens.length;
    let previousEnd = start;
    TOKEN.lastIndex = 0;
    for (const m of text.slice(start, end).matchAll(TOKEN)) {
      const tStart = start + m.index;
      const lower = m[0].toLowerCase().replace(/’/g, "'");
      const between = text.slice(previousEnd, tStart);
      const index = tokens.length;
      tokens.push({
        start: tStart,
        end: tStart + m[0].length,
        lower,
        stem: stem(lower),
        sentence: sentences.length,
        clauseStart: index === firstToken || CLAUSE_PUNCTUATION.test(between) || CLAUSE_BREAKERS.has(lower),
      });
      previousEnd = tStart + m[0].length;
    }
    if (tokens.length === firstToken) continue;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const lineEndAt = text.indexOf("\n", end);
    const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
    const ownLine = text.slice(lineStart, start).trim() === "" && text.slice(end, lineEnd).trim() === "";
    sentences.push({ start, end, firstToken, endToken: tokens.length, ownLine });
  }
  for (const [i, t] of tokens.entries()) {
    const list = byStem.get(t.stem);
    if (list) list.push(i);
    else byStem.set(t.stem, [i]);
  }
  return { text, tokens, sentences, byStem };
}

const NEGATION_REACH = 4;

/**
 * Whether the words `[first, last]` are negated: a negation cue up to four words before them
 * in the same clause ("we did not add a cache", "no caching", "without a DLQ"), or a negated
 * copula right after them ("a cache was not needed").
 */
export function isNegated(t: Text, first: number, last: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - NEGATION_REACH); k--) {
    if (t.tokens[k + 1]!.clauseStart) break;
    const lower = t.tokens[k]!.lower;
    if (NEGATION_CUES.has(lower)) return true;
    if (lower === "against" && DECIDED_AGAINST.has(t.tokens[k - 1]?.lower ?? "")) return true;
  }
  const after = t.tokens.slice(last + 1, last + 5);
  for (const [i, token] of after.entries()) {
    if (token.clauseStart) break;
    const negatedCopula = (token.lower.endsWith("n't") || token.lower === "not" || token.lower === "never") && NEGATED_COPULAS.has(after[i - 1]?.lower ?? "");
    if (negatedCopula || (NEGATED_COPULAS.has(token.lower) && token.lower.endsWith("n't"))) return true;
    // A rejection needs no "not": "a queue is overkill", "column order never matters".
    if (REJECTIONS_AFTER.has(token.lower) || (token.lower === "never" && NEVER_REJECTS.has(after[i + 1]?.lower ?? ""))) return true;
  }
  return false;
}

const MAX_QUOTE = 220;

/**
 * The quote that shows a match: its sentence, or for a long sentence the clause-sized window
 * around the match, cut at word boundaries. Always a verbatim slice of the text.
 */
export function quoteAround(t: Text, start: number, end: number): { quote: string; start: number; end: number } {
  const sentence = t.sentences.find((s) => s.start <= start && end <= s.end);
  let qs = sentence?.start ?? start;
  let qe = sentence?.end ?? end;
  if (qe - qs > MAX_QUOTE) {
    const room = Math.max(0, Math.floor((MAX_QUOTE - (end - start)) / 2));
    const left = Math.max(qs, start - room);
    const right = Math.min(qe, end + room);
    qs = left === qs ? qs : wordBoundaryAfter(t.text, left, start);
    qe = right === qe ? qe : wordBoundaryBefore(t.text, right, end);
  }
  const raw = t.text.slice(qs, qe);
  const lead = raw.length - raw.trimStart().length;
  const quote = raw.trim();
  return { quote, start: qs + lead, end: qs + lead + quote.length };
}

function wordBoundaryAfter(text: string, at: number, limit: number): number {
  const space = text.slice(at, limit).search(/\s/);
  return space === -1 ? at : at + space + 1;
}

function wordBoundaryBefore(text: string, at: number, limit: number): number {
  const space = text.slice(limit, at).lastIndexOf(" ");
  return space === -1 ? at : limit + space;
}

/** Number of words: tokens that are not bare punctuation. */
export function wordCount(t: Text): number {
  return t.tokens.length;
}
