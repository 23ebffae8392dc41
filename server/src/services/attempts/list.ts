import { desc, eq } from "drizzle-orm";
import { type AttemptStatus, attempts, organizations, problemSets } from "../../db/schema/index.ts";
import { closeOverdueAttempts } from "./close.ts";
import type { AttemptDeps } from "./deps.ts";
import { iso } from "./view.ts";

export interface AttemptSummary {
  id: string;
  setTitle: string;
  teamName: string;
  status: AttemptStatus;
  deadlineAt: string | null;
}

/** The candidate's own attempts, newest first, each with the clock applied. */
export async function listMyAttempts(deps: AttemptDeps, userId: string): Promise<AttemptSummary[]> {
  await closeOverdueAttempts(deps, { userId });
  const rows = await deps.db
    .select({ id: attempts.id, setTitle: problemSets.title, teamName: organizations.name, status: attempts.status, deadlineAt: attempts.deadlineAt })
    .from(attempts)
    .innerJoin(problemSets, eq(problemSets.id, attempts.setId))
    .innerJoin(organizations, eq(organizations.id, problemSets.organizationId))
    .where(eq(attempts.userId, userId))
    .orderBy(desc(attempts.createdAt));
  return rows.map((row) => ({ ...row, deadlineAt: iso(row.deadlineAt) }));
}
