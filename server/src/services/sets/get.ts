import { eq } from "drizzle-orm";
import { type ProblemSetRow, problemSetItems } from "../../db/schema/index.ts";
import { findManagedSet } from "./access.ts";
import { type BankDeps, describeSetItems, type SetItemView } from "./items.ts";

export interface SetView {
  id: string;
  title: string;
  instructions: string;
  timeLimitMinutes: number;
  resultsVisibleToCandidate: boolean;
  items: SetItemView[];
  updatedAt: string;
}

export async function setView(deps: BankDeps, set: ProblemSetRow): Promise<SetView> {
  const items = await deps.db.select().from(problemSetItems).where(eq(problemSetItems.setId, set.id));
  return {
    id: set.id,
    title: set.title,
    instructions: set.instructions,
    timeLimitMinutes: set.timeLimitMinutes,
    resultsVisibleToCandidate: set.resultsVisibleToCandidate,
    items: await describeSetItems(deps, items),
    updatedAt: set.updatedAt.toISOString(),
  };
}

export async function getSet(deps: BankDeps, userId: string, teamId: string, setId: string): Promise<SetView> {
  return setView(deps, await findManagedSet(deps.db, userId, teamId, setId));
}
