import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { attemptItems, attempts } from "../../db/schema/index.ts";
import { ConflictError, ValidationError } from "../../lib/errors.ts";
import { MAX_ANSWER_CHARS } from "../../scoring/score.ts";
import { assertCodeFits } from "../problems/find.ts";
import { type AttemptDeps, nowOf } from "./deps.ts";
import { type LoadedItem, loadAttemptItem } from "./item.ts";

export const draftInputSchema = z.object({
  /** The code or the written answer; an empty editor is a draft too. */
  draft: z.string(),
  /** The whiteboard's Excalidraw scene (design items): left as it was when absent, cleared by null. */
  scene: z.unknown().optional(),
});
export type DraftInput = z.infer<typeof draftInputSchema>;

/** Checks a draft fits what its item can be graded on: a coding problem's code limit, the scorer's answer limit. */
export function assertDraftFits(loaded: LoadedItem, text: string): void {
  if (loaded.content.kind === "coding") assertCodeFits(loaded.content.problem, text);
  else if (text.length > MAX_ANSWER_CHARS) {
    throw new ValidationError(`The answer is longer than ${MAX_ANSWER_CHARS.toLocaleString("en")} characters.`, {
      issues: [{ path: "draft", message: `at most ${MAX_ANSWER_CHARS} characters` }],
    });
  }
}

/** Saves the candidate's work on one item, only while the clock runs. */
export async function saveItemDraft(deps: AttemptDeps, userId: string, attemptId: string, position: number, input: DraftInput): Promise<{ savedAt: string }> {
  const loaded = await loadAttemptItem(deps, userId, attemptId, position, true);
  assertDraftFits(loaded, input.draft);
  const scene = loaded.content.kind === "coding" || input.scene === undefined ? {} : { scene: input.scene };
  const savedAt = nowOf(deps);
  await writeDraft(deps, loaded, { draft: input.draft, savedAt, ...scene });
  return { savedAt: savedAt.toISOString() };
}

/** Writes the draft if the attempt is still running (the deadline may pass between the check and the write). */
export async function writeDraft(deps: AttemptDeps, loaded: LoadedItem, values: { draft: string; savedAt: Date; scene?: unknown }): Promise<void> {
  const open = sql`exists (select 1 from ${attempts} where ${attempts.id} = ${loaded.attempt.id} and ${attempts.status} = 'in_progress')`;
  const written = await deps.db
    .update(attemptItems)
    .set(values)
    .where(and(eq(attemptItems.id, loaded.item.id), open))
    .returning({ id: attemptItems.id });
  if (written.length === 0) throw new ConflictError("The attempt has closed: nothing more can be saved.");
}
