import type { AttemptItemRow, AttemptRow } from "../../db/schema/index.ts";
import { ConflictError } from "../../lib/errors.ts";
import type { RubricKind } from "../../scoring/rubric.ts";
import type { ItemContent } from "../../teams/content.ts";
import { type PublicProblem, publicProblem } from "../problems/get.ts";
import { type PublicRubric, publicRubric } from "../rubrics/get.ts";
import { assertInProgress, findAttemptItem, findOwnAttempt } from "./access.ts";
import { loadItemContent } from "./content.ts";
import type { AttemptDeps } from "./deps.ts";
import { iso } from "./view.ts";

interface ItemViewBase {
  position: number;
  title: string;
  points: number;
  draft: string | null;
  savedAt: string | null;
  submittedAt: string | null;
}

/** One item as the candidate works on it: the pinned problem or question without its answer key, and their saved work. */
export type AttemptItemView =
  | (ItemViewBase & { kind: "coding"; problem: PublicProblem })
  | (ItemViewBase & { kind: RubricKind; rubric: PublicRubric; scene: unknown });

export interface LoadedItem {
  attempt: AttemptRow;
  item: AttemptItemRow;
  content: ItemContent;
}

/**
 * The candidate's item with its pinned content. `write` needs the clock running; reading needs
 * it started (the problems stay unseen until the candidate starts the clock) and may follow the close.
 */
export async function loadAttemptItem(deps: AttemptDeps, userId: string, attemptId: string, position: number, write: boolean): Promise<LoadedItem> {
  const attempt = await findOwnAttempt(deps, userId, attemptId);
  if (write) assertInProgress(attempt);
  else if (attempt.status === "not_started") throw new ConflictError("Start the attempt first: the clock starts when you do.");
  const item = await findAttemptItem(deps.db, attempt.id, position);
  return { attempt, item, content: await loadItemContent(deps, item) };
}

export async function getAttemptItem(deps: AttemptDeps, userId: string, attemptId: string, position: number): Promise<AttemptItemView> {
  const { item, content } = await loadAttemptItem(deps, userId, attemptId, position, false);
  const base: ItemViewBase = {
    position: item.position,
    title: item.title,
    points: item.points,
    draft: item.draft,
    savedAt: iso(item.savedAt),
    submittedAt: iso(item.submittedAt),
  };
  if (content.kind === "coding") return { ...base, kind: "coding", problem: publicProblem(content.problem) };
  return { ...base, kind: content.kind, rubric: publicRubric(content.rubric), scene: item.scene ?? null };
}
