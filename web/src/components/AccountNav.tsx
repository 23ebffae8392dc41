import { useState } from "react";
import { paths, usePathname } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { Link } from "./Link.tsx";

/** The header's account corner: who is signed in and a way out, or the ways in. */
export function AccountNav() {
  const { user, loading, signOut } = useSession();
  const pathname = usePathname();
  const [failure, setFailure] = useState<string | null>(null);

  if (loading) return <nav className="account-nav" aria-label="Account" />;

  async function leave() {
    setFailure(null);
    try {
      await signOut();
    } catch (error) {
      setFailure(`Could not sign out. ${error instanceof Error ? error.message : ""}`);
    }
  }

  // Coming back to this page after signing in, unless this page is the sign-in form itself.
  const next = pathname === "/sign-in" || pathname === "/sign-up" ? undefined : pathname;
  return (
    <nav className="account-nav" aria-label="Account">
      {user ? (
        <>
          <Link href={paths.teams()}>Teams</Link>
          <span className="signed-in-as">
            Signed in as <strong>{user.email}</strong>
          </span>
          <button type="button" className="secondary" onClick={leave}>
            Sign out
          </button>
        </>
      ) : (
        <>
          <Link href={paths.signIn(next)}>Sign in</Link>
          <Link href={paths.signUp(next)}>Create account</Link>
        </>
      )}
      {failure && (
        <span role="alert" className="notice-error">
          {failure}
        </span>
      )}
    </nav>
  );
}
