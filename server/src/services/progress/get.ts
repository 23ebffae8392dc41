import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { answers, submissions } from "../../db/schema/index.ts";

export const PROGRESS_STATES = ["solved", "tried"] as const;
/** Solved: some submission was Accepted. Tried: submitted, never Accepted. Untouched problems are absent. */
export type ProblemProgress = (typeof PROGRESS_STATES)[number];

/** A written question's best score and how many answers count toward it. */
export interface QuestionProgress {
  best: number;
  answers: number;
}

export interface Progress {
  problems: Record<string, ProblemProgress>;
  /** Per rubric id, from answers given before seeing the model answer: those after it show recall, not progress. */
  questions: Record<string, QuestionProgress>;
}

/** Where the user stands on each problem they submitted and each question they answered; nothing for someone not signed in. */
export async function getProgress(db: Db, userId: string | null): Promise<Progress> {
  if (userId === null) return { problems: {}, questions: {} };
  const rows = await db
    .select({
      slug: submissions.problemSlug,
      solved: sql<number>`max(${submissions.verdict} = 'Accepted')`,
    })
    .from(submissions)
    .where(and(eq(submissions.userId, userId), eq(submissions.mode, "submit")))
    .groupBy(submissions.problemSlug);
  const written = await db
    .select({ rubricId: answers.rubricId, best: sql<number>`max(${answers.total})`, count: sql<number>`count(*)` })
    .from(answers)
    .where(and(eq(answers.userId, userId), eq(answers.afterModelAnswer, false)))
    .groupBy(answers.rubricId);
  return {
    problems: Object.fromEntries(rows.map((row) => [row.slug, row.solved ? "solved" : "tried"])),
    questions: Object.fromEntries(written.map((row) => [row.rubricId, { best: row.best, answers: row.count }])),
  };
}
