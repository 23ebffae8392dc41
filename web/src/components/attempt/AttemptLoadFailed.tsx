import { ApiError } from "../../lib/api.ts";
import { paths } from "../../lib/router.ts";
import { Link } from "../Link.tsx";
import { ErrorNotice } from "../StatusMessage.tsx";

/** An attempt that cannot be shown: someone else's reads as missing (the server never says whose it is). */
export function AttemptLoadFailed({ error }: { error: Error }) {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401) {
    return (
      <div className="notice" role="alert">
        <p>
          <strong>Sign in to continue your attempt.</strong> The clock keeps running meanwhile.
        </p>
        <p>
          <Link href={paths.signIn(window.location.pathname)}>Sign in</Link>
        </p>
      </div>
    );
  }
  return (
    <ErrorNotice title={status === 404 ? "No such attempt, or it is not yours." : "Could not load the attempt."} error={error}>
      <p>
        <Link href={paths.problems()}>Back to practice</Link>
      </p>
    </ErrorNotice>
  );
}
