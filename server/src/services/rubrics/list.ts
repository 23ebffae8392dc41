import type { Rubric } from "../../scoring/rubric.ts";

export type RubricSummary = Pick<Rubric, "id" | "title" | "kind" | "prompt">;

export function listRubrics(rubrics: readonly Rubric[]): RubricSummary[] {
  return rubrics.map(({ id, title, kind, prompt }) => ({ id, title, kind, prompt }));
}
