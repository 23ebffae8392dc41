import { useCallback, useEffect, useState } from "react";
import { AttemptBar } from "../../components/attempt/AttemptBar.tsx";
import { AttemptLoadFailed } from "../../components/attempt/AttemptLoadFailed.tsx";
import { ClosedNotice } from "../../components/attempt/ClosedNotice.tsx";
import { CodingItem } from "../../components/attempt/CodingItem.tsx";
import { SaveStatus } from "../../components/attempt/SaveStatus.tsx";
import { WrittenItem } from "../../components/attempt/WrittenItem.tsx";
import { preloadEditor } from "../../components/CodeEditor.tsx";
import { Link } from "../../components/Link.tsx";
import { ErrorNotice, Loading } from "../../components/StatusMessage.tsx";
import { ApiError } from "../../lib/api.ts";
import { type AttemptItemView, attemptApi, type ClockedAttempt, isClosed } from "../../lib/attempt-api.ts";
import { toMs } from "../../lib/attempt-clock.ts";
import { useAttemptDraft } from "../../lib/attempt-draft.ts";
import { useAttempt, useAttemptClock } from "../../lib/attempt-load.ts";
import { paths } from "../../lib/router.ts";
import { useDocumentTitle, useLoad } from "../../lib/useLoad.ts";

/** Saves go out at once this close to the deadline, rather than after the usual pause. */
const LAST_CALL_MS = 5000;

/** /attempts/:attemptId/items/:position: one problem, in practice's round UI, under the attempt bar. */
export function AttemptItemPage({ attemptId, position }: { attemptId: string; position: number }) {
  const { load, refresh } = useAttempt(attemptId);
  const item = useLoad(`attempt-item:${attemptId}:${position}`, () => attemptApi.getItem(attemptId, position));
  const summary = load.state === "ready" ? load.value.attempt.items.find((i) => i.position === position) : undefined;
  useDocumentTitle(summary?.title ?? "Attempt");
  const coding = summary?.kind === "coding";
  useEffect(() => {
    if (coding) preloadEditor();
  }, [coding]);

  if (load.state === "loading") return <Loading what="the attempt" />;
  if (load.state === "failed") return <AttemptLoadFailed error={load.error} />;
  const { attempt } = load.value;
  if (attempt.status === "not_started") {
    return (
      <div className="notice" role="alert">
        <p>
          <strong>The clock has not started yet.</strong> Start the attempt from its overview to open the problems.
        </p>
        <p>
          <Link href={paths.attempt(attemptId)}>Go to the overview</Link>
        </p>
      </div>
    );
  }
  if (item.state === "loading") return <Loading what="the problem" />;
  if (item.state === "failed") {
    const missing = item.error instanceof ApiError && item.error.status === 404;
    return (
      <ErrorNotice title={missing ? "This attempt has no such problem." : "Could not load the problem."} error={item.error}>
        <p>
          <Link href={paths.attempt(attemptId)}>Back to the overview</Link>
        </p>
      </ErrorNotice>
    );
  }
  return <AttemptItem value={load.value} item={item.data} position={position} refresh={refresh} />;
}

interface AttemptItemProps {
  value: ClockedAttempt;
  item: AttemptItemView;
  position: number;
  refresh: () => Promise<void>;
}

function AttemptItem({ value, item, position, refresh }: AttemptItemProps) {
  const { attempt, offsetMs } = value;
  const remaining = useAttemptClock(value, refresh);
  const [refused, setRefused] = useState(false);
  const onClosed = useCallback(() => {
    setRefused(true);
    void refresh();
  }, [refresh]);
  const onSubmitted = useCallback(() => void refresh(), [refresh]);
  const autosave = useAttemptDraft({
    attemptId: attempt.id,
    position,
    server: { draft: item.draft, ...(item.kind !== "coding" && item.scene != null ? { scene: item.scene } : {}), savedAt: toMs(item.savedAt) },
    offsetMs,
    onClosed,
  });
  const closed = isClosed(attempt.status);
  const locked = closed || refused || remaining === 0;

  // The last changes go out at once near the deadline, and whatever is left when the time is up.
  const lastCall = locked || (remaining !== null && remaining <= LAST_CALL_MS);
  const { flush } = autosave;
  useEffect(() => {
    if (lastCall) flush();
  }, [lastCall, flush]);

  const summary = attempt.items.find((i) => i.position === position);
  const header = (
    <>
      <AttemptBar
        attemptId={attempt.id}
        setTitle={attempt.set.title}
        items={attempt.items}
        position={position}
        remaining={remaining}
        status={closed ? null : <SaveStatus status={autosave.status} offsetMs={offsetMs} />}
      />
      {locked && <ClosedNotice attemptId={attempt.id} status={closed ? attempt.status : "time-up"} />}
      {summary && <p className="attempt-item-points">{summary.points} points</p>}
    </>
  );
  const common = { attemptId: attempt.id, position, autosave, locked, header, onClosed, onSubmitted };
  if (item.kind === "coding") return <CodingItem {...common} item={item} />;
  return <WrittenItem {...common} item={item} submittedAt={toMs(summary?.submittedAt)} offsetMs={offsetMs} />;
}
