import { useState } from "react";
import { Link } from "../../components/Link.tsx";
import { ResendVerification } from "../../components/ResendVerification.tsx";
import { ErrorNotice } from "../../components/StatusMessage.tsx";
import { SignedInOnly } from "../../components/team/SignedInOnly.tsx";
import { ApiError } from "../../lib/api.ts";
import { navigate, paths } from "../../lib/router.ts";
import { useSession } from "../../lib/session.tsx";
import { teamApi } from "../../lib/team-api.ts";
import { useDocumentTitle } from "../../lib/useLoad.ts";

/** A lead's invitation to a team: accepted by the account with the invited email. */
export function TeamJoinPage({ invitationId }: { invitationId: string }) {
  useDocumentTitle("Join a team");
  return (
    <section aria-labelledby="join-heading">
      <h1 id="join-heading">Join a team</h1>
      <SignedInOnly to="accept this invitation">
        <Accept invitationId={invitationId} />
      </SignedInOnly>
    </section>
  );
}

function Accept({ invitationId }: { invitationId: string }) {
  const { user } = useSession();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);

  async function accept() {
    setPending(true);
    setFailure(null);
    try {
      const { teamId } = await teamApi.joinTeam(invitationId);
      navigate(paths.team(teamId));
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
      setPending(false);
    }
  }

  return (
    <>
      <p>
        You have been invited to join a team as a lead: you will write problems, build interview sets and see candidates' results. The invitation
        is for one email address; you are signed in as <strong>{user?.email}</strong>.
      </p>
      <button type="button" className="primary" onClick={accept} disabled={pending}>
        {pending ? "Joining…" : "Accept and join the team"}
      </button>
      {failure && (
        <ErrorNotice title="Could not join." error={failure}>
          {failure instanceof ApiError && failure.code === "email_not_verified" && user ? (
            <ResendVerification email={user.email} next={paths.teamJoin(invitationId)} />
          ) : (
            <p>
              If the invitation was sent to another address, sign in with that one. <Link href={paths.teams()}>Your teams</Link>
            </p>
          )}
        </ErrorNotice>
      )}
    </>
  );
}
