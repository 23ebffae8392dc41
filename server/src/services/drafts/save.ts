import type { z } from "zod";
import type { Db } from "../../db/client.ts";
import { draftInsertSchema, drafts } from "../../db/schema/index.ts";
import type { Problem } from "../../problems/load.ts";
import { assertCodeFits, findProblem } from "../problems/find.ts";

/** The request body: just the code (an empty editor is a draft too). */
export const saveDraftInputSchema = draftInsertSchema.pick({ code: true });
export type SaveDraftInput = z.infer<typeof saveDraftInputSchema>;

export interface SaveDraftDeps {
  db: Db;
  problems: readonly Problem[];
}

/** Keeps the user's latest code for a problem, replacing what was there; as large as a submission may be. */
export async function saveDraft(deps: SaveDraftDeps, userId: string, slug: string, input: SaveDraftInput): Promise<{ updatedAt: string }> {
  const problem = findProblem(deps.problems, slug);
  assertCodeFits(problem, input.code);
  const updatedAt = new Date();
  await deps.db
    .insert(drafts)
    .values({ userId, problemSlug: problem.slug, code: input.code, updatedAt })
    .onConflictDoUpdate({ target: [drafts.userId, drafts.problemSlug], set: { code: input.code, updatedAt } });
  return { updatedAt: updatedAt.toISOString() };
}
