import { STOPWORDS } from "./lexicon.ts";
import type { Rubric } from "./rubric.ts";
import { analyzeText, type Text } from "./text.ts";

/** A question's words: its prompt, model answers and named concepts, as IDF-weighted stems. */
type Vector = Map<string, number>;

interface TopicIndex {
  idf: Map<string, number>;
  /** Rubric id -> its normalised vector. */
  docs: Map<string, Vector>;
  /** Rubric id -> the questions close enough to it to be answered by the same answer, filled as asked. */
  siblings: Map<string, ReadonlySet<string>>;
}

/**
 * Two questions this close share most of their topic ("a production incident you led" and "a
 * production mistake"): an answer to one is not off the topic of the other.
 */
const SIBLING_SIMILARITY = 0.4;

const conceptNames = (c: unknown): string[] => (typeof c === "string" ? [c] : c && typeof c === "object" && "name" in c ? [String((c as { name: unknown }).name), ...(((c as { synonyms?: unknown[] }).synonyms ?? []) as string[])] : []);

/** Everything a rubric says about its topic, as one text. */
function rubricText(r: Rubric): string {
  const parts: string[] = [r.title, r.prompt];
  for (const c of r.criteria) {
    parts.push(c.title, c.modelAnswer ?? "");
    for (const concept of c.concepts ?? []) parts.push(conceptNames(concept).join(". "));
    for (const component of c.components ?? []) parts.push(conceptNames(component).join(". "));
  }
  return parts.join(".\n");
}

/** Content stems with their counts: function words, numbers and two-letter words say nothing of the topic. */
function stemCounts(t: Text): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tok of t.tokens) {
    if (STOPWORDS.has(tok.lower) || tok.stem.length < 3 || /^\d/.test(tok.stem)) continue;
    counts.set(tok.stem, (counts.get(tok.stem) ?? 0) + 1);
  }
  return counts;
}

function vectorOf(counts: Map<string, number>, idf: Map<string, number>, unseen: number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [s, n] of counts) {
    const w = (1 + Math.log(n)) * (idf.get(s) ?? unseen);
    v.set(s, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [s, w] of v) v.set(s, w / norm);
  return v;
}

const indexes = new WeakMap<readonly Rubric[], TopicIndex>();

/** Document frequencies over the whole bank, computed once per bank and kept. */
function indexOf(bank: readonly Rubric[]): TopicIndex {
  let index = indexes.get(bank);
  if (index) return index;
  const counts = bank.map((r) => [r.id, stemCounts(analyzeText(rubricText(r)))] as const);
  const df = new Map<string, number>();
  for (const [, c] of counts) for (const s of c.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = new Map([...df].map(([s, n]) => [s, Math.log((bank.length + 1) / (n + 0.5))]));
  // A word no question uses says nothing about which question is answered.
  index = { idf, docs: new Map(counts.map(([id, c]) => [id, vectorOf(c, idf, 0)])), siblings: new Map() };
  indexes.set(bank, index);
  return index;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [s, w] of small) dot += w * (large.get(s) ?? 0);
  return dot;
}

function siblingsOf(index: TopicIndex, id: string, doc: Vector, bank: readonly Rubric[]): ReadonlySet<string> {
  let siblings = index.siblings.get(id);
  if (!siblings) {
    siblings = new Set(bank.filter((r) => r.id === id || cosine(doc, index.docs.get(r.id)!) >= SIBLING_SIMILARITY).map((r) => r.id));
    index.siblings.set(id, siblings);
  }
  return siblings;
}

/** Whether two questions of the bank are near-duplicates, so that an answer to one fits the other. */
export function areSiblingQuestions(bank: readonly Rubric[], a: string, b: string): boolean {
  const index = indexOf(bank);
  const doc = index.docs.get(a);
  return doc !== undefined && siblingsOf(index, a, doc, bank).has(b);
}

export interface TopicMatch {
  /** Similarity (0..1) of the answer to its own question. */
  own: number;
  /** The bank question it is closest to, when that is another one and not a near-duplicate of this one. */
  closest?: { rubricId: string; title: string; similarity: number };
}

/** How close an answer is to its own question and to the nearest other question of the bank. */
export function matchTopic(t: Text, rubric: Rubric, bank: readonly Rubric[]): TopicMatch {
  const index = indexOf(bank);
  const v = vectorOf(stemCounts(t), index.idf, 0);
  const ownDoc = index.docs.get(rubric.id) ?? vectorOf(stemCounts(analyzeText(rubricText(rubric))), index.idf, 0);
  const own = cosine(v, ownDoc);
  const siblings = siblingsOf(index, rubric.id, ownDoc, bank);
  let closest: TopicMatch["closest"];
  for (const r of bank) {
    if (siblings.has(r.id)) continue;
    const similarity = cosine(v, index.docs.get(r.id)!);
    if (!closest || similarity > closest.similarity) closest = { rubricId: r.id, title: r.title, similarity };
  }
  return { own, ...(closest && closest.similarity > own ? { closest } : {}) };
}

/**
 * An answer to another question: at least twice as close to another question of the bank as
 * to its own, and by a clear margin, so that near-synonymous questions and short answers with
 * little vocabulary either way are not taken for one.
 */
const OFF_TOPIC_RATIO = 2;
const OFF_TOPIC_MARGIN = 0.06;

export function isOffTopic(m: TopicMatch): boolean {
  return m.closest !== undefined && m.closest.similarity >= OFF_TOPIC_RATIO * m.own && m.closest.similarity - m.own >= OFF_TOPIC_MARGIN;
}

