import { formatDateTime } from "../../lib/format.ts";

interface VersionRow {
  version: number;
  status: string;
  createdAt: string;
}

/** Every saved version, newest first; `shown` is the one in the editor. */
export function VersionHistory({ versions, shown, published, onOpen }: { versions: readonly VersionRow[]; shown: number; published: number | null; onOpen: (version: number) => void }) {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <section className="version-history" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <p className="hint-text">Saving never changes a version: it adds a new one. Attempts already started keep the version they began with.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Saved</th>
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((v) => (
            <tr key={v.version} aria-current={v.version === shown ? "true" : undefined}>
              <td>
                {v.version}
                {v.version === published && <span className="status status-solved"> (the one sets use)</span>}
              </td>
              <td>{v.status === "published" ? "Published" : "Draft"}</td>
              <td>{formatDateTime(new Date(v.createdAt))}</td>
              <td>
                {v.version === shown ? (
                  <span className="muted">In the editor</span>
                ) : (
                  <button type="button" className="link-button" onClick={() => onOpen(v.version)}>
                    Open version {v.version}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
