import { and, desc, eq, inArray } from "drizzle-orm";
import { type AttemptItemRow, attemptItems, attempts, problemSets, users } from "../../db/schema/index.ts";
import { NotFoundError } from "../../lib/errors.ts";
import type { Problem } from "../../problems/load.ts";
import type { TeamDeps } from "../../teams/deps.ts";
import { requireTeamRole } from "../../teams/access.ts";
import { closeIfDue } from "../attempts/access.ts";
import { closeOverdueAttempts } from "../attempts/close.ts";
import { SOLUTION_PATH } from "../problems/find.ts";
import { findManagedSet } from "../sets/access.ts";
import { type SetView, setView } from "../sets/get.ts";
import { type AttemptResultDetail, type AttemptResultSummary, attemptDetail, attemptSummary, type TeamVisibleFiles } from "./view.ts";

export type ResultsDeps = Pick<TeamDeps, "db" | "judge" | "problems" | "rubrics" | "llm" | "now">;

/** A bank problem's run as practice shows it: its hidden tests by status only, as the candidate saw them. */
function teamVisibleFiles(problems: readonly Problem[]): TeamVisibleFiles {
  return (item) => {
    if (item.source === "team") return "all";
    const samples = problems.find((p) => p.slug === item.ref)?.tests.filter((t) => t.visibility === "sample") ?? [];
    return new Set([SOLUTION_PATH, ...samples.map((t) => t.path)]);
  };
}

async function itemsByAttempt(deps: ResultsDeps, attemptIds: string[]): Promise<Map<string, AttemptItemRow[]>> {
  const rows = attemptIds.length
    ? await deps.db.select().from(attemptItems).where(inArray(attemptItems.attemptId, attemptIds)).orderBy(attemptItems.position)
    : [];
  const byAttempt = new Map<string, AttemptItemRow[]>();
  for (const row of rows) byAttempt.set(row.attemptId, [...(byAttempt.get(row.attemptId) ?? []), row]);
  return byAttempt;
}

async function loadSetAttempts(deps: ResultsDeps, userId: string, teamId: string, setId: string) {
  const set = await findManagedSet(deps.db, userId, teamId, setId);
  // Overdue attempts are closed (and their saved work graded) before anyone reads a result.
  await closeOverdueAttempts(deps, { setId: set.id });
  const rows = await deps.db
    .select({ attempt: attempts, name: users.name, email: users.email })
    .from(attempts)
    .innerJoin(users, eq(users.id, attempts.userId))
    .where(eq(attempts.setId, set.id))
    .orderBy(desc(attempts.createdAt));
  return { set, rows, items: await itemsByAttempt(deps, rows.map((r) => r.attempt.id)) };
}

/** Every candidate's attempt at the set, for its team: status, time, points per item. */
export async function getSetResults(deps: ResultsDeps, userId: string, teamId: string, setId: string): Promise<{ set: SetView; attempts: AttemptResultSummary[] }> {
  const { set, rows, items } = await loadSetAttempts(deps, userId, teamId, setId);
  return {
    set: await setView(deps, set),
    attempts: rows.map((r) => attemptSummary(r.attempt, { name: r.name, email: r.email }, items.get(r.attempt.id) ?? [])),
  };
}

/** The results with each attempt in full, for the JSON download. */
export async function getSetResultDetails(deps: ResultsDeps, userId: string, teamId: string, setId: string): Promise<{ set: SetView; attempts: AttemptResultDetail[] }> {
  const { set, rows, items } = await loadSetAttempts(deps, userId, teamId, setId);
  const ref = { id: set.id, title: set.title };
  return {
    set: await setView(deps, set),
    attempts: rows.map((r) => attemptDetail(r.attempt, { name: r.name, email: r.email }, ref, items.get(r.attempt.id) ?? [], teamVisibleFiles(deps.problems))),
  };
}

/** One attempt in full, for a lead or owner of the team whose set it is; anyone else a 404. */
export async function getAttemptDetail(deps: ResultsDeps, userId: string, teamId: string, attemptId: string): Promise<AttemptResultDetail> {
  await requireTeamRole(deps.db, userId, teamId);
  const [row] = await deps.db
    .select({ attempt: attempts, name: users.name, email: users.email, setTitle: problemSets.title })
    .from(attempts)
    .innerJoin(problemSets, eq(problemSets.id, attempts.setId))
    .innerJoin(users, eq(users.id, attempts.userId))
    .where(and(eq(attempts.id, attemptId), eq(problemSets.organizationId, teamId)))
    .limit(1);
  if (!row) throw new NotFoundError("No such attempt in this team.");
  const attempt = await closeIfDue(deps, row.attempt);
  const items = (await itemsByAttempt(deps, [attempt.id])).get(attempt.id) ?? [];
  return attemptDetail(attempt, { name: row.name, email: row.email }, { id: attempt.setId, title: row.setTitle }, items, teamVisibleFiles(deps.problems));
}
