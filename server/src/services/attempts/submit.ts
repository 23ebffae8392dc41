import { z } from "zod";
import type { JudgeResult } from "../../judge/types.ts";
import { ConflictError, ValidationError } from "../../lib/errors.ts";
import { type DiagramGraph, diagramGraphSchema } from "../../scoring/diagram.ts";
import type { DiagramView } from "../answers/score.ts";
import type { JudgeEvents } from "../problems/events.ts";
import { judgeSubmission } from "../problems/submit.ts";
import { attemptJudge, nowOf } from "./deps.ts";
import { assertDraftFits, writeDraft } from "./draft.ts";
import { requestFeedback } from "./feedback.ts";
import { codingGrade, rubricGrade, scoreRubricAnswer, storeGrade } from "./grade.ts";
import { loadAttemptItem } from "./item.ts";
import type { AttemptJudgingDeps } from "./run.ts";

/** Coding items send `code`; rubric items `answer`, with the whiteboard as `scene` (or a `diagram` graph). */
export const itemSubmitInputSchema = z.object({
  code: z.string().optional(),
  answer: z.string().optional(),
  diagram: diagramGraphSchema.optional(),
  scene: z.unknown().optional(),
});
export type ItemSubmitInput = z.infer<typeof itemSubmitInputSchema>;

export type CodingSubmitResult = JudgeResult & { savedAt: string; submittedAt: string };
/**
 * What a candidate learns on handing in a written item: that it was kept, and what the
 * whiteboard was read as. Never a score or a hint while the attempt runs: a hint would let them
 * resubmit toward the lead's model answer. Scores come with the result, once closed, if shown.
 */
export interface RubricSubmitResult {
  savedAt: string;
  submittedAt: string;
  diagram?: DiagramView | { graph: DiagramGraph };
}

function required(value: string | undefined, field: string): string {
  if (value === undefined || value.trim() === "") throw new ValidationError(`Send the ${field}: it is empty.`, { issues: [{ path: field, message: "required" }] });
  return value;
}

/**
 * Hands in one item; submitting again replaces the grade. The work is saved as the draft first,
 * so if the clock runs out while the judge works, the close grades this same code.
 */
export async function submitAttemptItem(
  deps: AttemptJudgingDeps,
  userId: string,
  attemptId: string,
  position: number,
  input: ItemSubmitInput,
  events: JudgeEvents = {},
): Promise<CodingSubmitResult | RubricSubmitResult> {
  const loaded = await loadAttemptItem(deps, userId, attemptId, position, true);
  const { attempt, item, content } = loaded;
  const text = required(content.kind === "coding" ? input.code : input.answer, content.kind === "coding" ? "code" : "answer");
  assertDraftFits(loaded, text);

  if (content.kind === "coding") {
    const savedAt = nowOf(deps);
    await writeDraft(deps, loaded, { draft: text, savedAt });
    const { full, redacted } = await judgeSubmission({ ...deps, judge: attemptJudge(deps.judge, userId) }, content.problem, text, events);
    const submittedAt = nowOf(deps);
    const kept = await storeGrade(deps.db, item.id, codingGrade(item.points, text, "submit", full), { submittedAt, whileOpen: attempt.id });
    if (!kept) throw new ConflictError("Time ran out while your code was judged: the attempt closed and graded the code you sent.");
    return { ...redacted, savedAt: savedAt.toISOString(), submittedAt: submittedAt.toISOString() };
  }

  const { diagram, scene } = input;
  const scored = scoreRubricAnswer(content.rubric, { answer: text, ...(diagram ? { diagram } : {}), ...(scene !== undefined ? { scene } : {}) }, false, deps.rubrics);
  const savedAt = nowOf(deps);
  await writeDraft(deps, loaded, { draft: text, savedAt, ...(scene !== undefined ? { scene } : {}) });
  const submittedAt = savedAt;
  const kept = await storeGrade(deps.db, item.id, rubricGrade(item.points, "submit", scored), { submittedAt, whileOpen: attempt.id });
  if (!kept) throw new ConflictError("The attempt has closed: nothing more can be submitted.");
  void requestFeedback(deps, item.id, submittedAt, {
    rubric: content.rubric,
    answer: text,
    score: scored.score,
    ...(scored.graph ? { diagram: scored.graph } : {}),
  });
  return { savedAt: savedAt.toISOString(), submittedAt: submittedAt.toISOString(), ...(scored.diagram ? { diagram: scored.diagram } : {}) };
}
