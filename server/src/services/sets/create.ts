import { problemSetItems, problemSets } from "../../db/schema/index.ts";
import { requireTeamRole } from "../../teams/access.ts";
import { type SetView, setView } from "./get.ts";
import { type BankDeps, resolveSetItems } from "./items.ts";
import type { SetInput } from "./schema.ts";

export async function createSet(deps: BankDeps, userId: string, teamId: string, input: SetInput): Promise<SetView> {
  await requireTeamRole(deps.db, userId, teamId);
  const items = await resolveSetItems(deps, teamId, input.items);
  const id = crypto.randomUUID();
  const now = new Date();
  const { items: _, ...fields } = input;
  const [set] = await deps.db.batch([
    deps.db
      .insert(problemSets)
      .values({ id, organizationId: teamId, createdBy: userId, createdAt: now, updatedAt: now, ...fields })
      .returning(),
    deps.db.insert(problemSetItems).values(items.map((item) => ({ ...item, setId: id }))),
  ]);
  return setView(deps, set[0]!);
}
