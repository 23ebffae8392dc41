import { type ChangeEvent, useState } from "react";
import { FileIssuesError, type ImportResult, teamApi } from "../../lib/team-api.ts";
import { planFolderImport } from "../../lib/team-import.ts";
import { FileIssueList } from "./ValidationReport.tsx";

type State = { status: "idle" } | { status: "working"; what: string } | { status: "done"; result: ImportResult; skipped: string[] } | { status: "failed"; title: string; error: Error };

/** The server's body limit: a bigger zip is refused before it is read. */
const MAX_UPLOAD_BYTES = 512 * 1024;

/** Import problems (a zip, or a folder picked in the browser) and export them all as a zip. */
export function ImportExport({ teamId, onImported }: { teamId: string; onImported: () => void }) {
  const [state, setState] = useState<State>({ status: "idle" });
  const busy = state.status === "working";

  async function run(what: string, work: () => Promise<ImportResult>, skipped: string[] = []) {
    setState({ status: "working", what });
    try {
      const result = await work();
      setState({ status: "done", result, skipped });
      onImported();
    } catch (error) {
      setState({ status: "failed", title: "Could not import.", error: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  async function importZip(event: ChangeEvent<HTMLInputElement>) {
    const zip = event.target.files?.[0];
    event.target.value = "";
    if (!zip) return;
    if (zip.size > MAX_UPLOAD_BYTES) {
      setState({ status: "failed", title: "Nothing was imported.", error: new Error(`The zip is ${Math.ceil(zip.size / 1024)} KB; the server takes at most ${MAX_UPLOAD_BYTES / 1024} KB at once. Import it in parts.`) });
      return;
    }
    await run(`Importing ${zip.name}`, () => teamApi.importZip(teamId, zip));
  }

  async function importFolder(event: ChangeEvent<HTMLInputElement>) {
    const picked = [...(event.target.files ?? [])];
    event.target.value = "";
    if (picked.length === 0) return;
    const files = await Promise.all(picked.map(async (file) => ({ path: file.webkitRelativePath || file.name, content: await file.text() })));
    const plan = planFolderImport(files);
    if (!plan.ok) {
      setState({ status: "failed", title: "Nothing was imported.", error: new Error(plan.message) });
      return;
    }
    const bytes = new Blob([JSON.stringify({ files: plan.files })]).size;
    if (bytes > MAX_UPLOAD_BYTES) {
      setState({ status: "failed", title: "Nothing was imported.", error: new Error(`The folder's files come to ${Math.ceil(bytes / 1024)} KB; the server takes at most ${MAX_UPLOAD_BYTES / 1024} KB at once. Import it in parts, or as a zip.`) });
      return;
    }
    await run(`Importing ${plan.files.length} files`, () => teamApi.importFolder(teamId, plan.files), plan.skipped);
  }

  async function exportAll() {
    setState({ status: "working", what: "Preparing the zip" });
    try {
      await teamApi.exportProblems(teamId);
      setState({ status: "idle" });
    } catch (error) {
      setState({ status: "failed", title: "Could not export.", error: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  return (
    <section className="import-export" aria-labelledby="import-heading" aria-busy={busy}>
      <h3 id="import-heading">Import and export</h3>
      <p className="hint-text">
        In the repository's format: <code>problems/&lt;slug&gt;/</code> folders, <code>rubrics/&lt;id&gt;.yaml</code> and an optional <code>set.yaml</code>. Nothing
        is imported if any file is wrong; a slug the team already has gets a new version.
      </p>
      <div className="import-inputs">
        <div className="field">
          <label htmlFor="import-zip">Import a zip</label>
          <input id="import-zip" type="file" accept=".zip,application/zip" onChange={importZip} disabled={busy} />
        </div>
        <div className="field">
          <label htmlFor="import-folder">Import a folder</label>
          <input id="import-folder" type="file" {...{ webkitdirectory: "", directory: "" }} multiple onChange={importFolder} disabled={busy} />
        </div>
        <div className="field">
          <span className="field-label">Export</span>
          <button type="button" onClick={exportAll} disabled={busy}>
            Download all problems (zip)
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {state.status === "working" && <p role="status">{state.what}…</p>}
        {state.status === "done" && (
          <div className="notice" role="status">
            <p>
              Imported {state.result.imported.length} {state.result.imported.length === 1 ? "problem" : "problems"}
              {state.result.set ? " and a set" : ""}:{" "}
              {state.result.imported.map((p) => `${p.slug} (version ${p.version})`).join(", ") || "nothing new"}.
            </p>
            {state.skipped.length > 0 && <p className="muted">Not part of the format, so left out: {state.skipped.join(", ")}.</p>}
          </div>
        )}
      </div>
      {state.status === "failed" && (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>{state.title}</strong> {state.error.message}
          </p>
          {state.error instanceof FileIssuesError && <FileIssueList issues={state.error.issues} label="Files to fix" />}
        </div>
      )}
    </section>
  );
}
