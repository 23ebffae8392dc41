import { formatMs } from "../../lib/format.ts";
import type { AttemptItemDetail } from "../../lib/team-api.ts";
import { formatPoints, itemOutcome } from "../../lib/team-results.ts";
import { kindLabel } from "../../lib/team-set.ts";
import { StoredSecondOpinion, TeamScorecard } from "./TeamScorecard.tsx";

const FROM_LABELS = { submit: "Graded from the candidate's submission.", draft: "Graded from the draft saved when the attempt closed." } as const;

type Judge = NonNullable<AttemptItemDetail["judge"]>;

function TestList({ judge }: { judge: Judge }) {
  return (
    <ol className="test-results" aria-label="Tests">
      {judge.tests.map((test) => (
        <li key={test.index} className={`test-result test-${test.status}`}>
          <div className="test-heading">
            <span className="test-status">{test.status === "passed" ? "Passed" : test.status[0]?.toUpperCase() + test.status.slice(1)}</span>
            <span className="test-name">{test.name}</span>
            <span className="muted">{test.visibility === "sample" ? "sample" : "hidden"}</span>
            <span className="test-duration">{formatMs(test.durationMs)}</span>
          </div>
          {test.status !== "passed" && (test.message || test.expected || test.received) && (
            <div className="test-body">
              {test.message && <pre className="test-message">{test.message}</pre>}
              {test.expected !== undefined && (
                <figure className="output">
                  <figcaption>Expected</figcaption>
                  <pre>{test.expected}</pre>
                </figure>
              )}
              {test.received !== undefined && (
                <figure className="output">
                  <figcaption>Received</figcaption>
                  <pre>{test.received}</pre>
                </figure>
              )}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

const diagramSummary = (diagram: unknown) =>
  typeof diagram === "object" && diagram !== null && typeof (diagram as { summary?: unknown }).summary === "string" ? (diagram as { summary: string }).summary : null;

/** One problem of a candidate's attempt: what they wrote, and what it earned. */
export function AttemptItemView({ item }: { item: AttemptItemDetail }) {
  const headingId = `item-${item.position}-heading`;
  const awarded = item.awardedPoints === null ? "not graded" : `${formatPoints(item.awardedPoints)} of ${item.points} points`;
  const summary = diagramSummary(item.diagram);
  return (
    <section className="attempt-item" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {item.position}. {item.title} <span className="tag">{kindLabel(item.kind)}</span>
      </h2>
      <p>
        <strong>{awarded}</strong> · {itemOutcome(item)}
      </p>
      <p className="muted">{item.from ? FROM_LABELS[item.from] : "No work was saved or submitted."}</p>
      {item.error && <p className="notice notice-error">Could not be graded: {item.error}</p>}
      {item.kind === "coding" ? (
        <>
          {item.judge && (
            <div className={`verdict ${item.judge.verdict === "Accepted" ? "verdict-accepted" : "verdict-rejected"}`}>
              <p>
                <strong>{item.judge.verdict}</strong>: {item.judge.summary.passed} of {item.judge.summary.total} tests passed · runtime {formatMs(item.judge.runtimeMs)}
              </p>
              {item.judge.verdict !== "Accepted" && item.judge.message !== item.judge.verdict && <p>{item.judge.message}</p>}
              {item.judge.compileError && <pre>{item.judge.compileError.message}</pre>}
            </div>
          )}
          {(item.code ?? item.draft) && (
            <figure className="output">
              <figcaption>{item.code !== undefined ? "Code graded" : "Last saved draft"}</figcaption>
              <pre>
                <code>{item.code ?? item.draft}</code>
              </pre>
            </figure>
          )}
          {item.judge && item.judge.tests.length > 0 && <TestList judge={item.judge} />}
        </>
      ) : (
        <>
          {summary && <p className="diagram-summary">Diagram: {summary}</p>}
          {item.scorecard ? (
            <TeamScorecard score={item.scorecard} answer={item.answer ?? ""} headingId={`${headingId}-score`} />
          ) : (
            (item.answer ?? item.draft) && (
              <figure className="output">
                <figcaption>{item.answer !== undefined ? "Answer" : "Last saved draft"}</figcaption>
                <pre>{item.answer ?? item.draft}</pre>
              </figure>
            )
          )}
        </>
      )}
      {item.feedback && <StoredSecondOpinion feedback={item.feedback} />}
    </section>
  );
}
