import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { attemptItems, attempts } from "../../db/schema/index.ts";
import type { JudgeResult } from "../../judge/types.ts";
import { ValidationError } from "../../lib/errors.ts";
import type { DiagramGraph } from "../../scoring/diagram.ts";
import type { ScoreResult } from "../../scoring/result.ts";
import type { Rubric } from "../../scoring/rubric.ts";
import { scoreAnswer } from "../../scoring/score.ts";
import { type DiagramView, resolveDiagram } from "../answers/score.ts";

/** Whether the candidate handed the item in, or the server graded what was saved when the attempt closed. */
export type GradedFrom = "submit" | "draft";

/**
 * What an item was graded on and what it got, kept as given: a later edit to the problem or
 * the scorer never changes a past attempt. The full judge result holds hidden tests: leads only.
 */
export type ItemOutcome =
  | { kind: "coding"; from: GradedFrom; code: string; judge: JudgeResult }
  | { kind: "rubric"; from: GradedFrom; answer: string; diagram?: DiagramView | { graph: DiagramGraph }; diagramError?: string; score: ScoreResult }
  | { kind: "error"; from: GradedFrom; message: string };

/** The attempt_items columns a grade sets. */
export interface ItemGrade {
  verdict: JudgeResult["verdict"] | null;
  passed: number | null;
  total: number | null;
  score: number | null;
  awardedPoints: number;
  result: ItemOutcome;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Coding: full points on Accepted, else the share of tests passed in the final judged run. */
export function codingGrade(points: number, code: string, from: GradedFrom, judge: JudgeResult): ItemGrade {
  const { passed, total } = judge.summary;
  const share = judge.verdict === "Accepted" ? 1 : total > 0 ? passed / total : 0;
  return { verdict: judge.verdict, passed, total, score: null, awardedPoints: round2(points * share), result: { kind: "coding", from, code, judge } };
}

/** Rubric items: points × score / 100. */
export function rubricGrade(points: number, from: GradedFrom, scored: ScoredAnswer): ItemGrade {
  const { answer, score, diagram, diagramError } = scored;
  return {
    verdict: null,
    passed: null,
    total: null,
    score: Math.round(score.total),
    awardedPoints: round2((points * score.total) / 100),
    result: { kind: "rubric", from, answer, score, ...(diagram ? { diagram } : {}), ...(diagramError ? { diagramError } : {}) },
  };
}

export function errorGrade(from: GradedFrom, message: string): ItemGrade {
  return { verdict: null, passed: null, total: null, score: null, awardedPoints: 0, result: { kind: "error", from, message } };
}

export interface ScoredAnswer {
  answer: string;
  score: ScoreResult;
  graph?: DiagramGraph;
  diagram?: DiagramView | { graph: DiagramGraph };
  diagramError?: string;
}

/**
 * Scores an answer as /api/answers does: the whiteboard's scene read as the diagram when there
 * is one. `lenient` (grading a saved draft) scores the words alone when the scene cannot be read;
 * with the `bank`, an answer to another of its questions is recognised.
 */
export function scoreRubricAnswer(rubric: Rubric, input: { answer: string; diagram?: DiagramGraph; scene?: unknown }, lenient = false, bank?: readonly Rubric[]): ScoredAnswer {
  let resolved: ReturnType<typeof resolveDiagram>;
  let diagramError: string | undefined;
  try {
    resolved = resolveDiagram({ rubricId: rubric.id, ...input });
  } catch (error) {
    if (!lenient || !(error instanceof ValidationError)) throw error;
    resolved = {};
    diagramError = error.message;
  }
  const { graph, reading } = resolved;
  const score = scoreAnswer(rubric, input.answer, graph, bank ? { bank } : {});
  const diagram = reading ?? (graph ? { graph } : undefined);
  return { answer: input.answer, score, ...(graph ? { graph } : {}), ...(diagram ? { diagram } : {}), ...(diagramError ? { diagramError } : {}) };
}

/**
 * Writes a grade on an item. With `whileOpen`, only while the attempt is in progress (a
 * submission that finishes judging after the attempt closed is not kept: the close graded the
 * same code, saved as the draft before judging). False when nothing was written.
 */
export async function storeGrade(db: Db, itemId: string, grade: ItemGrade, options: { submittedAt?: Date; whileOpen?: string } = {}): Promise<boolean> {
  const conditions = [eq(attemptItems.id, itemId)];
  if (options.whileOpen) {
    conditions.push(sql`exists (select 1 from ${attempts} where ${attempts.id} = ${options.whileOpen} and ${attempts.status} = 'in_progress')`);
  }
  const written = await db
    .update(attemptItems)
    .set({ ...grade, feedback: null, ...(options.submittedAt ? { submittedAt: options.submittedAt } : {}) })
    .where(and(...conditions))
    .returning({ id: attemptItems.id });
  return written.length > 0;
}
