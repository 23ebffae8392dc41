import { formatDateTime } from "../../lib/format.ts";
import { paths } from "../../lib/router.ts";
import { teamApi } from "../../lib/team-api.ts";
import { useLoad } from "../../lib/useLoad.ts";
import { Link } from "../Link.tsx";
import { ErrorNotice, Loading } from "../StatusMessage.tsx";

/** The team's interview sets, each a link to its builder, invitations and results. */
export function SetsTab({ teamId }: { teamId: string }) {
  const load = useLoad(`sets:${teamId}`, () => teamApi.listSets(teamId));
  return (
    <section aria-labelledby="sets-heading">
      <h2 id="sets-heading">Sets</h2>
      <p className="hint-text">A set is one interview: problems in order, points, a time limit and instructions. Candidates get it through an invitation link.</p>
      <p>
        <Link href={paths.teamSetNew(teamId)} className="button-link">
          New set
        </Link>
      </p>
      {load.state === "loading" && <Loading what="the sets" />}
      {load.state === "failed" && <ErrorNotice title="Could not load the sets." error={load.error} />}
      {load.state === "ready" &&
        (load.data.length === 0 ? (
          <p className="notice">No sets yet.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Sets</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Problems</th>
                <th scope="col">Time limit</th>
                <th scope="col">Attempts</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {load.data.map((set) => (
                <tr key={set.id}>
                  <td>
                    <Link href={paths.teamSet(teamId, set.id)}>{set.title}</Link>
                  </td>
                  <td>{set.itemCount}</td>
                  <td>{set.timeLimitMinutes} min</td>
                  <td>{set.attemptCount}</td>
                  <td>{formatDateTime(new Date(set.updatedAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
