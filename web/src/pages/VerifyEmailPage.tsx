import { Link } from "../components/Link.tsx";
import { ResendVerification } from "../components/ResendVerification.tsx";
import { Loading } from "../components/StatusMessage.tsx";
import { nextPath, paths } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { useDocumentTitle } from "../lib/useLoad.ts";

/**
 * Where the link in the verification mail lands once the server has checked it (`?error=` when it
 * could not), then goes on to `next`: the invitation the person signed up from, say.
 */
export function VerifyEmailPage() {
  const { user, loading } = useSession();
  const search = new URLSearchParams(window.location.search);
  const failed = search.get("error") !== null;
  const next = nextPath(window.location.search);
  const confirmed = !failed && (user === null || user.emailVerified);
  useDocumentTitle(confirmed ? "Email address confirmed" : "Confirm your email address");

  if (loading) return <Loading what="your account" />;
  return (
    <section className="account-page" aria-labelledby="verify-email-title">
      <h1 id="verify-email-title">{confirmed ? "Email address confirmed" : "Confirm your email address"}</h1>
      {confirmed ? (
        <p className="notice">
          Your email address is confirmed: you can accept invitations sent to it. <Link href={next}>Continue</Link>
        </p>
      ) : (
        <p className="notice notice-error">
          {failed ? "This link has expired or is not valid." : "Your email address is not confirmed yet."} Open the link we emailed you, or ask for a new one.
        </p>
      )}
      {!confirmed && user && <ResendVerification email={user.email} next={next} />}
      {!confirmed && !user && (
        <p>
          <Link href={paths.signIn(paths.verifyEmail(next))}>Sign in</Link> to get a new link.
        </p>
      )}
    </section>
  );
}
