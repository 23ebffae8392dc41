import type { Rubric } from "../../scoring/rubric.ts";

export type RubricSummary = Pick<Rubric, "id" | "title" | "kind" | "prompt" | "area">;

export function listRubrics(rubrics: readonly Rubric[]): RubricSummary[] {
  return rubrics.map(({ id, title, kind, prompt, area }) => ({ id, title, kind, prompt, ...(area ? { area } : {}) }));
}
