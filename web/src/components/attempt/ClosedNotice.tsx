import type { AttemptStatus } from "../../lib/attempt-api.ts";
import { paths } from "../../lib/router.ts";
import { Link } from "../Link.tsx";

/** Why nothing can be changed any more, and that the saved work counts. */
export function ClosedNotice({ attemptId, status, overview = true }: { attemptId: string; status: AttemptStatus | "time-up"; overview?: boolean }) {
  return (
    <div className="notice attempt-closed" role="alert">
      <p>
        <strong>{status === "submitted" ? "You have submitted this attempt." : "Time ran out — we kept what you saved."}</strong>{" "}
        {status === "time-up" ? "The attempt is closing; your work can no longer be changed." : "Your work can be read but no longer changed."}
      </p>
      {overview && (
        <p>
          <Link href={paths.attempt(attemptId)}>Back to the overview</Link>
        </p>
      )}
    </div>
  );
}
