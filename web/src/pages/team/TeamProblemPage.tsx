import { useEffect, useRef, useState } from "react";
import { Link } from "../../components/Link.tsx";
import { ErrorNotice, Loading } from "../../components/StatusMessage.tsx";
import { ProblemEditor } from "../../components/team/ProblemEditor.tsx";
import { SignedInOnly } from "../../components/team/SignedInOnly.tsx";
import { ValidationReport } from "../../components/team/ValidationReport.tsx";
import { VersionHistory } from "../../components/team/VersionHistory.tsx";
import { navigate, paths } from "../../lib/router.ts";
import { type SavedProblem, type TeamProblemKind, teamApi } from "../../lib/team-api.ts";
import { kindLabel } from "../../lib/team-set.ts";
import { useDocumentTitle, useLoad } from "../../lib/useLoad.ts";

const NEW_TITLES: Record<TeamProblemKind, string> = {
  coding: "New coding problem",
  design: "New design prompt",
  behavioral: "New behavioral question",
  leadership: "New leadership question",
  concept: "New concept question",
};

/** What the last save answered, kept across the move from /new to the problem's own page. */
const justSaved = new Map<string, SavedProblem["version"]>();

export function TeamProblemNewPage({ teamId }: { teamId: string }) {
  const asked = new URLSearchParams(window.location.search).get("kind");
  const kind = (Object.keys(NEW_TITLES) as TeamProblemKind[]).find((k) => k === asked) ?? "coding";
  useDocumentTitle(NEW_TITLES[kind]);
  function onSaved(saved: SavedProblem) {
    justSaved.set(saved.problem.id, saved.version);
    navigate(paths.teamProblem(teamId, saved.problem.id));
  }
  return (
    <SignedInOnly to="write your team's problems">
      <p>
        <Link href={paths.team(teamId)}>← Team</Link>
      </p>
      <h1>{NEW_TITLES[kind]}</h1>
      <p className="lead">Saving checks it{kind === "coding" ? " with the judge" : " against the rubric schema"}: a problem that passes is published and can go into sets; one that does not is kept as a draft.</p>
      <ProblemEditor teamId={teamId} kind={kind} onSaved={onSaved} />
    </SignedInOnly>
  );
}

export function TeamProblemPage({ teamId, problemId }: { teamId: string; problemId: string }) {
  return (
    <SignedInOnly to="see this problem">
      <p>
        <Link href={paths.team(teamId)}>← Team</Link>
      </p>
      <ExistingProblem teamId={teamId} problemId={problemId} />
    </SignedInOnly>
  );
}

function ExistingProblem({ teamId, problemId }: { teamId: string; problemId: string }) {
  const [reload, setReload] = useState(0);
  // Undefined: the latest version.
  const [opened, setOpened] = useState<number | undefined>();
  const [saved, setSaved] = useState(() => justSaved.get(problemId));
  const [deleteError, setDeleteError] = useState<Error | null>(null);
  const report = useRef<HTMLDivElement>(null);
  const load = useLoad(`${problemId}:${reload}:${opened ?? "latest"}`, async () => {
    const detail = await teamApi.getProblem(teamId, problemId);
    return opened === undefined || opened === detail.version.version ? detail : { ...detail, version: await teamApi.getVersion(teamId, problemId, opened) };
  });
  useDocumentTitle(load.state === "ready" ? load.data.problem.title : "Problem");
  useEffect(() => {
    justSaved.delete(problemId);
    if (saved) report.current?.focus();
  }, [problemId, saved]);

  if (load.state === "loading") return <Loading what="the problem" />;
  if (load.state === "failed") return <ErrorNotice title="Could not load the problem." error={load.error} />;
  const { problem, version, versions } = load.data;

  function onSaved(next: SavedProblem) {
    setSaved(next.version);
    setOpened(undefined);
    setReload((r) => r + 1);
  }

  async function remove() {
    if (!window.confirm(`Delete “${problem.title}” and all its versions? Sets that use it must drop it first.`)) return;
    setDeleteError(null);
    try {
      await teamApi.deleteProblem(teamId, problemId);
      navigate(paths.team(teamId));
    } catch (error) {
      setDeleteError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return (
    <>
      <h1>{problem.title}</h1>
      <p className="problem-meta">
        <span className="tag">{kindLabel(problem.kind)}</span>
        <span className={`status ${problem.status === "published" ? "status-solved" : "status-tried"}`}>{problem.status === "published" ? `Published (version ${problem.publishedVersion})` : "Draft"}</span>
        <span className="muted">Latest version {problem.latestVersion}</span>
      </p>
      {saved && (
        <div ref={report} tabIndex={-1}>
          <ValidationReport version={saved.version} status={saved.status} validation={saved.validation} />
        </div>
      )}
      {!saved && version.status === "draft" && version.validation && <ValidationReport version={version.version} status={version.status} validation={version.validation} />}
      {version.version !== problem.latestVersion && (
        <p className="notice">
          You are looking at version {version.version}. Saving creates version {problem.latestVersion + 1} from what the form holds.
        </p>
      )}
      <ProblemEditor key={`${version.version}:${reload}`} teamId={teamId} kind={problem.kind} problem={{ id: problem.id, slug: problem.slug, files: version.files }} onSaved={onSaved} />
      <VersionHistory versions={versions} shown={version.version} published={problem.publishedVersion} onOpen={(v) => setOpened(v === problem.latestVersion ? undefined : v)} />
      <section className="danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete</h2>
        <button type="button" className="secondary" onClick={remove}>
          Delete this problem
        </button>
        {deleteError && <ErrorNotice title="Could not delete it." error={deleteError} />}
      </section>
    </>
  );
}
