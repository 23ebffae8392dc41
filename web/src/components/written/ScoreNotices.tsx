import type { AnswerResult } from "../../lib/api.ts";

/**
 * What a number alone would hide: that the scorer could not read the answer fairly (a list,
 * not English, too short), and that it was given after seeing the model answer.
 */
export function ScoreNotices({ result }: { result: Pick<AnswerResult, "score" | "afterModelAnswer"> }) {
  const { reliability } = result.score;
  return (
    <>
      {result.afterModelAnswer && <p className="notice after-model-answer">Answered after seeing the model answer: not counted in your progress.</p>}
      {reliability && !reliability.reliable && (
        <p className="notice notice-warning" role="note">
          {reliability.message}
        </p>
      )}
    </>
  );
}
