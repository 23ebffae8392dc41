import type { Reliability, UnreliableReason } from "./result.ts";
import { sentenceSupport } from "./reasoning.ts";
import type { RubricKind } from "./rubric.ts";
import type { Text } from "./text.ts";
import { isOffTopic, type TopicMatch } from "./topic.ts";

/** Fewer words than this and word matching says little: a concept check is a few sentences, the rest a few paragraphs. */
export const MIN_WORDS: Record<RubricKind, number> = { concept: 20, behavioral: 50, leadership: 50, design: 50 };
/** A sentence of at least this many words, with function words in it, is prose rather than a keyword. */
const PROSE_SENTENCE_WORDS = 6;
const PROSE_FUNCTION_WORDS = 2;
/** Below this share of words in prose sentences, the answer is mostly a list. */
const MIN_PROSE_SHARE = 0.5;
/** Fewer words than this are a short answer, not a list: "We decouple them." is a sentence. */
const MIN_LIST_WORDS = 12;
/** English prose runs at 35–50% function words; dense technical English rarely falls under 20%. */
const MIN_ENGLISH_SHARE = 0.12;
/** Letters outside A–Z beyond this share: another script (Chinese, Cyrillic...), not accents. */
const MAX_OTHER_LETTERS = 0.2;

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/** The most common English function words: cheap and enough to tell English prose from the rest. */
const ENGLISH = words(`
  the a an and or but of to in on at for with from by as is are was were be been being it its this that these
  those i we you he she they my our your their me us them not no so if then than when which who what how why
  because while would will can could should do did does done have has had there here about into over after
  before also just only some any all more most very
`);

/**
 * Function words of the languages a candidate most often answers in instead (Spanish, German,
 * French, Portuguese, and Hindi written in Latin letters), none of them English words.
 */
const FOREIGN = words(`
  el la los las del que y en un una por para con es lo se su sus como pero más muy también cuando porque
  der die das und ist nicht ein eine mit zu den dem wir ich auf für sich auch wenn oder wie aber noch
  le les et est une pour dans avec nous je sur pas qui ce sont
  os não uma com são mais foi
  hai ki ka ke mein aur ko tha thi nahi humne maine yeh woh kya bhi
`);

const REASONS: Record<UnreliableReason, string> = {
  "too-short": "it is too short to show what you know",
  list: "it is mostly a list of keywords, not sentences",
  "not-english": "it does not look like English, and the scorer only reads English",
  "off-topic": "it reads as an answer to another question",
};

function letterShares(text: string): { other: number } {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return { other: 0 };
  const ascii = letters.filter((l) => /[a-z]/i.test(l)).length;
  // Accented Latin letters (é, ü, ñ) are Spanish or German, told apart by their words, not here.
  const latin = letters.filter((l) => /\p{Script=Latin}/u.test(l)).length;
  return { other: (letters.length - Math.max(ascii, latin)) / letters.length };
}

/**
 * The share of words in sentences long enough, and with enough function words, to be prose; a
 * sentence that is a list of terms between commas ("A, B and C, D, E") is not, however long.
 */
function proseShare(t: Text): number {
  if (t.tokens.length === 0) return 0;
  let prose = 0;
  const support = sentenceSupport(t);
  for (const [i, s] of t.sentences.entries()) {
    const tokens = t.tokens.slice(s.firstToken, s.endToken);
    const functional = tokens.filter((tok) => ENGLISH.has(tok.lower) || FOREIGN.has(tok.lower)).length;
    const listed = support[i] === "listed" && functional >= PROSE_FUNCTION_WORDS && !tokens.some((tok) => FOREIGN.has(tok.lower));
    if (tokens.length >= PROSE_SENTENCE_WORDS && functional >= PROSE_FUNCTION_WORDS && !listed) prose += tokens.length;
  }
  return prose / t.tokens.length;
}

/**
 * Whether a word-matching scorer can fairly assess the answer: not when it is too short, mostly
 * a keyword list, or not English. Cheap by design: word counts and shares of function words.
 */
export function assessReliability(t: Text, kind: RubricKind, topic?: TopicMatch): Reliability {
  const reasons: UnreliableReason[] = [];
  const n = t.tokens.length;
  const english = n === 0 ? 0 : t.tokens.filter((tok) => ENGLISH.has(tok.lower)).length / n;
  const foreign = n === 0 ? 0 : t.tokens.filter((tok) => FOREIGN.has(tok.lower)).length / n;
  const list = n >= MIN_LIST_WORDS && proseShare(t) < MIN_PROSE_SHARE;
  // A keyword list has few function words in any language: only prose is judged for its language.
  const notEnglish = letterShares(t.text).other > MAX_OTHER_LETTERS || (!list && (foreign > english || english < MIN_ENGLISH_SHARE));
  if (notEnglish) reasons.push("not-english");
  if (list && !notEnglish) reasons.push("list");
  if (n < MIN_WORDS[kind]) reasons.push("too-short");
  // A list or a foreign text is not read for its topic: its words say too little either way.
  const offTopic = topic && !notEnglish && !list && isOffTopic(topic) ? topic.closest : undefined;
  if (offTopic) reasons.push("off-topic");
  if (reasons.length === 0) return { reliable: true, reasons: [], message: "" };
  const reasonText = (code: UnreliableReason) => (code === "off-topic" && offTopic ? `it reads as an answer to another question ("${offTopic.title}")` : REASONS[code]);
  const why = reasons.map(reasonText);
  return {
    reliable: false,
    reasons: reasons.map((code) => ({ code, message: reasonText(code) })),
    message: `This answer cannot be scored reliably: ${why.join("; ")}. The score is what word matching found, not a verdict.`,
  };
}
