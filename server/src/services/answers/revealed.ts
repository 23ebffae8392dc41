import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { modelAnswerReveals } from "../../db/schema/index.ts";

/** Whether the user has seen the model answer of each of these questions. */
export async function revealedRubrics(db: Db, userId: string, rubricIds: readonly string[]): Promise<Set<string>> {
  if (rubricIds.length === 0) return new Set();
  const rows = await db
    .select({ rubricId: modelAnswerReveals.rubricId })
    .from(modelAnswerReveals)
    .where(and(eq(modelAnswerReveals.userId, userId), inArray(modelAnswerReveals.rubricId, [...new Set(rubricIds)])));
  return new Set(rows.map((r) => r.rubricId));
}
