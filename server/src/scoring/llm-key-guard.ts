import { namesUnsaid } from "./answer-key.ts";
import { compileRubric } from "./compile.ts";
import type { LlmFeedback } from "./llm.ts";
import type { Rubric } from "./rubric.ts";
import { analyzeText } from "./text.ts";

/** What stands in for the model's words when they would hand out the answer key. */
export const WITHHELD_TEXT = "Withheld: it names part of this question's model answer. Show the model answer to read the AI's full comments.";

/**
 * The AI second opinion read before the model answer is revealed. The model sees the whole
 * rubric (it must, to grade), so its reasoning and suggestions may name key ideas the candidate
 * never wrote: "Missing: base62 encoding" is the answer key by another route. Every text the
 * model wrote is held to the scorecard's rule (answer-key.ts): a distinctive term of the key is
 * shown only when the question or the candidate's answer already says it; else that text is
 * withheld, and the feedback says how many were.
 */
export function withholdAnswerKey(feedback: LlmFeedback, rubric: Rubric, answer: string): LlmFeedback {
  if (feedback.status !== "ok") return feedback;
  const { keyTerms, open } = compileRubric(rubric);
  const said = analyzeText(answer);
  let withheld = 0;
  const guard = (text: string) => {
    if (!namesUnsaid(text, keyTerms, open, said)) return text;
    withheld++;
    return WITHHELD_TEXT;
  };
  const criteria = feedback.criteria.map((c) => ({ ...c, reasoning: guard(c.reasoning), suggestion: guard(c.suggestion) }));
  const overall = guard(feedback.overall);
  const assessment = feedback.assessment && { ...feedback.assessment, reasoning: guard(feedback.assessment.reasoning), errors: feedback.assessment.errors.map(guard) };
  return { ...feedback, criteria, overall, assessment, withheld };
}
