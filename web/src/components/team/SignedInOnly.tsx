import type { ReactNode } from "react";
import { paths, usePathname } from "../../lib/router.ts";
import { useSession } from "../../lib/session.tsx";
import { Link } from "../Link.tsx";
import { Loading } from "../StatusMessage.tsx";

/** Team pages are for signed-in leads: anyone else is asked to sign in and comes back here after. */
export function SignedInOnly({ to, children }: { to: string; children: ReactNode }) {
  const { user, loading } = useSession();
  const pathname = usePathname();
  if (loading) return <Loading what="your account" />;
  if (!user) {
    const next = `${pathname}${window.location.search}`;
    return (
      <p className="notice">
        Sign in to {to}. <Link href={paths.signIn(next)}>Sign in</Link> or <Link href={paths.signUp(next)}>create an account</Link>.
      </p>
    );
  }
  return <>{children}</>;
}
