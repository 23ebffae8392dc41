import type { Delivery } from "./delivery.ts";
import type { DesignSection, RubricKind, StarPart } from "./rubric.ts";

export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

export const SIGNALS = ["concept", "structure", "quantity", "component", "connection", "key-idea", "red-flag", "competency", "llm"] as const;
export type Signal = (typeof SIGNALS)[number];

/**
 * A quote that earned (or cost) points. From the answer, `quote === answer.slice(start, end)`;
 * from the diagram it describes the component or connection and has no offsets.
 */
export interface Evidence {
  source: "answer" | "diagram";
  signal: Signal;
  /** What the quote shows: `concept "dead-letter queue"`, `Result`, `quantity "40%"`. */
  label: string;
  quote: string;
  start?: number;
  end?: number;
  /** The answer's own words that matched (a concept, key idea...): what a scorecard may name before the key is revealed. */
  said?: string;
}

export interface RedFlagHit extends Evidence {
  reason: string;
  /** The reason as a candidate may read it before the reveal: the reason itself unless it names a term of the key they never said. */
  openReason?: string;
}

export interface CriterionScore {
  id: string;
  title: string;
  weight: number;
  level: Level;
  /** The rubric's descriptor for that level, when it has them. */
  descriptor?: string;
  /** This criterion's share of the 100, as earned; `maxPoints` when all of it. */
  points: number;
  maxPoints: number;
  evidence: Evidence[];
  /** What was looked for and not found. */
  missing: string[];
  redFlags: RedFlagHit[];
  /** The one thing that would raise this criterion most; empty when nothing would. */
  suggestion: string;
  /**
   * What may be said before the model answer is revealed: gaps named at the level of the
   * criterion (its title or short description), never the rubric's terms. See `publicScorecard`.
   */
  hints?: { missing: string[]; suggestion: string };
}

export interface StarReport {
  parts: { part: StarPart; present: boolean; headed: boolean; quote?: Evidence }[];
  /** Share of the words spent on actions, 0..1. */
  actionShare: number;
  /** Actions told with "I" against those told with "we" (negated, hedged and blaming ones left out); `share` is I / (I + we), null with neither. */
  ownership: { i: number; we: number; share: number | null };
}

export interface SectionReport {
  section: DesignSection;
  present: boolean;
  headed: boolean;
  quote?: Evidence;
}

/** How much the answer is about the question; structure and numbers count `formFactor` of their worth. */
export interface Relevance {
  /** Distinct concepts, components, key ideas and competency cues found. */
  hits: number;
  formFactor: number;
}

export const UNRELIABLE_REASONS = ["too-short", "list", "not-english", "off-topic"] as const;
export type UnreliableReason = (typeof UNRELIABLE_REASONS)[number];

/** Whether the scorer can assess this answer at all: a keyword list or a Spanish answer is not scored fairly by word matching. */
export interface Reliability {
  reliable: boolean;
  reasons: { code: UnreliableReason; message: string }[];
  /** One plain sentence for the candidate; empty when reliable. */
  message: string;
}

export interface ScoreResult {
  rubricId: string;
  rubricVersion: string;
  kind: RubricKind;
  /** Weighted, 0..100. Still given when `reliability.reliable` is false, but not to be read as a verdict. */
  total: number;
  summary: string;
  /** Absent from scores kept before it existed. */
  reliability?: Reliability;
  criteria: CriterionScore[];
  relevance: Relevance;
  delivery: Delivery;
  /** Behavioral and leadership answers, and any rubric asking for STAR parts. */
  star?: StarReport;
  /** Design answers, and any rubric asking for design sections. */
  sections?: SectionReport[];
  /** The competencies the rubric names, and the cues that show each. */
  competencies?: { name: string; shown: boolean; evidence: Evidence[] }[];
  /** The key ideas of the model answers, found and missed: shown only after scoring. */
  keyIdeas?: { found: string[]; missed: string[] };
}
