import { useState } from "react";
import { formatDateTime } from "../../lib/format.ts";
import { paths } from "../../lib/router.ts";
import { type TeamProblemKind, teamApi } from "../../lib/team-api.ts";
import { kindLabel } from "../../lib/team-set.ts";
import { useLoad } from "../../lib/useLoad.ts";
import { Link } from "../Link.tsx";
import { ErrorNotice, Loading } from "../StatusMessage.tsx";
import { ImportExport } from "./ImportExport.tsx";

const NEW_LINKS: [TeamProblemKind, string][] = [
  ["coding", "New coding problem"],
  ["design", "New design prompt"],
  ["behavioral", "New behavioral question"],
  ["leadership", "New leadership question"],
  ["concept", "New concept question"],
];

/** The team's own problems with their status and version; new ones, import and export. */
export function ProblemsTab({ teamId }: { teamId: string }) {
  const [reload, setReload] = useState(0);
  const load = useLoad(`team-problems:${teamId}:${reload}`, () => teamApi.listProblems(teamId));
  return (
    <section aria-labelledby="problems-heading">
      <h2 id="problems-heading">Problems</h2>
      <ul className="new-links" aria-label="Create">
        {NEW_LINKS.map(([kind, label]) => (
          <li key={kind}>
            <Link href={paths.teamProblemNew(teamId, kind)} className="button-link">
              {label}
            </Link>
          </li>
        ))}
      </ul>
      {load.state === "loading" && <Loading what="the problems" />}
      {load.state === "failed" && <ErrorNotice title="Could not load the problems." error={load.error} />}
      {load.state === "ready" &&
        (load.data.length === 0 ? (
          <p className="notice">No problems yet: write one, or import a folder or zip of problems.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Team problems</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Kind</th>
                <th scope="col">Status</th>
                <th scope="col">Version</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {load.data.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={paths.teamProblem(teamId, p.id)}>{p.title}</Link> <code className="muted">{p.slug}</code>
                  </td>
                  <td>{kindLabel(p.kind)}</td>
                  <td>
                    <span className={`status ${p.status === "published" ? "status-solved" : "status-tried"}`}>{p.status === "published" ? "Published" : "Draft"}</span>
                  </td>
                  <td>
                    {p.latestVersion}
                    {p.publishedVersion !== null && p.publishedVersion !== p.latestVersion && <span className="muted"> (sets use {p.publishedVersion})</span>}
                  </td>
                  <td>{formatDateTime(new Date(p.updatedAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <ImportExport teamId={teamId} onImported={() => setReload((r) => r + 1)} />
    </section>
  );
}
