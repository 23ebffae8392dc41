import { ROADMAP_AREAS } from "../../../server/src/problems/areas.ts";
import { DifficultyBadge } from "../components/DifficultyBadge.tsx";
import { Link } from "../components/Link.tsx";
import { ErrorNotice, Loading } from "../components/StatusMessage.tsx";
import { api, type ProblemSummary } from "../lib/api.ts";
import { paths } from "../lib/router.ts";
import { useDocumentTitle, useLoad } from "../lib/useLoad.ts";

export function ProblemList() {
  useDocumentTitle("Problems");
  const problems = useLoad("problems", api.listProblems);

  return (
    <>
      <h1>Coding problems</h1>
      <p className="lead">Write TypeScript in the browser; Run checks the sample tests, Submit runs them all.</p>
      {problems.state === "loading" && <Loading what="problems" />}
      {problems.state === "failed" && <ErrorNotice title="Could not load the problems." error={problems.error} />}
      {problems.state === "ready" && <ProblemTable problems={problems.data} />}
    </>
  );
}

function ProblemTable({ problems }: { problems: ProblemSummary[] }) {
  if (problems.length === 0) return <p className="notice">No problems yet. Add one under problems/ (see the README).</p>;
  return (
    <ul className="problem-list" aria-label="Problems">
      {problems.map((problem) => (
        <li key={problem.slug} className="problem-item">
          <Link href={paths.problem(problem.slug)} className="problem-title">
            {problem.title}
          </Link>
          <DifficultyBadge difficulty={problem.difficulty} />
          <span className="area">{ROADMAP_AREAS[problem.area]}</span>
          <ul className="tags" aria-label={`Tags of ${problem.title}`}>
            {problem.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
