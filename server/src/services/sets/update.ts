import { eq } from "drizzle-orm";
import { problemSetItems, problemSets } from "../../db/schema/index.ts";
import { findManagedSet } from "./access.ts";
import { type SetView, setView } from "./get.ts";
import { type BankDeps, resolveSetItems } from "./items.ts";
import type { SetInput } from "./schema.ts";

/** Replaces the set's fields and items at once; attempts already accepted keep the items they pinned. */
export async function updateSet(deps: BankDeps, userId: string, teamId: string, setId: string, input: SetInput): Promise<SetView> {
  await findManagedSet(deps.db, userId, teamId, setId);
  const items = await resolveSetItems(deps, teamId, input.items);
  const { items: _, ...fields } = input;
  const [set] = await deps.db.batch([
    deps.db
      .update(problemSets)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(problemSets.id, setId))
      .returning(),
    deps.db.delete(problemSetItems).where(eq(problemSetItems.setId, setId)),
    deps.db.insert(problemSetItems).values(items.map((item) => ({ ...item, setId }))),
  ]);
  return setView(deps, set[0]!);
}
