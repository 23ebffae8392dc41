import { z } from "zod";
import type { Judge, JudgeRequest, JudgeResult } from "../../judge/types.ts";
import { ValidationError } from "../../lib/errors.ts";
import {
  CUSTOM_CASES_PATH,
  type CustomCase,
  type CustomCasesTarget,
  customCasesSchema,
  customCasesToTestFile,
  type ReferenceAnswer,
  referenceAnswers,
  referenceRecording,
} from "../../problems/custom-cases.ts";
import type { Problem } from "../../problems/load.ts";
import { assertCodeFits, findProblem, SOLUTION_PATH } from "./find.ts";
import { announcePlan, type JudgeEvents } from "./events.ts";
import { judgeRedacted } from "./redact.ts";
import type { ReferenceRuns } from "./reference.ts";

export const runInputSchema = z.object({
  code: z.string().min(1, "the code is empty"),
  cases: customCasesSchema.optional(),
});
export type RunInput = z.infer<typeof runInputSchema>;

/** What judging a problem already loaded needs. */
export interface JudgingDeps {
  judge: Judge;
  /** Where the planned test count comes from; without it, none is announced. */
  references?: ReferenceRuns;
}

export interface RunDeps extends JudgingDeps {
  problems: readonly Problem[];
}

/** Run: the sample tests plus the candidate's own cases. Nothing is stored. */
export async function runProblem(deps: RunDeps, slug: string, input: RunInput, events: JudgeEvents = {}): Promise<JudgeResult> {
  return runCode(deps, findProblem(deps.problems, slug), input, events);
}

/** Run on a problem already loaded (a bank problem, or a team problem's pinned version). */
export async function runCode(deps: JudgingDeps, problem: Problem, input: RunInput, events: JudgeEvents = {}): Promise<JudgeResult> {
  const slug = problem.slug;
  assertCodeFits(problem, input.code);
  const tests = problem.tests.filter((t) => t.visibility === "sample");
  const request: JudgeRequest = { solution: { path: SOLUTION_PATH, code: input.code }, tests, limits: problem.limits };
  if (input.cases && input.cases.length > 0) {
    if (!problem.casesFunction) {
      throw new ValidationError(`"${slug}" takes no custom cases: its tests are not data-driven.`, {
        issues: [{ path: "cases", message: "not supported by this problem" }],
      });
    }
    const target = { function: problem.casesFunction, ...(problem.casesCompare ? { compare: problem.casesCompare } : {}) };
    const answers = await answersOfReference(deps.judge, problem, input.cases, target);
    request.tests = [...tests, customCasesToTestFile(input.cases, target, answers)];
  }
  const customCount = new Map([[CUSTOM_CASES_PATH, input.cases?.length ?? 0]]);
  announcePlan(events, deps.references, problem, request.tests, customCount);
  const visible = new Set([SOLUTION_PATH, CUSTOM_CASES_PATH, ...tests.map((t) => t.path)]);
  return judgeRedacted(deps.judge, request, visible, events);
}

/**
 * The reference solution's answers to the cases that give no `expected`, from judging it alone:
 * it never shares a sandbox with the candidate's code, whose run gets only the answers, held by
 * the worker that compares them.
 */
async function answersOfReference(judge: Judge, problem: Problem, cases: CustomCase[], target: CustomCasesTarget): Promise<ReferenceAnswer[]> {
  const recording = referenceRecording(cases, target);
  if (!recording) return [];
  const result = await judge.judge({ solution: { path: SOLUTION_PATH, code: problem.solution }, tests: [recording.file], limits: problem.limits });
  return referenceAnswers(recording, result);
}
