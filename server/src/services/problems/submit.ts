import { z } from "zod";
import type { Db } from "../../db/client.ts";
import type { JudgeResult } from "../../judge/types.ts";
import { LimitExceededError } from "../../lib/errors.ts";
import type { Problem } from "../../problems/load.ts";
import { assertCodeFits, findProblem, SOLUTION_PATH } from "./find.ts";
import { announcePlan, type JudgeEvents } from "./events.ts";
import { judgeWithRedaction } from "./redact.ts";
import { submissionRequest } from "./request.ts";
import { forgetRefusedSubmission, storePendingSubmission, storeSubmissionVerdict } from "../submissions/store.ts";
import type { JudgingDeps } from "./run.ts";

/** The longest mock round a submission may report: a day, far beyond any real one. */
export const MAX_TIME_TAKEN_MS = 24 * 60 * 60 * 1000;

export const submitInputSchema = z.object({
  code: z.string().min(1, "the code is empty"),
  /** How long the candidate took, from the mock-round timer, when it was running. */
  timeTakenMs: z.number().int().nonnegative().max(MAX_TIME_TAKEN_MS).optional(),
});
/** The request body, plus who submitted: taken from the session by the route, never from the body. */
export type SubmitInput = z.infer<typeof submitInputSchema> & { userId?: string | null };

export interface SubmitDeps extends JudgingDeps {
  problems: readonly Problem[];
  db: Db;
}

export type SubmitResult = JudgeResult & {
  submissionId: string;
  /** On Accepted: the reference solution's runtime on the same tests, to compare with. */
  referenceRuntimeMs?: number;
};

/**
 * Submit: every test, sample and hidden. The submission is stored pending before it is judged
 * and gets its verdict after, so a restart in between leaves it for the resume sweep to judge.
 */
export async function submitProblem(deps: SubmitDeps, slug: string, input: SubmitInput, events: JudgeEvents = {}): Promise<SubmitResult> {
  const problem = findProblem(deps.problems, slug);
  assertCodeFits(problem, input.code);
  const submissionId = await storePendingSubmission(deps.db, {
    problemSlug: problem.slug,
    code: input.code,
    userId: input.userId ?? null,
    timeTakenMs: input.timeTakenMs ?? null,
  });
  let result: JudgeResult;
  try {
    ({ redacted: result } = await judgeSubmission(deps, problem, input.code, events));
  } catch (error) {
    // A refusal means it was never accepted; any other failure (the judge closing) leaves it pending.
    if (error instanceof LimitExceededError) await forgetRefusedSubmission(deps.db, submissionId);
    throw error;
  }
  await storeSubmissionVerdict(deps.db, submissionId, result);
  const reference = result.verdict === "Accepted" ? await deps.references?.get(problem) : undefined;
  return { ...result, submissionId, ...(reference ? { referenceRuntimeMs: reference.runtimeMs } : {}) };
}

/**
 * Judges `code` on every test of a problem already loaded: the full result, for a record only
 * the team reads, and the redacted one, for the candidate (streamed tests are redacted too).
 */
export async function judgeSubmission(
  deps: JudgingDeps,
  problem: Problem,
  code: string,
  events: JudgeEvents = {},
): Promise<{ full: JudgeResult; redacted: JudgeResult }> {
  assertCodeFits(problem, code);
  announcePlan(events, deps.references, problem, problem.tests);
  const visible = new Set([SOLUTION_PATH, ...problem.tests.filter((t) => t.visibility === "sample").map((t) => t.path)]);
  return judgeWithRedaction(deps.judge, submissionRequest(problem, code), visible, events);
}
