import type { Problem } from "../lib/api.ts";
import { paths } from "../lib/router.ts";
import { Hints } from "./Hints.tsx";
import { Link } from "./Link.tsx";
import { Markdown } from "./Markdown.tsx";
import { ProblemLimits, SampleTests } from "./ProblemFacts.tsx";
import { SubmissionHistory } from "./SubmissionHistory.tsx";

interface StatementPaneProps {
  problem: Problem;
  /** Practice only: the submission history when signed in, else a prompt to sign in. */
  history?: {
    signedIn: boolean;
    /** Changes after each submission, to reload the history. */
    version: number;
    onRestore: (code: string) => void;
  };
}

/** The left pane: the statement (with its examples and constraints), limits, sample tests, hints and history. */
export function StatementPane({ problem, history }: StatementPaneProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled.
    <section className="pane-scroll statement-column" tabIndex={0} aria-label="Problem">
      <Markdown source={problem.statement} label="Problem statement" />
      <ProblemLimits limits={problem.limits} />
      <SampleTests problem={problem} />
      <Hints hints={problem.hints} />
      {history?.signedIn && <SubmissionHistory slug={problem.slug} version={history.version} onRestore={history.onRestore} />}
      {history && !history.signedIn && (
        <p className="hint-text">
          <Link href={paths.signIn(paths.problem(problem.slug))}>Sign in</Link> to keep your drafts and submissions across devices.
        </p>
      )}
    </section>
  );
}
