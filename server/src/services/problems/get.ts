import { resolveLimits } from "../../judge/limits.ts";
import { CUSTOM_CASES } from "../../problems/custom-cases.ts";
import type { Problem, SampleCase } from "../../problems/load.ts";
import { findProblem } from "./find.ts";

/** What a candidate may see of a problem: never the hidden tests, the solution or the editorial. */
export interface PublicProblem {
  slug: string;
  title: string;
  difficulty: Problem["difficulty"];
  tags: string[];
  area: Problem["area"];
  /** Markdown. */
  statement: string;
  starter: string;
  hints: string[];
  limits: { testTimeMs: number; memoryMb: number; codeBytes: number };
  samples: { path: string; code: string }[];
  /** For cases.json problems: the sample cases, and what Run's own cases call. */
  sampleCases?: SampleCase[];
  customCases?: { function: string; max: number };
}

export function getProblem(problems: readonly Problem[], slug: string): PublicProblem {
  return publicProblem(findProblem(problems, slug));
}

/** The candidate's view of a problem already loaded (a bank problem, or a team problem's pinned version). */
export function publicProblem(problem: Problem): PublicProblem {
  const { testTimeMs, memoryMb, codeBytes } = resolveLimits(problem.limits);
  return {
    slug: problem.slug,
    title: problem.title,
    difficulty: problem.difficulty,
    tags: problem.tags,
    area: problem.area,
    statement: problem.statement,
    starter: problem.starter,
    hints: problem.hints,
    limits: { testTimeMs, memoryMb, codeBytes },
    samples: problem.tests.filter((t) => t.visibility === "sample").map(({ path, code }) => ({ path, code })),
    ...(problem.sampleCases ? { sampleCases: problem.sampleCases } : {}),
    ...(problem.casesFunction ? { customCases: { function: problem.casesFunction, max: CUSTOM_CASES.max } } : {}),
  };
}
