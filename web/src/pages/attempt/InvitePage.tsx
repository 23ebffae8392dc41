import { useState } from "react";
import { Link } from "../../components/Link.tsx";
import { Markdown } from "../../components/Markdown.tsx";
import { ResendVerification } from "../../components/ResendVerification.tsx";
import { ErrorNotice, Loading } from "../../components/StatusMessage.tsx";
import { ApiError } from "../../lib/api.ts";
import { attemptApi, type InvitationView } from "../../lib/attempt-api.ts";
import { navigate, paths } from "../../lib/router.ts";
import { useSession } from "../../lib/session.tsx";
import { useDocumentTitle, useLoad } from "../../lib/useLoad.ts";

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** /invite/:token: what the link invites to, then sign up or in, then accept. */
export function InvitePage({ token }: { token: string }) {
  const load = useLoad(`invitation:${token}`, () => attemptApi.getInvitation(token));
  useDocumentTitle(load.state === "ready" ? load.data.set.title : "Invitation");

  if (load.state === "loading") return <Loading what="the invitation" />;
  if (load.state === "failed") return <InvitationProblem error={load.error} />;
  return <Invitation token={token} invitation={load.data} />;
}

function Invitation({ token, invitation }: { token: string; invitation: InvitationView }) {
  const { user, loading } = useSession();
  const [accepting, setAccepting] = useState(false);
  const [refusal, setRefusal] = useState<Error | null>(null);
  const here = paths.invite(token);
  const { set, team } = invitation;

  async function accept() {
    setAccepting(true);
    setRefusal(null);
    try {
      const { attemptId } = await attemptApi.acceptInvitation(token);
      navigate(paths.attempt(attemptId));
    } catch (error) {
      setRefusal(error instanceof Error ? error : new Error(String(error)));
      setAccepting(false);
    }
  }

  if (refusal instanceof ApiError && (refusal.status === 404 || refusal.status === 410 || refusal.status === 429)) return <InvitationProblem error={refusal} />;
  return (
    <article className="invitation" aria-labelledby="invitation-title">
      <p className="invitation-team">{team.name} invites you to</p>
      <h1 id="invitation-title">{set.title}</h1>
      <dl className="invitation-facts">
        <dt>Time limit</dt>
        <dd>{set.timeLimitMinutes} minutes, from when you press Start</dd>
        <dt>Problems</dt>
        <dd>{set.itemCount}</dd>
        <dt>Link valid until</dt>
        <dd>{dateTime.format(new Date(invitation.expiresAt))}</dd>
      </dl>
      {set.instructions.trim() !== "" && (
        <>
          <h2>Instructions</h2>
          <Markdown source={set.instructions} label="Instructions" />
        </>
      )}
      <h2>Before you begin</h2>
      <p>Accepting does not start the clock: you will see the problems' list first, and the time starts when you press Start.</p>
      {invitation.emailBound && <p>This invitation was sent to one email address: sign in with that address to accept it.</p>}
      {loading ? (
        <Loading what="your account" />
      ) : user ? (
        <>
          <p>
            Signed in as <strong>{user.email}</strong>.
          </p>
          {refusal && (
            <ErrorNotice title="Could not accept the invitation." error={refusal}>
              {refusal instanceof ApiError && refusal.code === "email_not_verified" && <ResendVerification email={user.email} next={here} />}
            </ErrorNotice>
          )}
          <button type="button" className="primary" onClick={accept} disabled={accepting}>
            {accepting ? "Accepting…" : "Accept invitation"}
          </button>
        </>
      ) : (
        <p className="invitation-account">
          To take part you need an account: <Link href={paths.signUp(here)}>Create an account</Link> or <Link href={paths.signIn(here)}>Sign in</Link>, and you
          will come back here.
        </p>
      )}
    </article>
  );
}

/** An unusable link gets a page of its own, saying what to do, never a bare error. */
function InvitationProblem({ error }: { error: Error }) {
  const status = error instanceof ApiError ? error.status : 0;
  const title =
    status === 404
      ? "Invitation not found"
      : status === 410
        ? "This invitation link can no longer be used"
        : status === 429
          ? "Too many tries"
          : "Could not load the invitation";
  useDocumentTitle(title);
  return (
    <article className="invitation invitation-problem" aria-labelledby="invitation-problem-title">
      <h1 id="invitation-problem-title">{title}</h1>
      {status === 429 ? (
        <p>This address has opened too many invitation links in a short time. Wait a minute, then reload the page.</p>
      ) : (
        // The server words 404 and 410 for the candidate ("This invitation link has expired. Ask the team...").
        <p>{error.message}</p>
      )}
      {status === 410 && <MyAttempts />}
      <p>
        <Link href={paths.problems()}>Practice problems meanwhile</Link>
      </p>
    </article>
  );
}

/** A single-use link is used up by its own acceptance: whoever accepted it finds the way back here. */
function MyAttempts() {
  const { user } = useSession();
  const load = useLoad(`my-attempts:${user?.id ?? ""}`, () => (user ? attemptApi.listAttempts() : Promise.resolve([])));
  if (load.state !== "ready" || load.data.length === 0) return null;
  return (
    <section aria-labelledby="my-attempts-title">
      <h2 id="my-attempts-title">Already accepted?</h2>
      <ul>
        {load.data.map((a) => (
          <li key={a.id}>
            <Link href={paths.attempt(a.id)}>
              {a.setTitle} ({a.teamName})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
