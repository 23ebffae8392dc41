import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { modelAnswerReveals } from "../../db/schema/index.ts";
import type { Rubric } from "../../scoring/rubric.ts";
import { type RevealedScorecard, revealedScorecard } from "../../scoring/public.ts";
import { type ModelAnswer, modelAnswerOf } from "../rubrics/model-answer.ts";
import { findRubric } from "../rubrics/find.ts";
import { findOwnAnswer } from "./get.ts";

export interface Reveal {
  rubricId: string;
  /** ISO 8601: the first time this user saw it. */
  revealedAt: string;
  modelAnswer: ModelAnswer;
  /** The answer the reveal was asked from, scored in full. */
  score: RevealedScorecard;
}

/**
 * Shows the model answer of the question one of the user's answers is to, and records that
 * they saw it: from then on their answers to it are marked and kept out of progress. Asked from
 * an answer, so the model answer only ever follows an attempt. Asking again changes nothing.
 */
export async function revealModelAnswer(deps: { db: Db; rubrics: readonly Rubric[] }, userId: string, answerId: string): Promise<Reveal> {
  const kept = await findOwnAnswer(deps.db, userId, answerId);
  const rubric = findRubric(deps.rubrics, kept.rubricId);
  await deps.db.insert(modelAnswerReveals).values({ userId, rubricId: rubric.id }).onConflictDoNothing();
  const [row] = await deps.db
    .select({ revealedAt: modelAnswerReveals.revealedAt })
    .from(modelAnswerReveals)
    .where(and(eq(modelAnswerReveals.userId, userId), eq(modelAnswerReveals.rubricId, rubric.id)));
  return { rubricId: rubric.id, revealedAt: row!.revealedAt.toISOString(), modelAnswer: modelAnswerOf(rubric), score: revealedScorecard(kept.score) };
}
