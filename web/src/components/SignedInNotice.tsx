import { paths } from "../lib/router.ts";
import { Link } from "./Link.tsx";

/** What the sign-in and sign-up pages show someone already signed in. */
export function SignedInNotice({ email }: { email: string }) {
  return (
    <p className="notice">
      You are signed in as <strong>{email}</strong>. <Link href={paths.problems()}>Go to the problems</Link>.
    </p>
  );
}
