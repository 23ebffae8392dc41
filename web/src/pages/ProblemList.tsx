import { useEffect, useMemo, useState } from "react";
import { ROADMAP_AREAS, type RoadmapArea } from "../../../server/src/problems/areas.ts";
import { DifficultyBadge } from "../components/DifficultyBadge.tsx";
import { Link } from "../components/Link.tsx";
import { ProblemFiltersForm } from "../components/ProblemFiltersForm.tsx";
import { ErrorNotice, Loading } from "../components/StatusMessage.tsx";
import { api, type ProblemSummary } from "../lib/api.ts";
import { filterProblems, filtersFromSearch, filtersToSearch, type ProblemStatus, tagsOf } from "../lib/problem-filters.ts";
import { type ProgressRecord, readLocalProgress } from "../lib/progress.ts";
import { paths } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { useDocumentTitle, useLoad } from "../lib/useLoad.ts";

const STATUS_TEXT: Record<ProblemStatus, string> = { solved: "Solved", tried: "Tried", new: "New" };

export function ProblemList() {
  useDocumentTitle("Problems");
  const problems = useLoad("problems", api.listProblems);
  const progress = useProgress();

  return (
    <>
      <h1>Coding problems</h1>
      <p className="lead">Write TypeScript in the browser; Run checks the sample tests, Submit runs them all.</p>
      {problems.state === "loading" && <Loading what="problems" />}
      {problems.state === "failed" && <ErrorNotice title="Could not load the problems." error={problems.error} />}
      {problems.state === "ready" && <FilteredProblems problems={problems.data} progress={progress} />}
    </>
  );
}

/** Signed in: what the account's submissions say. Signed out: what this browser remembers of its own. */
function useProgress(): ProgressRecord {
  const { user, loading } = useSession();
  const [remote, setRemote] = useState<ProgressRecord | undefined>();
  useEffect(() => {
    if (!user) return;
    let current = true;
    api.getProgress().then(
      (record) => current && setRemote(record),
      () => current && setRemote(undefined),
    );
    return () => {
      current = false;
    };
  }, [user]);
  const local = useMemo(() => readLocalProgress(), []);
  if (loading) return {};
  return user ? (remote ?? {}) : local;
}

function FilteredProblems({ problems, progress }: { problems: ProblemSummary[]; progress: ProgressRecord }) {
  const [filters, setFilters] = useState(() => filtersFromSearch(window.location.search));
  useEffect(() => {
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${filtersToSearch(filters)}`);
  }, [filters]);

  const statusOf = (slug: string): ProblemStatus => progress[slug] ?? "new";
  const shown = filterProblems(problems, filters, statusOf, (area) => ROADMAP_AREAS[area as RoadmapArea] ?? area);
  const areas = useMemo(() => [...new Set(problems.map((p) => p.area))], [problems]);

  if (problems.length === 0) return <p className="notice">No problems yet. Add one under problems/ (see the README).</p>;
  return (
    <>
      <ProblemFiltersForm filters={filters} onChange={setFilters} tags={tagsOf(problems)} areas={areas} />
      <p className="hint-text" role="status">
        {shown.length === problems.length ? `${problems.length} problems` : `Showing ${shown.length} of ${problems.length} problems`}
      </p>
      {shown.length > 0 ? (
        <ul className="problem-list" aria-label="Problems">
          {shown.map((problem) => (
            <li key={problem.slug} className="problem-item">
              <Link href={paths.problem(problem.slug)} className="problem-title">
                {problem.title}
              </Link>
              <DifficultyBadge difficulty={problem.difficulty} />
              <span className={`status status-${statusOf(problem.slug)}`}>{STATUS_TEXT[statusOf(problem.slug)]}</span>
              <span className="area">{ROADMAP_AREAS[problem.area]}</span>
              <ul className="tags" aria-label={`Tags of ${problem.title}`}>
                {problem.tags.map((tag) => (
                  <li key={tag}>{tag}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">No problem matches these filters.</p>
      )}
    </>
  );
}
