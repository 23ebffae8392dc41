import { useState } from "react";
import { paths } from "../../lib/router.ts";
import { teamApi } from "../../lib/team-api.ts";
import { resultsTable } from "../../lib/team-results.ts";
import { kindLabel } from "../../lib/team-set.ts";
import { useLoad } from "../../lib/useLoad.ts";
import { Link } from "../Link.tsx";
import { ErrorNotice, Loading } from "../StatusMessage.tsx";

/** Every candidate's attempt side by side: points and outcome per problem, total, time, status. */
export function SetResults({ teamId, setId }: { teamId: string; setId: string }) {
  const [reload, setReload] = useState(0);
  const load = useLoad(`set-results:${setId}:${reload}`, () => teamApi.getResults(teamId, setId));
  const [downloadError, setDownloadError] = useState<Error | null>(null);

  async function download(get: () => Promise<void>) {
    setDownloadError(null);
    try {
      await get();
    } catch (error) {
      setDownloadError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <div className="actions">
        <button type="button" onClick={() => download(() => teamApi.downloadResultsCsv(teamId, setId))}>
          Download CSV
        </button>
        <button type="button" onClick={() => download(() => teamApi.downloadResultsJson(teamId, setId))}>
          Download JSON (with details)
        </button>
        <button type="button" className="secondary" onClick={() => setReload((r) => r + 1)}>
          Refresh
        </button>
      </div>
      {downloadError && <ErrorNotice title="Could not download." error={downloadError} />}
      {load.state === "loading" && <Loading what="the results" />}
      {load.state === "failed" && <ErrorNotice title="Could not load the results." error={load.error} />}
      {load.state === "ready" && <ResultsTable teamId={teamId} attempts={load.data.attempts} />}
    </section>
  );
}

function ResultsTable({ teamId, attempts }: { teamId: string; attempts: Parameters<typeof resultsTable>[0] }) {
  if (attempts.length === 0) return <p className="notice">No candidate has opened an invitation to this set yet.</p>;
  const { columns, rows } = resultsTable(attempts);
  return (
    <div className="table-scroll">
      <table className="data-table results-table">
        <caption className="visually-hidden">Results by candidate</caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Status</th>
            {/* Before the problems: with many problems the table scrolls, and the total must stay in view. */}
            <th scope="col">Total</th>
            <th scope="col">Time taken</th>
            {columns.map((c) => (
              <th key={c.position} scope="col">
                {c.position}. {c.title}
                <span className="muted column-kind">
                  {" "}
                  {kindLabel(c.kind)}, {c.points} pts
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link href={paths.teamAttempt(teamId, row.id)}>{row.candidate}</Link>
                {row.candidate !== row.email && <div className="muted">{row.email}</div>}
              </th>
              <td>{row.status}</td>
              <td>
                <strong>{row.total}</strong>
              </td>
              <td>{row.timeTaken}</td>
              {row.cells.map((cell, i) => (
                <td key={columns[i]?.position} className={cell ? `result-${cell.tone}` : undefined}>
                  {cell ? (
                    <>
                      <strong>{cell.points}</strong>
                      <div className="result-outcome">{cell.outcome}</div>
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
