import { useState } from "react";
import { AttemptResultView } from "../../components/attempt/AttemptResultView.tsx";
import { AttemptItemList } from "../../components/attempt/AttemptItemList.tsx";
import { AttemptLoadFailed } from "../../components/attempt/AttemptLoadFailed.tsx";
import { ClosedNotice } from "../../components/attempt/ClosedNotice.tsx";
import { Countdown } from "../../components/attempt/Countdown.tsx";
import { Markdown } from "../../components/Markdown.tsx";
import { ErrorNotice, Loading } from "../../components/StatusMessage.tsx";
import { ApiError } from "../../lib/api.ts";
import { attemptApi, type ClockedAttempt, isClosed } from "../../lib/attempt-api.ts";
import { forgetLocalWork } from "../../lib/attempt-draft.ts";
import { useAttempt, useAttemptClock } from "../../lib/attempt-load.ts";
import { useDocumentTitle } from "../../lib/useLoad.ts";

/** /attempts/:attemptId: the instructions, the problems, the clock; Start and Finish. */
export function AttemptPage({ attemptId }: { attemptId: string }) {
  const { load, refresh, set } = useAttempt(attemptId);
  useDocumentTitle(load.state === "ready" ? load.value.attempt.set.title : "Attempt");

  if (load.state === "loading") return <Loading what="the attempt" />;
  if (load.state === "failed") return <AttemptLoadFailed error={load.error} />;
  return <AttemptOverview value={load.value} refresh={refresh} set={set} />;
}

interface OverviewProps {
  value: ClockedAttempt;
  refresh: () => Promise<void>;
  set: (value: ClockedAttempt) => void;
}

function AttemptOverview({ value, refresh, set }: OverviewProps) {
  const { attempt } = value;
  const remaining = useAttemptClock(value, refresh);
  const [busy, setBusy] = useState<"start" | "finish" | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [confirming, setConfirming] = useState(false);
  const closed = isClosed(attempt.status);

  async function act(kind: "start" | "finish") {
    setBusy(kind);
    setError(null);
    try {
      if (kind === "start") set(await attemptApi.startAttempt(attempt.id));
      else {
        set(await attemptApi.finishAttempt(attempt.id));
        forgetLocalWork(
          attempt.id,
          attempt.items.map((i) => i.position),
        );
      }
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      // Time ran out meanwhile (409): the attempt as it now stands says so.
      await refresh();
    } finally {
      setBusy(null);
      setConfirming(false);
    }
  }

  return (
    <article className="attempt-overview" aria-labelledby="attempt-title">
      <p className="invitation-team">{attempt.team.name}</p>
      <h1 id="attempt-title">{attempt.set.title}</h1>
      {attempt.set.instructions.trim() !== "" && <Markdown source={attempt.set.instructions} label="Instructions" />}
      <section className="attempt-clock-panel" aria-labelledby="attempt-clock-title">
        <h2 id="attempt-clock-title">Time</h2>
        {attempt.status === "not_started" && (
          <>
            <p>
              You have <strong>{attempt.set.timeLimitMinutes} minutes</strong> from when you press Start. The clock runs on the server: it cannot be paused, and
              closing this page or losing your connection does not stop it. Your work is saved as you go.
            </p>
            <button type="button" className="primary" onClick={() => act("start")} disabled={busy !== null}>
              {busy === "start" ? "Starting…" : "Start"}
            </button>
          </>
        )}
        {attempt.status === "in_progress" && remaining !== null && (
          <>
            <p className="attempt-time-left">
              <Countdown remaining={remaining} />
            </p>
            {remaining === 0 ? (
              <ClosedNotice attemptId={attempt.id} status="time-up" overview={false} />
            ) : confirming ? (
              <fieldset className="attempt-confirm">
                <legend>Finish now?</legend>
                <p>You cannot change anything afterwards. Problems you saved but did not submit are judged from what you saved.</p>
                <button type="button" className="primary" onClick={() => act("finish")} disabled={busy !== null}>
                  {busy === "finish" ? "Submitting…" : "Yes, finish and submit"}
                </button>{" "}
                <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={busy !== null}>
                  Keep working
                </button>
              </fieldset>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                Finish and submit
              </button>
            )}
          </>
        )}
        {closed && <ClosedNotice attemptId={attempt.id} status={attempt.status} overview={false} />}
        {error && !(error instanceof ApiError && error.status === 409) && <ErrorNotice title="That did not work." error={error} />}
      </section>
      <AttemptItemList attempt={attempt} offsetMs={value.offsetMs} />
      {closed && attempt.resultsVisible && <AttemptResultView attemptId={attempt.id} />}
      {closed && !attempt.resultsVisible && <p>The team will review your answers; they have chosen not to show results here.</p>}
    </article>
  );
}
