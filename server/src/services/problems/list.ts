import type { Problem } from "../../problems/load.ts";

export type ProblemSummary = Pick<Problem, "slug" | "title" | "difficulty" | "tags" | "area">;

export function listProblems(problems: readonly Problem[]): ProblemSummary[] {
  return problems.map(({ slug, title, difficulty, tags, area }) => ({ slug, title, difficulty, tags, area }));
}
