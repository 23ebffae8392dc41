import type { AttemptItemRow, AttemptRow, AttemptStatus, TeamProblemKind } from "../../db/schema/index.ts";
import type { JudgeResult } from "../../judge/types.ts";
import type { LlmFeedback } from "../../scoring/llm.ts";
import type { ScoreResult } from "../../scoring/result.ts";
import type { ItemOutcome } from "../attempts/grade.ts";
import { timeTakenMs } from "../attempts/result.ts";
import { iso } from "../attempts/view.ts";
import { redactResult } from "../problems/redact.ts";

export interface ItemResultSummary {
  position: number;
  kind: TeamProblemKind;
  title: string;
  points: number;
  awardedPoints: number | null;
  verdict?: JudgeResult["verdict"];
  passed?: number;
  total?: number;
  score?: number;
}

export interface AttemptResultSummary {
  id: string;
  candidate: { name: string; email: string };
  status: AttemptStatus;
  startedAt: string | null;
  closedAt: string | null;
  timeTakenMs: number | null;
  /** Null until the attempt is closed and graded. */
  awardedPoints: number | null;
  maxPoints: number;
  items: ItemResultSummary[];
}

/** Everything about one item, for the team: the work, the tests (hidden ones named only for its own problems), the scorecard, the model's opinion. */
export interface ItemResultDetail extends ItemResultSummary {
  source: "bank" | "team";
  ref: string;
  from: "submit" | "draft" | null;
  draft: string | null;
  scene: unknown;
  savedAt: string | null;
  submittedAt: string | null;
  /** What was graded: the code or the written answer. */
  code?: string;
  answer?: string;
  judge?: JudgeResult;
  scorecard?: ScoreResult;
  diagram?: unknown;
  error?: string;
  feedback: LlmFeedback | null;
}

export interface AttemptResultDetail extends Omit<AttemptResultSummary, "items"> {
  set: { id: string; title: string };
  deadlineAt: string | null;
  items: ItemResultDetail[];
}

export type Candidate = { name: string; email: string };

export function itemSummary(item: AttemptItemRow): ItemResultSummary {
  return {
    position: item.position,
    kind: item.kind,
    title: item.title,
    points: item.points,
    awardedPoints: item.awardedPoints,
    ...(item.verdict !== null ? { verdict: item.verdict } : {}),
    ...(item.passed !== null ? { passed: item.passed } : {}),
    ...(item.total !== null ? { total: item.total } : {}),
    ...(item.score !== null ? { score: item.score } : {}),
  };
}

/**
 * The files of an item's judged run its team may read: `"all"` for the team's own problems; for a
 * bank problem only what practice shows anyone (the code and the sample tests), since the bank's
 * hidden tests belong to the server's operator, not to whoever put the problem in a set.
 */
export type TeamVisibleFiles = (item: AttemptItemRow) => ReadonlySet<string> | "all";

export function itemDetail(item: AttemptItemRow, visibleFiles: TeamVisibleFiles): ItemResultDetail {
  const outcome = item.result as ItemOutcome | null;
  const detail: ItemResultDetail = {
    ...itemSummary(item),
    source: item.source,
    ref: item.ref,
    from: outcome?.from ?? null,
    draft: item.draft,
    scene: item.scene ?? null,
    savedAt: iso(item.savedAt),
    submittedAt: iso(item.submittedAt),
    feedback: (item.feedback as LlmFeedback | null) ?? null,
  };
  if (outcome?.kind === "coding") {
    const visible = visibleFiles(item);
    Object.assign(detail, { code: outcome.code, judge: visible === "all" ? outcome.judge : redactResult(outcome.judge, visible) });
  }
  if (outcome?.kind === "rubric") Object.assign(detail, { answer: outcome.answer, scorecard: outcome.score, ...(outcome.diagram ? { diagram: outcome.diagram } : {}) });
  if (outcome?.kind === "error") detail.error = outcome.message;
  return detail;
}

export function attemptSummary(attempt: AttemptRow, candidate: Candidate, items: AttemptItemRow[]): AttemptResultSummary {
  return {
    id: attempt.id,
    candidate,
    status: attempt.status,
    startedAt: iso(attempt.startedAt),
    closedAt: iso(attempt.closedAt),
    timeTakenMs: timeTakenMs(attempt),
    awardedPoints: attempt.awardedPoints,
    maxPoints: attempt.maxPoints,
    items: items.map(itemSummary),
  };
}

export function attemptDetail(
  attempt: AttemptRow,
  candidate: Candidate,
  set: { id: string; title: string },
  items: AttemptItemRow[],
  visibleFiles: TeamVisibleFiles,
): AttemptResultDetail {
  return { ...attemptSummary(attempt, candidate, []), set, deadlineAt: iso(attempt.deadlineAt), items: items.map((item) => itemDetail(item, visibleFiles)) };
}
