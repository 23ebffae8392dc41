import { extractKeyIdeas } from "../../scoring/keyphrases.ts";
import type { Concept, Rubric } from "../../scoring/rubric.ts";

/** The answer key of one criterion, as the candidate sees it once they ask for it. */
export interface ModelAnswerCriterion {
  id: string;
  title: string;
  description?: string;
  modelAnswer?: string;
  /** The key ideas the scorer looks for in the model answer. */
  keyIdeas: string[];
  /** The concepts and components that earn points, by name. */
  concepts: string[];
}

export interface ModelAnswer {
  rubricId: string;
  title: string;
  criteria: ModelAnswerCriterion[];
}

const nameOf = (c: Concept) => (typeof c === "string" ? c : c.name);

/** A rubric's answer key, for a candidate who has answered and asked to see it. Red flags stay the rubric's. */
export function modelAnswerOf(rubric: Rubric): ModelAnswer {
  return {
    rubricId: rubric.id,
    title: rubric.title,
    criteria: rubric.criteria.map((c) => ({
      id: c.id,
      title: c.title,
      ...(c.description ? { description: c.description } : {}),
      ...(c.modelAnswer ? { modelAnswer: c.modelAnswer } : {}),
      keyIdeas: c.modelAnswer ? extractKeyIdeas(c.modelAnswer).map((k) => k.phrase) : [],
      concepts: [...(c.concepts ?? []), ...(c.components ?? [])].map(nameOf),
    })),
  };
}
