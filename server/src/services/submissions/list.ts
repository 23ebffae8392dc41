import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { submissions } from "../../db/schema/index.ts";
import { type SubmissionSummary, summaryColumns, withIsoDate } from "./view.ts";

/** A history longer than this shows its newest entries only. */
export const HISTORY_LIMIT = 100;

/** The user's submissions of one problem, newest first. */
export async function listSubmissions(db: Db, userId: string, slug: string): Promise<SubmissionSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(submissions)
    .where(and(eq(submissions.userId, userId), eq(submissions.problemSlug, slug), eq(submissions.mode, "submit")))
    // rowid breaks ties between submissions stored in the same millisecond.
    .orderBy(desc(submissions.createdAt), desc(sql`rowid`))
    .limit(HISTORY_LIMIT);
  return rows.map(withIsoDate);
}
