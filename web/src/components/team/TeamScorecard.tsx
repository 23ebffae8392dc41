import type { AttemptItemDetail } from "../../lib/team-api.ts";
import { HighlightedAnswer } from "../written/HighlightedAnswer.tsx";
import { scoreHighlights } from "../written/Scorecard.tsx";
import { CriterionGaps } from "../written/CriterionGaps.tsx";
import { SecondOpinionView } from "../written/SecondOpinionView.tsx";

type Score = NonNullable<AttemptItemDetail["scorecard"]>;

const QUOTE_CHARS = 160;
const shorten = (quote: string) => (quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS)}…` : quote);

/**
 * A candidate's written answer as the scorer read it, for the team: the answer with its evidence
 * marked, then each criterion's level, evidence, red flags and what was missing. (The practice
 * Scorecard speaks to the candidate and is one per page; a result page holds several.)
 */
export function TeamScorecard({ score, answer, headingId }: { score: Score; answer: string; headingId: string }) {
  return (
    <section className="scorecard" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Scorecard: <span className="score-total">{score.total}</span> / 100
      </h3>
      <p>{score.summary}</p>
      <HighlightedAnswer text={answer} highlights={scoreHighlights(score)} label="The answer, with the evidence marked" />
      <ol className="criteria">
        {score.criteria.map((c) => (
          <li key={c.id} className="criterion">
            <h4>
              {c.title} <span className="criterion-level">level {c.level} of 4</span>
            </h4>
            <div className="bar" role="img" aria-label={`${c.points} of ${c.maxPoints} points`}>
              <span style={{ width: `${c.maxPoints > 0 ? (100 * c.points) / c.maxPoints : 0}%` }} />
            </div>
            {c.descriptor && <p className="muted">{c.descriptor}</p>}
            {c.evidence.length > 0 && (
              <ul className="answer-evidence" aria-label={`Evidence for ${c.title}`}>
                {c.evidence.map((e, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: evidence is listed as scored and never reorders.
                  <li key={i}>
                    {e.source === "diagram" ? "Diagram" : e.label}: <mark className={`mark-${e.signal}`}>{shorten(e.quote)}</mark>
                  </li>
                ))}
              </ul>
            )}
            <CriterionGaps redFlags={c.redFlags} missing={c.missing} />
          </li>
        ))}
      </ol>
    </section>
  );
}

type Feedback = NonNullable<AttemptItemDetail["feedback"]>;

/** The AI reviewer's opinion, as it was given when the answer was scored. */
export function StoredSecondOpinion({ feedback }: { feedback: Feedback }) {
  return (
    <section className="llm-opinion">
      <h3>AI second opinion</h3>
      <SecondOpinionView feedback={feedback} />
      <p className="muted">From {feedback.model}.</p>
    </section>
  );
}
