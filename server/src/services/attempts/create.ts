import { and, eq, inArray } from "drizzle-orm";
import { attemptItems, attempts, problemSetItems, type ProblemSetRow, teamProblems, teamProblemVersions } from "../../db/schema/index.ts";
import { ConflictError } from "../../lib/errors.ts";
import { problemContentHash } from "./content.ts";
import type { AttemptDeps } from "./deps.ts";

type PinnedItem = typeof attemptItems.$inferInsert;

const UNPINNABLE = "This set names a problem that is no longer available; ask the team that invited you to fix the set.";

/**
 * Pins what the candidate will be graded on, as the set is now: a team problem's published
 * version, a bank rubric's version, a bank problem's content hash. Editing the set or its
 * problems later never changes a running or past attempt.
 */
async function pinSetItems(deps: Pick<AttemptDeps, "db" | "problems" | "rubrics">, setId: string, attemptId: string): Promise<PinnedItem[]> {
  const items = await deps.db.select().from(problemSetItems).where(eq(problemSetItems.setId, setId)).orderBy(problemSetItems.position);
  const teamRefs = items.filter((i) => i.source === "team").map((i) => i.ref);
  const published = teamRefs.length
    ? await deps.db
        .select({ id: teamProblems.id, title: teamProblems.title, versionId: teamProblemVersions.id })
        .from(teamProblems)
        .innerJoin(teamProblemVersions, and(eq(teamProblemVersions.problemId, teamProblems.id), eq(teamProblemVersions.version, teamProblems.publishedVersion)))
        .where(inArray(teamProblems.id, teamRefs))
    : [];
  return items.map((item): PinnedItem => {
    const base = { attemptId, position: item.position, source: item.source, ref: item.ref, kind: item.kind, points: item.points };
    if (item.source === "team") {
      const problem = published.find((p) => p.id === item.ref);
      if (!problem) throw new ConflictError(UNPINNABLE);
      return { ...base, versionId: problem.versionId, title: problem.title };
    }
    if (item.kind === "coding") {
      const problem = deps.problems.find((p) => p.slug === item.ref);
      if (!problem) throw new ConflictError(UNPINNABLE);
      return { ...base, bankVersion: problemContentHash(problem), title: problem.title };
    }
    const rubric = deps.rubrics.find((r) => r.id === item.ref);
    if (!rubric) throw new ConflictError(UNPINNABLE);
    return { ...base, bankVersion: rubric.version, title: rubric.title };
  });
}

/** A new, not yet started attempt at the set, its items pinned; written at once (one batch). */
export async function createAttempt(
  deps: Pick<AttemptDeps, "db" | "problems" | "rubrics">,
  set: Pick<ProblemSetRow, "id" | "timeLimitMinutes">,
  userId: string,
  invitationId: string,
): Promise<string> {
  const id = crypto.randomUUID();
  const items = await pinSetItems(deps, set.id, id);
  const maxPoints = items.reduce((sum, item) => sum + item.points, 0);
  const attempt = deps.db.insert(attempts).values({ id, setId: set.id, invitationId, userId, status: "not_started", timeLimitMinutes: set.timeLimitMinutes, maxPoints });
  if (items.length === 0) await attempt;
  else await deps.db.batch([attempt, deps.db.insert(attemptItems).values(items)]);
  return id;
}
