import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { answers } from "../../db/schema/index.ts";
import { type DiagramReading, readDiagram } from "../../diagram/read.ts";
import { type DiagramGraph, diagramGraphSchema } from "../../scoring/diagram.ts";
import { type PublicScorecard, publicScorecard, type RevealedScorecard, scorecardFor } from "../../scoring/public.ts";
import type { Rubric } from "../../scoring/rubric.ts";
import { MAX_ANSWER_CHARS, scoreAnswer } from "../../scoring/score.ts";
import { findRubric } from "../rubrics/find.ts";
import { revealedRubrics } from "./revealed.ts";

export const answerInputSchema = z.object({
  rubricId: z.string().min(1),
  answer: z.string().trim().min(1, "the answer is empty").max(MAX_ANSWER_CHARS, `at most ${MAX_ANSWER_CHARS} characters`),
  diagram: diagramGraphSchema.optional(),
  /** An Excalidraw scene (the saved file, or its elements): read with `readDiagram`, it wins over `diagram`. */
  scene: z.unknown().optional(),
});
export type AnswerInput = z.infer<typeof answerInputSchema>;

/** What the whiteboard was read as, sent back with the score so the page can show it. */
export type DiagramView = Pick<DiagramReading, "graph" | "summary" | "unresolved">;

export interface AnswerDeps {
  db: Db;
  rubrics: readonly Rubric[];
}

/** The graph to score: read from the scene when there is one (throwing a ValidationError on a bad one). */
export function resolveDiagram(input: AnswerInput): { graph?: DiagramGraph; reading?: DiagramView } {
  if (input.scene === undefined || input.scene === null) return input.diagram ? { graph: input.diagram } : {};
  const { graph, summary, unresolved } = readDiagram(input.scene);
  return { graph, reading: { graph, summary, unresolved } };
}

export interface ScoredAnswer {
  id?: string;
  /** Hints only, until the user has seen this question's model answer (`POST /api/answers/:id/reveal`). */
  score: PublicScorecard | RevealedScorecard;
  diagram?: DiagramView;
  /** Kept answers: given after the user saw the model answer, so not counted in progress. */
  afterModelAnswer?: boolean;
}

/**
 * Scores an answer deterministically; a signed-in user's answer is kept, with the rubric
 * version used and the scene it was drawn on, and marked when they had already seen the model
 * answer. Nobody is told the answer key before asking for it.
 */
export async function submitAnswer(deps: AnswerDeps, input: AnswerInput, userId: string | null): Promise<ScoredAnswer> {
  const rubric = findRubric(deps.rubrics, input.rubricId);
  const { graph, reading } = resolveDiagram(input);
  const score = scoreAnswer(rubric, input.answer, graph, { bank: deps.rubrics });
  const shown = reading ? { diagram: reading } : {};
  if (!userId) return { score: publicScorecard(score), ...shown };
  const seen = (await revealedRubrics(deps.db, userId, [rubric.id])).has(rubric.id);
  const [row] = await deps.db
    .insert(answers)
    .values({
      userId,
      rubricId: rubric.id,
      rubricVersion: rubric.version,
      answer: input.answer,
      diagram: graph ?? null,
      scene: reading ? input.scene : null,
      total: score.total,
      score,
      afterModelAnswer: seen,
    })
    .returning({ id: answers.id });
  return { id: row!.id, score: scorecardFor(score, seen), ...shown, afterModelAnswer: seen };
}
