import type { JudgeResult } from "../../judge/types.ts";
import { ValidationError } from "../../lib/errors.ts";
import type { JudgeEvents } from "../problems/events.ts";
import type { ReferenceRuns } from "../problems/reference.ts";
import { type RunInput, runCode } from "../problems/run.ts";
import { type AttemptDeps, attemptJudge } from "./deps.ts";
import { loadAttemptItem } from "./item.ts";

/** Attempts judge with reference runs keyed by content, since team slugs repeat across teams and versions. */
export type AttemptJudgingDeps = AttemptDeps & { references?: ReferenceRuns };

/** Run on a coding item: its sample tests and the candidate's own cases, as in practice. Nothing is stored. */
export async function runAttemptItem(
  deps: AttemptJudgingDeps,
  userId: string,
  attemptId: string,
  position: number,
  input: RunInput,
  events: JudgeEvents = {},
): Promise<JudgeResult> {
  const { content } = await loadAttemptItem(deps, userId, attemptId, position, true);
  if (content.kind !== "coding") throw new ValidationError("Run is for coding items; this one is scored by its rubric when you submit.");
  return runCode({ ...deps, judge: attemptJudge(deps.judge, userId) }, content.problem, input, events);
}
