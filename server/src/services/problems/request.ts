import type { JudgeRequest } from "../../judge/types.ts";
import type { Problem } from "../../problems/load.ts";
import { SOLUTION_PATH } from "./find.ts";

/**
 * What a submit judges: the code as solution.ts, every test (sample and hidden) and the
 * problem's own limits. The server, the reference runs and `rehearse judge --problem` all
 * build it here, so an author's machine and the server cannot disagree on a verdict.
 */
export function submissionRequest(problem: Problem, code: string): JudgeRequest {
  return { solution: { path: SOLUTION_PATH, code }, tests: problem.tests, limits: problem.limits };
}
