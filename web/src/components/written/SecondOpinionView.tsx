import type { LlmFeedback } from "../../../../server/src/scoring/llm.ts";

type Ok = Extract<LlmFeedback, { status: "ok" }>;
type Criterion = Ok["criteria"][number];

/** Feedback kept before criteria carried titles, reasoning or completeness reads as it was: the id, no reasoning, complete. */
const titleOf = (c: Criterion) => c.title || c.id;

function CriterionOpinion({ c }: { c: Criterion }) {
  const title = titleOf(c);
  return (
    <li className="criterion">
      <h4>
        {title} <span className="criterion-level">level {c.level} of 4 (scorer: {c.scorerLevel})</span>
      </h4>
      {c.flagged && <p className="notice">The model and the scorer disagree by more than one level here: worth a look.</p>}
      {c.evidence.length > 0 && (
        <ul className="answer-evidence" aria-label={`Quotes from your answer for ${title}`}>
          {c.evidence.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: quotes are listed as the model gave them and never reorder.
            <li key={i}>
              <q>{e.quote}</q>
            </li>
          ))}
        </ul>
      )}
      {c.droppedQuotes > 0 && (
        <p className="muted">
          {c.droppedQuotes === 1 ? "One quote" : `${c.droppedQuotes} quotes`} the model gave could not be found in the answer and {c.droppedQuotes === 1 ? "is" : "are"} not shown.
        </p>
      )}
      {c.reasoning && <p>{c.reasoning}</p>}
      <p>
        <strong>To raise it:</strong> {c.suggestion}
      </p>
    </li>
  );
}

function Assessment({ assessment }: { assessment: NonNullable<Ok["assessment"]> }) {
  return (
    <div className="llm-assessment">
      <p>
        <strong>Relevant to the question:</strong> {assessment.relevant ? "yes" : "no"}. <strong>Technically correct:</strong> {assessment.correct ? "yes" : "no"}.
      </p>
      {assessment.errors.length > 0 && (
        <ul aria-label="Errors the model found">
          {assessment.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <p className="muted">{assessment.reasoning}</p>
    </div>
  );
}

/** The model's opinion of one answer: whether it is complete, the verdicts on relevance and correctness, then each criterion. */
export function SecondOpinionView({ feedback }: { feedback: LlmFeedback }) {
  if (feedback.status !== "ok") return <p className="notice notice-error">The model failed: {feedback.message}</p>;
  const missing = feedback.missing ?? [];
  return (
    <>
      {feedback.complete === false && (
        <div className="notice notice-error" role="note">
          <p>
            <strong>This feedback is incomplete.</strong> The model did not grade {missing.length === 1 ? "this criterion" : "these criteria"} usably:
          </p>
          <ul>
            {missing.map((m) => (
              <li key={m.id}>
                {m.title} ({m.reason})
              </li>
            ))}
          </ul>
        </div>
      )}
      {(feedback.withheld ?? 0) > 0 && (
        <p className="notice" role="note">
          {feedback.withheld === 1 ? "One comment" : `${feedback.withheld} comments`} of the model named part of the model answer and{" "}
          {feedback.withheld === 1 ? "is" : "are"} withheld until you choose to see the model answer.
        </p>
      )}
      {feedback.assessment && <Assessment assessment={feedback.assessment} />}
      <p>{feedback.overall}</p>
      <ol className="criteria">
        {feedback.criteria.map((c) => (
          <CriterionOpinion key={c.id} c={c} />
        ))}
      </ol>
    </>
  );
}
