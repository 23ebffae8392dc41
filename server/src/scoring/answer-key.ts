import { COMMON_WORDS, STOPWORDS } from "./lexicon.ts";
import { type CompiledTerm, compileTerm, findTerm } from "./match.ts";
import type { Criterion, Rubric } from "./rubric.ts";
import { analyzeText, type Text } from "./text.ts";

/** How many words a description may have to name a gap: longer ones read as instructions, not a topic. */
const MAX_TOPIC_WORDS = 12;

const named = (c: string | { name: string; synonyms?: string[]; abbreviations?: string[] }): string[] =>
  typeof c === "string" ? [c] : [c.name, ...(c.synonyms ?? []), ...(c.abbreviations ?? [])];

/** A term worth hiding: two content words or more, or one word no everyday answer would use. */
function distinctive(term: CompiledTerm): boolean {
  const content = analyzeText(term.text).tokens.filter((t) => !STOPWORDS.has(t.lower));
  if (content.length >= 2) return true;
  const only = content[0];
  return only !== undefined && only.lower.length > 2 && !COMMON_WORDS.has(only.lower);
}

/** The phrases a criterion awards points for: its concepts, components, connection ends and model answer. */
export function answerKeyPhrases(c: Criterion): string[] {
  return [
    ...(c.concepts ?? []).flatMap(named),
    ...(c.components ?? []).flatMap(named),
    ...(c.connections ?? []).flatMap((x) => [x.from, x.to]),
    ...(c.modelAnswer ? [c.modelAnswer] : []),
  ];
}

/** Every two adjacent content words of a sentence: the phrasing of a model answer, beyond its key ideas. */
function contentPairs(text: string): string[] {
  const tokens = analyzeText(text).tokens;
  return tokens.flatMap((a, i) => {
    const b = tokens[i + 1];
    return b && a.sentence === b.sentence && !STOPWORDS.has(a.lower) && !STOPWORDS.has(b.lower) ? [`${a.lower} ${b.lower}`] : [];
  });
}

/** The distinctive terms of a criterion's answer key (model answers as their key ideas, passed in, and their word pairs). */
export function answerKeyTerms(c: Criterion, keyIdeas: readonly string[]): CompiledTerm[] {
  const phrases = [...answerKeyPhrases(c).filter((p) => p !== c.modelAnswer), ...keyIdeas, ...(c.modelAnswer ? contentPairs(c.modelAnswer) : [])];
  return phrases.map(compileTerm).filter((t) => t.stems.length > 0 && distinctive(t));
}

/** The text a candidate sees before answering: the question and the criteria's titles. */
export function openRubricText(rubric: Rubric): Text {
  return analyzeText([rubric.prompt, rubric.title, ...rubric.criteria.map((x) => x.title)].join("\n"));
}

/** Whether `text` names a term of the key that neither the question nor the answer (when given) says. */
export function namesUnsaid(text: string, keyTerms: readonly CompiledTerm[], open: Text, answer?: Text): boolean {
  const t = analyzeText(text);
  return keyTerms.some((term) => findTerm(t, term).length > 0 && findTerm(open, term).length === 0 && (!answer || findTerm(answer, term).length === 0));
}

/**
 * How a gap in this criterion is named before the answer key is revealed: its description when
 * short and free of the key's terms (those the question and the titles already say aside), else its title.
 */
export function criterionTopic(c: Criterion, keyTerms: readonly CompiledTerm[], open: Text): string {
  // "Outcome" reads "outcome" mid-sentence; "DynamoDB table design" keeps its capitals.
  const lower = (s: string) => (/^[A-Z][a-z]*\b/.test(s) && !/^[A-Z][a-z]*[A-Z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
  const description = c.description?.replace(/\.$/, "");
  if (!description) return lower(c.title);
  if (analyzeText(description).tokens.length > MAX_TOPIC_WORDS || namesUnsaid(description, keyTerms, open)) return lower(c.title);
  return lower(description);
}
