import { analyzeText, isNegated, quoteAround, type Text } from "./text.ts";

/** A phrase to look for, as the stems of its words ("dead-letter queues" -> dead, letter, queue). */
export interface CompiledTerm {
  text: string;
  stems: string[];
}

/** A named idea and every way of saying it: its name, synonyms and abbreviations. */
export interface CompiledConcept {
  name: string;
  terms: CompiledTerm[];
}

export interface Occurrence {
  /** Token indexes of the first and last word matched. */
  first: number;
  last: number;
  start: number;
  end: number;
  negated: boolean;
}

/** The articles a phrase may gain or lose in the answer: "a dead-letter queue" is "dead-letter queue". */
const SKIPPABLE = new Set(["a", "an", "the"]);

export function compileTerm(text: string): CompiledTerm {
  const stems = analyzeText(text)
    .tokens.filter((t) => !SKIPPABLE.has(t.lower))
    .map((t) => t.stem);
  return { text, stems };
}

export function compileConcept(name: string, synonyms: readonly string[] = []): CompiledConcept {
  const seen = new Set<string>();
  const terms: CompiledTerm[] = [];
  for (const text of [name, ...synonyms]) {
    const term = compileTerm(text);
    const key = term.stems.join(" ");
    if (term.stems.length === 0 || seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return { name, terms };
}

/** Every place a term occurs, word forms and case aside, within one sentence; each marked negated or not. */
export function findTerm(t: Text, term: CompiledTerm): Occurrence[] {
  const [head, ...rest] = term.stems;
  if (head === undefined) return [];
  const found: Occurrence[] = [];
  for (const first of t.byStem.get(head) ?? []) {
    let at = first;
    let ok = true;
    for (const s of rest) {
      let next = at + 1;
      while (next < t.tokens.length && SKIPPABLE.has(t.tokens[next]!.lower) && t.tokens[next]!.sentence === t.tokens[first]!.sentence) next++;
      const token = t.tokens[next];
      if (!token || token.stem !== s || token.sentence !== t.tokens[first]!.sentence) {
        ok = false;
        break;
      }
      at = next;
    }
    if (!ok) continue;
    found.push({ first, last: at, start: t.tokens[first]!.start, end: t.tokens[at]!.end, negated: isNegated(t, first, at) });
  }
  return found;
}

export interface ConceptMatch {
  /** Every affirmative mention, earliest first: saying a thing ten times is still one concept. */
  mentions: Occurrence[];
  /** Mentions the answer negates ("we did not add a cache"): never evidence. */
  negated: Occurrence[];
}

/** Looks for a concept under all its names; overlapping matches of two names count once. */
export function findConcept(t: Text, concept: CompiledConcept): ConceptMatch {
  const all = concept.terms.flatMap((term) => findTerm(t, term)).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Occurrence[] = [];
  for (const o of all) if (!kept.some((k) => o.start < k.end && k.start < o.end)) kept.push(o);
  return { mentions: kept.filter((o) => !o.negated), negated: kept.filter((o) => o.negated) };
}

export interface Quote {
  quote: string;
  start: number;
  end: number;
}

/** The quote for an occurrence: its sentence, or a window of it. */
export function quoteOccurrence(t: Text, o: Occurrence): Quote {
  return quoteAround(t, o.start, o.end);
}
