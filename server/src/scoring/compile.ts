import { answerKeyTerms, criterionTopic, openRubricText } from "./answer-key.ts";
import type { ComponentKind } from "./diagram.ts";
import { compileComponent } from "./diagram.ts";
import { extractKeyIdeas, type KeyIdea } from "./keyphrases.ts";
import { type CompiledConcept, type CompiledTerm, compileConcept } from "./match.ts";
import type { Text } from "./text.ts";
import { type Concept, type Criterion, DESIGN_SECTIONS, type DesignSection, type Rubric, STAR_PARTS, type StarPart } from "./rubric.ts";

type CompiledComponent = CompiledConcept & { kind?: ComponentKind };

export type CompiledPart =
  | { type: "star"; part: StarPart }
  | { type: "design"; section: DesignSection }
  | { type: "custom"; name: string; cues: CompiledConcept[] };

/** A criterion with its phrases stemmed and its model answer's key ideas found: done once per rubric. */
export interface CompiledCriterion {
  criterion: Criterion;
  concepts: CompiledConcept[];
  structure: CompiledPart[];
  redFlags: { concept: CompiledConcept; reason: string }[];
  components: CompiledComponent[];
  connections: { from: CompiledComponent; to: CompiledComponent; forbidden: boolean; note?: string }[];
  keyIdeas: KeyIdea[];
  /** How its gaps are named before the answer key is revealed (see `criterionTopic`). */
  topic: string;
}

export interface CompiledRubric {
  rubric: Rubric;
  criteria: CompiledCriterion[];
  usesStar: boolean;
  usesSections: boolean;
  /** The distinctive terms of its answer key, and the text a candidate sees before answering: hints name none of the first unless the second or the answer does. */
  keyTerms: CompiledTerm[];
  open: Text;
}

const cache = new WeakMap<Rubric, CompiledRubric>();

function conceptOf(c: Concept): CompiledConcept {
  return typeof c === "string" ? compileConcept(c) : compileConcept(c.name, [...(c.synonyms ?? []), ...(c.abbreviations ?? [])]);
}

function componentOf(c: Concept): CompiledComponent {
  return typeof c === "string" ? compileComponent(c) : compileComponent(c.name, [...(c.synonyms ?? []), ...(c.abbreviations ?? [])]);
}

function partOf(p: Criterion["structure"] & {}): CompiledPart[] {
  return p.map((part) => {
    if (typeof part !== "string") return { type: "custom", name: part.part, cues: part.cues.map((c) => compileConcept(c)) };
    if ((STAR_PARTS as readonly string[]).includes(part)) return { type: "star", part: part as StarPart };
    return { type: "design", section: part as DesignSection };
  });
}

export function compileRubric(rubric: Rubric): CompiledRubric {
  const hit = cache.get(rubric);
  if (hit) return hit;
  const criteria = rubric.criteria.map((criterion) => {
    const components = (criterion.components ?? []).map(componentOf);
    // A connection's end named like one of the criterion's components has that component's synonyms too.
    const end = (name: string) => components.find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? compileComponent(name);
    const keyIdeas = criterion.modelAnswer ? extractKeyIdeas(criterion.modelAnswer) : [];
    return {
      criterion,
      concepts: (criterion.concepts ?? []).map(conceptOf),
      structure: partOf(criterion.structure ?? []),
      redFlags: (criterion.redFlags ?? []).map((f) => ({ concept: compileConcept(f.phrase, f.synonyms ?? []), reason: f.reason })),
      components,
      connections: (criterion.connections ?? []).map((c) => ({ from: end(c.from), to: end(c.to), forbidden: c.forbidden ?? false, ...(c.note ? { note: c.note } : {}) })),
      keyIdeas,
    };
  });
  // A description naming another criterion's concept would give that one away: every term of the rubric counts.
  const keyTerms = criteria.flatMap((c) => answerKeyTerms(c.criterion, c.keyIdeas.map((k) => k.phrase)));
  const open = openRubricText(rubric);
  const withTopics = criteria.map((c) => ({ ...c, topic: criterionTopic(c.criterion, keyTerms, open) }));
  const parts = criteria.flatMap((c) => c.structure);
  const compiled: CompiledRubric = {
    rubric,
    criteria: withTopics,
    keyTerms,
    open,
    usesStar: rubric.kind === "behavioral" || rubric.kind === "leadership" || parts.some((p) => p.type === "star"),
    usesSections: rubric.kind === "design" || parts.some((p) => p.type === "design"),
  };
  cache.set(rubric, compiled);
  return compiled;
}

export const designSectionName = (s: DesignSection): string => (s === "api" ? "API" : s.replace(/-/g, " "));
export const isDesignSection = (s: string): s is DesignSection => (DESIGN_SECTIONS as readonly string[]).includes(s);
