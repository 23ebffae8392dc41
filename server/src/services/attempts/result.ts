import { eq } from "drizzle-orm";
import { type AttemptStatus, attemptItems } from "../../db/schema/index.ts";
import type { TeamProblemKind } from "../../db/schema/index.ts";
import type { JudgeResult } from "../../judge/types.ts";
import { ConflictError, ForbiddenError } from "../../lib/errors.ts";
import { withholdAnswerKey } from "../../scoring/llm-key-guard.ts";
import type { LlmFeedback } from "../../scoring/llm.ts";
import { type PublicScorecard, publicScorecard } from "../../scoring/public.ts";
import { SOLUTION_PATH } from "../problems/find.ts";
import { redactResult } from "../problems/redact.ts";
import { findOwnAttempt } from "./access.ts";
import { loadItemContent } from "./content.ts";
import type { AttemptDeps } from "./deps.ts";
import type { ItemOutcome } from "./grade.ts";
import { iso } from "./view.ts";
import { setShowsResults } from "./visibility.ts";

export interface CandidateItemResult {
  position: number;
  kind: TeamProblemKind;
  title: string;
  points: number;
  awardedPoints: number;
  /** Graded from what the candidate submitted, or from the saved draft when the attempt closed; null when there was no work. */
  from: "submit" | "draft" | null;
  verdict: JudgeResult["verdict"] | null;
  passed: number | null;
  total: number | null;
  score: number | null;
  /** Coding: the final judged run, hidden tests redacted as in practice. */
  judge?: JudgeResult;
  /** Rubric items: the scorecard with its evidence, as hints: the team's model answers stay the team's. */
  scorecard?: PublicScorecard;
  feedback?: LlmFeedback;
  /** Why the work could not be graded (too long, say). */
  error?: string;
}

export interface CandidateResult {
  id: string;
  status: AttemptStatus;
  startedAt: string | null;
  closedAt: string | null;
  timeTakenMs: number | null;
  awardedPoints: number;
  maxPoints: number;
  items: CandidateItemResult[];
}

export function timeTakenMs(attempt: { startedAt: Date | null; closedAt: Date | null }): number | null {
  return attempt.startedAt && attempt.closedAt ? Math.max(0, attempt.closedAt.getTime() - attempt.startedAt.getTime()) : null;
}

/** The candidate's own outcome, once closed, when the team shows results for the set; a 403 otherwise. */
export async function getCandidateResult(deps: AttemptDeps, userId: string, attemptId: string): Promise<CandidateResult> {
  const attempt = await findOwnAttempt(deps, userId, attemptId);
  if (!(await setShowsResults(deps.db, attempt.setId))) throw new ForbiddenError("The team keeps the results of this set to itself.");
  if (attempt.status === "not_started" || attempt.status === "in_progress") throw new ConflictError("Results are shown once the attempt is closed.");
  const items = await deps.db.select().from(attemptItems).where(eq(attemptItems.attemptId, attempt.id)).orderBy(attemptItems.position);
  const results: CandidateItemResult[] = [];
  for (const item of items) {
    const outcome = item.result as ItemOutcome | null;
    const base: CandidateItemResult = {
      position: item.position,
      kind: item.kind,
      title: item.title,
      points: item.points,
      awardedPoints: item.awardedPoints ?? 0,
      from: outcome?.from ?? null,
      verdict: item.verdict,
      passed: item.passed,
      total: item.total,
      score: item.score,
    };
    if (outcome?.kind === "coding") {
      const content = await loadItemContent(deps, item).catch(() => null);
      const samples = content?.kind === "coding" ? content.problem.tests.filter((t) => t.visibility === "sample").map((t) => t.path) : [];
      base.judge = redactResult(outcome.judge, new Set([SOLUTION_PATH, ...samples]));
    }
    if (outcome?.kind === "rubric") base.scorecard = publicScorecard(outcome.score);
    if (outcome?.kind === "error") base.error = outcome.message;
    if (item.feedback) {
      // The candidate never sees the team's model answer: the AI's comments may not name it either.
      const content = outcome?.kind === "rubric" ? await loadItemContent(deps, item).catch(() => null) : null;
      base.feedback = content && content.kind !== "coding" ? withholdAnswerKey(item.feedback as LlmFeedback, content.rubric, item.draft ?? "") : undefined;
    }
    results.push(base);
  }
  return {
    id: attempt.id,
    status: attempt.status,
    startedAt: iso(attempt.startedAt),
    closedAt: iso(attempt.closedAt),
    timeTakenMs: timeTakenMs(attempt),
    awardedPoints: attempt.awardedPoints ?? 0,
    maxPoints: attempt.maxPoints,
    items: results,
  };
}
