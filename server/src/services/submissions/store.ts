import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { submissions } from "../../db/schema/index.ts";
import type { JudgeResult } from "../../judge/types.ts";

/** What is known of a submission when it is accepted, before the judge has seen it. */
export interface AcceptedSubmission {
  problemSlug: string;
  code: string;
  userId: string | null;
  timeTakenMs: number | null;
}

/** Stores a submission as pending the moment it is accepted: a restart before its verdict then judges it, never loses it. */
export async function storePendingSubmission(db: Db, accepted: AcceptedSubmission): Promise<string> {
  const [row] = await db
    .insert(submissions)
    .values({ ...accepted, mode: "submit", status: "pending", verdict: null, passed: 0, total: 0, runtimeMs: 0 })
    .returning({ id: submissions.id });
  return row!.id;
}

/** Records the judge's verdict on a pending submission. */
export async function storeSubmissionVerdict(db: Db, id: string, result: Pick<JudgeResult, "verdict" | "summary" | "runtimeMs">): Promise<void> {
  await db
    .update(submissions)
    .set({ status: "judged", verdict: result.verdict, passed: result.summary.passed, total: result.summary.total, runtimeMs: Math.round(result.runtimeMs) })
    .where(eq(submissions.id, id));
}

/** The judge refused it (busy): it was never accepted, so it leaves no record. */
export async function forgetRefusedSubmission(db: Db, id: string): Promise<void> {
  await db.delete(submissions).where(eq(submissions.id, id));
}
