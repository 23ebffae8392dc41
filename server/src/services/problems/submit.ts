import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { submissions } from "../../db/schema/index.ts";
import type { Judge, JudgeResult } from "../../judge/types.ts";
import type { Problem } from "../../problems/load.ts";
import { assertCodeFits, findProblem, SOLUTION_PATH } from "./find.ts";
import { redactResult } from "./redact.ts";

export const submitInputSchema = z.object({
  code: z.string().min(1, "the code is empty"),
});
export type SubmitInput = z.infer<typeof submitInputSchema>;

export interface SubmitDeps {
  problems: readonly Problem[];
  judge: Judge;
  db: Db;
}

export type SubmitResult = JudgeResult & { submissionId: string };

/** Submit: every test, sample and hidden; the outcome is stored in `submissions`. */
export async function submitProblem(deps: SubmitDeps, slug: string, input: SubmitInput): Promise<SubmitResult> {
  const problem = findProblem(deps.problems, slug);
  assertCodeFits(problem, input.code);
  const result = await deps.judge.judge({
    solution: { path: SOLUTION_PATH, code: input.code },
    tests: problem.tests,
    limits: problem.limits,
  });
  const [row] = await deps.db
    .insert(submissions)
    .values({
      problemSlug: problem.slug,
      mode: "submit",
      verdict: result.verdict,
      passed: result.summary.passed,
      total: result.summary.total,
      runtimeMs: Math.round(result.runtimeMs),
      code: input.code,
    })
    .returning({ id: submissions.id });
  const visible = new Set([SOLUTION_PATH, ...problem.tests.filter((t) => t.visibility === "sample").map((t) => t.path)]);
  return { ...redactResult(result, visible), submissionId: row!.id };
}
