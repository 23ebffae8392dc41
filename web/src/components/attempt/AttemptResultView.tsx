import { type AttemptResult, attemptApi } from "../../lib/attempt-api.ts";
import { formatClock } from "../../lib/mock-round.ts";
import { useLoad } from "../../lib/useLoad.ts";
import { JudgeResultView } from "../JudgeResultView.tsx";
import { ErrorNotice, Loading } from "../StatusMessage.tsx";
import { KIND_LABELS } from "./AttemptItemList.tsx";

type ItemResult = AttemptResult["items"][number];

const noGoTo = () => {};
const points = (n: number) => `${Math.round(n * 10) / 10}`;

/** The candidate's outcome, when the team shows it: totals, then each problem's verdict or scorecard. */
export function AttemptResultView({ attemptId }: { attemptId: string }) {
  const load = useLoad(`attempt-result:${attemptId}`, () => attemptApi.getResult(attemptId));
  if (load.state === "loading") return <Loading what="your result" />;
  if (load.state === "failed") return <ErrorNotice title="Could not load your result." error={load.error} />;
  const result = load.data;
  return (
    <section className="attempt-result" aria-labelledby="attempt-result-title">
      <h2 id="attempt-result-title">Your result</h2>
      <p className="attempt-result-total">
        <strong>
          {points(result.awardedPoints)} of {result.maxPoints} points
        </strong>
        {result.timeTakenMs !== null && <> · time taken {formatClock(result.timeTakenMs)}</>}
      </p>
      {result.items.map((item) => (
        <ItemOutcome key={item.position} item={item} />
      ))}
    </section>
  );
}

function ItemOutcome({ item }: { item: ItemResult }) {
  const headingId = `attempt-result-item-${item.position}`;
  return (
    <section className="attempt-result-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {item.title} <span className="muted">({KIND_LABELS[item.kind]})</span>
      </h3>
      <p>
        {points(item.awardedPoints)} of {item.points} points
        {item.from === null && " · nothing was saved"}
        {item.from === "draft" && " · graded from your saved draft"}
        {item.verdict && ` · ${item.verdict}`}
        {item.passed !== null && item.total !== null && ` · ${item.passed} of ${item.total} tests passed`}
        {item.score !== null && ` · score ${item.score} / 100`}
      </p>
      {item.error && <p className="notice notice-error">{item.error}</p>}
      {item.judge && (
        <details>
          <summary>Test results</summary>
          <JudgeResultView judging={{ phase: "done", kind: "submit", total: item.judge.summary.total, tests: item.judge.tests, result: item.judge }} onGoTo={noGoTo} />
        </details>
      )}
      {item.scorecard && (
        <details>
          <summary>Scorecard</summary>
          <p>{item.scorecard.summary}</p>
          <ul className="criteria">
            {item.scorecard.criteria.map((c) => (
              <li key={c.id}>
                {c.title}: level {c.level} of 4 ({c.points} of {c.maxPoints} points){c.missing.length > 0 && `. Missing: ${c.missing.join(", ")}.`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
