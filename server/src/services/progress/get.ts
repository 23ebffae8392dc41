import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { submissions } from "../../db/schema/index.ts";

export const PROGRESS_STATES = ["solved", "tried"] as const;
/** Solved: some submission was Accepted. Tried: submitted, never Accepted. Untouched problems are absent. */
export type ProblemProgress = (typeof PROGRESS_STATES)[number];

export interface Progress {
  problems: Record<string, ProblemProgress>;
}

/** Where the user stands on each problem they submitted; nothing for someone not signed in. */
export async function getProgress(db: Db, userId: string | null): Promise<Progress> {
  if (userId === null) return { problems: {} };
  const rows = await db
    .select({
      slug: submissions.problemSlug,
      solved: sql<number>`max(${submissions.verdict} = 'Accepted')`,
    })
    .from(submissions)
    .where(and(eq(submissions.userId, userId), eq(submissions.mode, "submit")))
    .groupBy(submissions.problemSlug);
  return { problems: Object.fromEntries(rows.map((row) => [row.slug, row.solved ? "solved" : "tried"])) };
}
