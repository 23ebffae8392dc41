import { resolveLimits } from "../../judge/limits.ts";
import { NotFoundError, ValidationError } from "../../lib/errors.ts";
import type { Problem } from "../../problems/load.ts";

/** What the candidate's code is called in judge requests: tests import it as "./solution". */
export const SOLUTION_PATH = "solution.ts";

export function findProblem(problems: readonly Problem[], slug: string): Problem {
  const problem = problems.find((p) => p.slug === slug);
  if (!problem) throw new NotFoundError(`No problem named "${slug}".`);
  return problem;
}

export function assertCodeFits(problem: Problem, code: string): void {
  const max = resolveLimits(problem.limits).codeBytes;
  const size = Buffer.byteLength(code, "utf8");
  if (size > max) {
    throw new ValidationError(`The code is ${Math.ceil(size / 1024)} KB; the limit is ${max / 1024} KB.`, {
      issues: [{ path: "code", message: `at most ${max} bytes` }],
    });
  }
}
