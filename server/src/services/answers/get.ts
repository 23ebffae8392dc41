import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { answers } from "../../db/schema/index.ts";
import { NotFoundError } from "../../lib/errors.ts";
import type { DiagramGraph } from "../../scoring/diagram.ts";
import { type PublicScorecard, type RevealedScorecard, scorecardFor } from "../../scoring/public.ts";
import type { ScoreResult } from "../../scoring/result.ts";
import { revealedRubrics } from "./revealed.ts";

export interface AnswerView {
  id: string;
  rubricId: string;
  rubricVersion: string;
  answer: string;
  diagram: DiagramGraph | null;
  /** The Excalidraw scene, when the answer was drawn on the whiteboard. */
  scene: unknown;
  /** Whole once the user has seen the model answer; before that, hints that do not give it away. */
  score: PublicScorecard | RevealedScorecard;
  /** Answered after seeing the model answer: not counted in progress. */
  afterModelAnswer: boolean;
  /** ISO 8601. */
  createdAt: string;
}

/** The columns an answer is shown with, to its owner. */
export const ANSWER_VIEW_COLUMNS = {
  id: answers.id,
  rubricId: answers.rubricId,
  rubricVersion: answers.rubricVersion,
  answer: answers.answer,
  diagram: answers.diagram,
  scene: answers.scene,
  score: answers.score,
  afterModelAnswer: answers.afterModelAnswer,
  createdAt: answers.createdAt,
};

type AnswerRow = Omit<AnswerView, "score" | "createdAt"> & { score: ScoreResult; createdAt: Date };

/** Kept answers as their owner sees them: the scorecard whole only for questions whose model answer they have seen. */
export async function answerViews(db: Db, userId: string, rows: readonly AnswerRow[]): Promise<AnswerView[]> {
  const revealed = await revealedRubrics(db, userId, rows.map((r) => r.rubricId));
  return rows.map((row) => ({ ...row, score: scorecardFor(row.score, revealed.has(row.rubricId)), createdAt: row.createdAt.toISOString() }));
}

/** One of the user's own answers as stored, score whole. Anyone else's is "not found", never "forbidden". */
export async function findOwnAnswer(db: Db, userId: string, id: string): Promise<AnswerRow> {
  const [row] = await db
    .select(ANSWER_VIEW_COLUMNS)
    .from(answers)
    .where(and(eq(answers.id, id), eq(answers.userId, userId)))
    .limit(1);
  if (!row) throw new NotFoundError(`No answer "${id}".`);
  return row;
}

export async function getAnswer(db: Db, userId: string, id: string): Promise<AnswerView> {
  const [view] = await answerViews(db, userId, [await findOwnAnswer(db, userId, id)]);
  return view!;
}
