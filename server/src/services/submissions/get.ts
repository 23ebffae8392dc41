import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { submissions } from "../../db/schema/index.ts";
import { NotFoundError } from "../../lib/errors.ts";
import { type SubmissionDetail, summaryColumns, withIsoDate } from "./view.ts";

/** One of the user's own submissions, code included. Anyone else's is "not found", never "forbidden". */
export async function getSubmission(db: Db, userId: string, id: string): Promise<SubmissionDetail> {
  const [row] = await db
    .select({ ...summaryColumns, problemSlug: submissions.problemSlug, code: submissions.code })
    .from(submissions)
    .where(and(eq(submissions.id, id), eq(submissions.userId, userId)))
    .limit(1);
  if (!row) throw new NotFoundError(`No submission "${id}".`);
  return withIsoDate(row);
}
