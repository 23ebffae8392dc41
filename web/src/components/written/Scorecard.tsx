import { type ReactNode, useState } from "react";
import type { Evidence } from "../../../../server/src/scoring/result.ts";
import type { AnswerResult } from "../../lib/api.ts";
import type { Highlight } from "../../lib/highlight.ts";
import { HighlightedAnswer } from "./HighlightedAnswer.tsx";
import { CriterionGaps } from "./CriterionGaps.tsx";
import { ModelAnswerReveal } from "./ModelAnswerReveal.tsx";
import { ScoreNotices } from "./ScoreNotices.tsx";

/** What highlighting needs of a scorecard: the candidate's, or a lead's whole one. */
interface Marked {
  criteria: readonly { evidence: readonly Evidence[]; redFlags: readonly Evidence[] }[];
}

const answerHighlights = (evidence: readonly Evidence[], tone: (e: Evidence) => string): Highlight[] =>
  evidence.flatMap((e) => (e.source === "answer" && e.start !== undefined && e.end !== undefined ? [{ start: e.start, end: e.end, label: e.label, tone: tone(e) }] : []));

const QUOTE_CHARS = 160;
const shorten = (quote: string) => (quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS)}…` : quote);

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}

/** Every answer quote the scorer used, toned by signal; red flags stand out. */
export function scoreHighlights(score: Marked): Highlight[] {
  return score.criteria.flatMap((c) => [...answerHighlights(c.evidence, (e) => e.signal), ...answerHighlights(c.redFlags, () => "red-flag")]);
}

/**
 * The deterministic score of a written answer: total, then each criterion with its evidence and
 * what is missing (named at the level of the criterion until the model answer is shown), and
 * the button that shows it. An answer the scorer cannot read fairly has its number marked so.
 */
export function Scorecard({ result, answer, highlights, children }: { result: AnswerResult; answer: string; highlights?: Highlight[]; children?: ReactNode }) {
  const [revealed, setRevealed] = useState<AnswerResult["score"] | null>(null);
  const score = revealed ?? result.score;
  const unreliable = score.reliability?.reliable === false;
  return (
    <section className="scorecard" aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">
        Scorecard: <span className={unreliable ? "score-total score-unreliable" : "score-total"}>{score.total}</span> / 100{unreliable && " (not reliable)"}
      </h2>
      <ScoreNotices result={{ score, ...(result.afterModelAnswer !== undefined ? { afterModelAnswer: result.afterModelAnswer } : {}) }} />
      <p>{score.summary}</p>
      {children}
      <HighlightedAnswer text={answer} highlights={highlights ?? scoreHighlights(score)} label="Your answer, with the evidence marked" />
      <ol className="criteria">
        {score.criteria.map((c) => {
          const diagram = c.evidence.filter((e) => e.source === "diagram");
          const quoted = c.evidence.filter((e) => e.source === "answer");
          return (
            <li key={c.id} className="criterion">
              <h3>
                {c.title} <span className="criterion-level">level {c.level} of 4</span>
              </h3>
              <div className="bar" role="img" aria-label={`${c.points} of ${c.maxPoints} points`}>
                <span style={{ width: `${c.maxPoints > 0 ? (100 * c.points) / c.maxPoints : 0}%` }} />
              </div>
              {c.descriptor && <p className="muted">What level {c.level} looks like: {c.descriptor}</p>}
              {quoted.length > 0 && (
                <ul className="answer-evidence" aria-label="From your answer">
                  {uniqueBy(quoted, (e) => e.label).map((e) => (
                    <li key={e.label}>
                      {e.label}: <mark className={`mark-${e.signal}`}>{shorten(e.quote)}</mark>
                    </li>
                  ))}
                </ul>
              )}
              {diagram.length > 0 && (
                <ul className="diagram-evidence" aria-label="From the diagram">
                  {diagram.map((e) => (
                    <li key={e.quote}>{e.quote}</li>
                  ))}
                </ul>
              )}
              <CriterionGaps redFlags={c.redFlags} missing={c.missing} />
              {c.suggestion && <p className="suggestion">Next time: {c.suggestion}</p>}
            </li>
          );
        })}
      </ol>
      {(result.id || result.score.answerKey === "hidden") && <ModelAnswerReveal key={result.id} answerId={result.id} onRevealed={setRevealed} />}
    </section>
  );
}
