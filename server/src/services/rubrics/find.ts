import { NotFoundError } from "../../lib/errors.ts";
import type { Rubric } from "../../scoring/rubric.ts";

export function findRubric(rubrics: readonly Rubric[], id: string): Rubric {
  const rubric = rubrics.find((r) => r.id === id);
  if (!rubric) throw new NotFoundError(`No rubric named "${id}".`);
  return rubric;
}
