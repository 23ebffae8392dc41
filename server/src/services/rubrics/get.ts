import type { Criterion, Rubric } from "../../scoring/rubric.ts";
import { findRubric } from "./find.ts";

/** A rubric as a candidate may see it before answering: everything but the model answers. */
export type PublicRubric = Omit<Rubric, "criteria"> & { criteria: Omit<Criterion, "modelAnswer">[] };

export function getRubric(rubrics: readonly Rubric[], id: string): PublicRubric {
  const rubric = findRubric(rubrics, id);
  return { ...rubric, criteria: rubric.criteria.map(({ modelAnswer: _, ...criterion }) => criterion) };
}
