import { Link } from "../../components/Link.tsx";
import { ErrorNotice, Loading } from "../../components/StatusMessage.tsx";
import { AttemptItemView } from "../../components/team/AttemptItemView.tsx";
import { SignedInOnly } from "../../components/team/SignedInOnly.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { paths } from "../../lib/router.ts";
import { teamApi } from "../../lib/team-api.ts";
import { attemptStatusLabel, formatDuration, formatPoints } from "../../lib/team-results.ts";
import { useDocumentTitle, useLoad } from "../../lib/useLoad.ts";

/** One candidate's attempt at a set, in full, for the team. */
export function TeamAttemptPage({ teamId, attemptId }: { teamId: string; attemptId: string }) {
  return (
    <SignedInOnly to="see this result">
      <Attempt teamId={teamId} attemptId={attemptId} />
    </SignedInOnly>
  );
}

function Attempt({ teamId, attemptId }: { teamId: string; attemptId: string }) {
  const load = useLoad(`team-attempt:${attemptId}`, () => teamApi.getAttempt(teamId, attemptId));
  const who = load.state === "ready" ? load.data.candidate.name || load.data.candidate.email : "";
  useDocumentTitle(who ? `${who}: result` : "Result");
  if (load.state === "loading") return <Loading what="the result" />;
  if (load.state === "failed") return <ErrorNotice title="Could not load the result." error={load.error} />;
  const attempt = load.data;
  const closed = attempt.status === "submitted" || attempt.status === "expired";
  return (
    <article className="team-attempt">
      <p>
        <Link href={`${paths.teamSet(teamId, attempt.set.id)}?tab=results`}>← Results of {attempt.set.title}</Link>
      </p>
      <h1>{who}</h1>
      <dl className="limits">
        <div>
          <dt>Email</dt>
          <dd>{attempt.candidate.email}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{attemptStatusLabel(attempt.status)}</dd>
        </div>
        <div>
          <dt>Total</dt>
          <dd>{closed && attempt.awardedPoints !== null ? `${formatPoints(attempt.awardedPoints)} of ${attempt.maxPoints} points` : `not graded yet (of ${attempt.maxPoints})`}</dd>
        </div>
        <div>
          <dt>Time taken</dt>
          <dd>{formatDuration(attempt.timeTakenMs)}</dd>
        </div>
        {attempt.startedAt && (
          <div>
            <dt>Started</dt>
            <dd>{formatDateTime(new Date(attempt.startedAt))}</dd>
          </div>
        )}
        {attempt.closedAt && (
          <div>
            <dt>Closed</dt>
            <dd>{formatDateTime(new Date(attempt.closedAt))}</dd>
          </div>
        )}
      </dl>
      {attempt.items.map((item) => (
        <AttemptItemView key={item.position} item={item} />
      ))}
    </article>
  );
}
