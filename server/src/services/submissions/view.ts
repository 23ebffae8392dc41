import { type SubmissionStatus, submissions } from "../../db/schema/index.ts";
import type { Verdict } from "../../judge/verdicts.ts";

/** A submission in someone's history: how it went, not what was sent. */
export interface SubmissionSummary {
  id: string;
  /** "pending" while the judge has not finished it (then verdict is null and the counts 0). */
  status: SubmissionStatus;
  verdict: Verdict | null;
  passed: number;
  total: number;
  runtimeMs: number;
  /** From the mock-round timer; null when it was not running. */
  timeTakenMs: number | null;
  /** ISO 8601. */
  createdAt: string;
}

export interface SubmissionDetail extends SubmissionSummary {
  problemSlug: string;
  code: string;
}

export const summaryColumns = {
  id: submissions.id,
  status: submissions.status,
  verdict: submissions.verdict,
  passed: submissions.passed,
  total: submissions.total,
  runtimeMs: submissions.runtimeMs,
  timeTakenMs: submissions.timeTakenMs,
  createdAt: submissions.createdAt,
};

/** Dates leave the API as ISO 8601 strings. */
export function withIsoDate<T extends { createdAt: Date }>(row: T): Omit<T, "createdAt"> & { createdAt: string } {
  return { ...row, createdAt: row.createdAt.toISOString() };
}
