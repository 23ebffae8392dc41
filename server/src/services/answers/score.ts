import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { answers } from "../../db/schema/index.ts";
import { diagramGraphSchema } from "../../scoring/diagram.ts";
import type { ScoreResult } from "../../scoring/result.ts";
import type { Rubric } from "../../scoring/rubric.ts";
import { MAX_ANSWER_CHARS, scoreAnswer } from "../../scoring/score.ts";
import { findRubric } from "../rubrics/find.ts";

export const answerInputSchema = z.object({
  rubricId: z.string().min(1),
  answer: z.string().trim().min(1, "the answer is empty").max(MAX_ANSWER_CHARS, `at most ${MAX_ANSWER_CHARS} characters`),
  diagram: diagramGraphSchema.optional(),
});
export type AnswerInput = z.infer<typeof answerInputSchema>;

export interface AnswerDeps {
  db: Db;
  rubrics: readonly Rubric[];
}

/** Scores an answer deterministically; a signed-in user's answer is kept, with the rubric version used. */
export async function submitAnswer(deps: AnswerDeps, input: AnswerInput, userId: string | null): Promise<{ id?: string; score: ScoreResult }> {
  const rubric = findRubric(deps.rubrics, input.rubricId);
  const score = scoreAnswer(rubric, input.answer, input.diagram);
  if (!userId) return { score };
  const [row] = await deps.db
    .insert(answers)
    .values({ userId, rubricId: rubric.id, rubricVersion: rubric.version, answer: input.answer, diagram: input.diagram ?? null, total: score.total, score })
    .returning({ id: answers.id });
  return { id: row!.id, score };
}
