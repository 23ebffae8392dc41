import type { Criterion, DesignBrief, Rubric } from "../../scoring/rubric.ts";
import { findRubric } from "./find.ts";

/**
 * A rubric as a candidate may see it before answering: the question, the criteria and what
 * each level looks like, the constraints worth asking about. Not the answer key: model
 * answers, the concepts and components that earn points, red flags, the interviewer's brief.
 */
export type PublicCriterion = Pick<Criterion, "id" | "title" | "weight" | "description" | "levels" | "structure">;
export type PublicRubric = Omit<Rubric, "criteria" | "brief"> & {
  criteria: PublicCriterion[];
  brief?: Pick<DesignBrief, "constraintsToAsk" | "scale">;
};

export function getRubric(rubrics: readonly Rubric[], id: string): PublicRubric {
  return publicRubric(findRubric(rubrics, id));
}

/** The candidate's view of a rubric already loaded (from the bank, or a team problem's pinned version). */
export function publicRubric(full: Rubric): PublicRubric {
  const { criteria, brief, ...rubric } = full;
  return {
    ...rubric,
    ...(brief ? { brief: { scale: brief.scale, ...(brief.constraintsToAsk ? { constraintsToAsk: brief.constraintsToAsk } : {}) } } : {}),
    criteria: criteria.map(({ id, title, weight, description, levels, structure }) => ({
      id,
      title,
      weight,
      ...(description !== undefined ? { description } : {}),
      ...(levels ? { levels } : {}),
      ...(structure ? { structure } : {}),
    })),
  };
}
