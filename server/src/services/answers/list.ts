import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { answers } from "../../db/schema/index.ts";
import { ANSWER_VIEW_COLUMNS, type AnswerView, answerViews } from "./get.ts";

/** Kept answers listed per question: enough to compare attempts, not an archive. */
export const ANSWER_HISTORY_LIMIT = 10;

/** The user's own answers to one question, newest first, each whole (score and scene included). */
export async function listAnswers(db: Db, userId: string, rubricId: string): Promise<AnswerView[]> {
  const rows = await db
    .select(ANSWER_VIEW_COLUMNS)
    .from(answers)
    .where(and(eq(answers.userId, userId), eq(answers.rubricId, rubricId)))
    .orderBy(desc(answers.createdAt), desc(sql`rowid`))
    .limit(ANSWER_HISTORY_LIMIT);
  return answerViews(db, userId, rows);
}
