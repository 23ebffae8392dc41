import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { type AttemptRow, type AttemptStatus, attemptItems, organizations, problemSets } from "../../db/schema/index.ts";
import type { TeamProblemKind } from "../../db/schema/index.ts";
import { nowOf } from "./deps.ts";

export interface AttemptOverview {
  id: string;
  status: AttemptStatus;
  /** The server's time when it answered, so the page's countdown follows the server's clock, not the device's. */
  serverNow: string;
  startedAt: string | null;
  deadlineAt: string | null;
  closedAt: string | null;
  team: { name: string };
  set: { title: string; instructions: string; timeLimitMinutes: number };
  resultsVisible: boolean;
  /** Before the clock starts, each item's kind and points only: a title would let the candidate prepare off the clock. */
  items: { position: number; kind: TeamProblemKind; title?: string; points: number; savedAt: string | null; submittedAt: string | null }[];
}

export const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/** What the candidate sees of their attempt: the clock, the instructions, the items and what they saved. */
export async function attemptOverview(deps: { db: Db; now?: (() => Date) | undefined }, attempt: AttemptRow): Promise<AttemptOverview> {
  const [set] = await deps.db
    .select({ title: problemSets.title, instructions: problemSets.instructions, resultsVisible: problemSets.resultsVisibleToCandidate, teamName: organizations.name })
    .from(problemSets)
    .innerJoin(organizations, eq(organizations.id, problemSets.organizationId))
    .where(eq(problemSets.id, attempt.setId))
    .limit(1);
  const items = await deps.db
    .select({
      position: attemptItems.position,
      kind: attemptItems.kind,
      title: attemptItems.title,
      points: attemptItems.points,
      savedAt: attemptItems.savedAt,
      submittedAt: attemptItems.submittedAt,
    })
    .from(attemptItems)
    .where(eq(attemptItems.attemptId, attempt.id))
    .orderBy(attemptItems.position);
  return {
    id: attempt.id,
    status: attempt.status,
    serverNow: nowOf(deps).toISOString(),
    startedAt: iso(attempt.startedAt),
    deadlineAt: iso(attempt.deadlineAt),
    closedAt: iso(attempt.closedAt),
    team: { name: set?.teamName ?? "" },
    set: { title: set?.title ?? "", instructions: set?.instructions ?? "", timeLimitMinutes: attempt.timeLimitMinutes },
    resultsVisible: set?.resultsVisible ?? false,
    items: items.map(({ title, ...item }) => ({
      ...item,
      ...(attempt.status === "not_started" ? {} : { title }),
      savedAt: iso(item.savedAt),
      submittedAt: iso(item.submittedAt),
    })),
  };
}
