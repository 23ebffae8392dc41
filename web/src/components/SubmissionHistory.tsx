import { useState } from "react";
import { api, type SubmissionSummary } from "../lib/api.ts";
import { formatDateTime, formatMs } from "../lib/format.ts";
import { formatClock } from "../lib/mock-round.ts";
import { useLoad } from "../lib/useLoad.ts";
import { ErrorNotice, Loading } from "./StatusMessage.tsx";


/** The signed-in candidate's submissions of this problem, newest first; any one's code can be viewed and restored. */
export function SubmissionHistory({ slug, version, onRestore }: { slug: string; version: number; onRestore: (code: string) => void }) {
  const submissions = useLoad(`submissions:${slug}:${version}`, () => api.listSubmissions(slug));
  const [viewing, setViewing] = useState<string | null>(null);

  return (
    <section className="history" aria-labelledby="history-heading">
      <h2 id="history-heading">Your submissions</h2>
      {submissions.state === "loading" && <Loading what="your submissions" />}
      {submissions.state === "failed" && <ErrorNotice title="Could not load your submissions." error={submissions.error} />}
      {submissions.state === "ready" && submissions.data.length === 0 && <p className="hint-text">Nothing submitted yet.</p>}
      {submissions.state === "ready" && submissions.data.length > 0 && (
        <ol className="history-list">
          {submissions.data.map((s) => (
            <li key={s.id} className="history-item">
              <SubmissionLine submission={s} />
              <button type="button" className="link-button" aria-expanded={viewing === s.id} onClick={() => setViewing(viewing === s.id ? null : s.id)}>
                {viewing === s.id ? "Hide code" : "View code"}
              </button>
              {viewing === s.id && <SubmissionCode id={s.id} onRestore={onRestore} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function SubmissionLine({ submission: s }: { submission: SubmissionSummary }) {
  // Accepted and stored, verdict still to come (a restart judges it on the next start): nothing to count yet.
  if (s.status === "pending" || s.verdict === null) {
    return (
      <span className="history-line">
        <strong>Judging…</strong>
        <span>{s.timeTakenMs !== null && `${formatClock(s.timeTakenMs)} into the round`}</span>
        <time dateTime={s.createdAt}>{formatDateTime(new Date(s.createdAt))}</time>
      </span>
    );
  }
  return (
    <span className="history-line">
      <strong className={s.verdict === "Accepted" ? "ok-text" : "bad-text"}>{s.verdict}</strong>
      <span>
        {s.passed}/{s.total} tests · {formatMs(s.runtimeMs)}
        {s.timeTakenMs !== null && ` · ${formatClock(s.timeTakenMs)} into the round`}
      </span>
      <time dateTime={s.createdAt}>{formatDateTime(new Date(s.createdAt))}</time>
    </span>
  );
}

function SubmissionCode({ id, onRestore }: { id: string; onRestore: (code: string) => void }) {
  const detail = useLoad(`submission:${id}`, () => api.getSubmission(id));
  if (detail.state === "loading") return <Loading what="the code" />;
  if (detail.state === "failed") return <ErrorNotice title="Could not load the code." error={detail.error} />;
  return (
    <div className="history-code">
      <pre>{detail.data.code}</pre>
      <button type="button" className="secondary" onClick={() => onRestore(detail.data.code)}>
        Restore into the editor
      </button>
    </div>
  );
}
