import type { Problem } from "../lib/api.ts";
import { paths } from "../lib/router.ts";
import { Hints } from "./Hints.tsx";
import { Link } from "./Link.tsx";
import { Markdown } from "./Markdown.tsx";
import { ProblemLimits, SampleTests } from "./ProblemFacts.tsx";
import { SubmissionHistory } from "./SubmissionHistory.tsx";

interface StatementPaneProps {
  problem: Problem;
  signedIn: boolean;
  /** Changes after each submission, to reload the history. */
  historyVersion: number;
  onRestore: (code: string) => void;
}

/** The left pane: the statement (with its examples and constraints), limits, sample tests, hints and history. */
export function StatementPane({ problem, signedIn, historyVersion, onRestore }: StatementPaneProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled.
    <section className="pane-scroll statement-column" tabIndex={0} aria-label="Problem">
      <Markdown source={problem.statement} label="Problem statement" />
      <ProblemLimits limits={problem.limits} />
      <SampleTests problem={problem} />
      <Hints hints={problem.hints} />
      {signedIn ? (
        <SubmissionHistory slug={problem.slug} version={historyVersion} onRestore={onRestore} />
      ) : (
        <p className="hint-text">
          <Link href={paths.signIn(paths.problem(problem.slug))}>Sign in</Link> to keep your drafts and submissions across devices.
        </p>
      )}
    </section>
  );
}
