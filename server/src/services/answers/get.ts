import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { answers } from "../../db/schema/index.ts";
import { NotFoundError } from "../../lib/errors.ts";
import type { DiagramGraph } from "../../scoring/diagram.ts";
import type { ScoreResult } from "../../scoring/result.ts";

export interface AnswerView {
  id: string;
  rubricId: string;
  rubricVersion: string;
  answer: string;
  diagram: DiagramGraph | null;
  /** The Excalidraw scene, when the answer was drawn on the whiteboard. */
  scene: unknown;
  score: ScoreResult;
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
  createdAt: answers.createdAt,
};

/** One of the user's own answers. Anyone else's is "not found", never "forbidden". */
export async function getAnswer(db: Db, userId: string, id: string): Promise<AnswerView> {
  const [row] = await db
    .select(ANSWER_VIEW_COLUMNS)
    .from(answers)
    .where(and(eq(answers.id, id), eq(answers.userId, userId)))
    .limit(1);
  if (!row) throw new NotFoundError(`No answer "${id}".`);
  return { ...row, createdAt: row.createdAt.toISOString() };
}
