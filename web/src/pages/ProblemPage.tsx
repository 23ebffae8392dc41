import { useCallback, useEffect, useMemo, useState } from "react";
import { preloadEditor } from "../components/CodeEditor.tsx";
import { CodingWorkspace } from "../components/CodingWorkspace.tsx";
import { DifficultyBadge } from "../components/DifficultyBadge.tsx";
import { Link } from "../components/Link.tsx";
import { MockRoundTimer } from "../components/MockRoundTimer.tsx";
import { StatementPane } from "../components/StatementPane.tsx";
import { ErrorNotice, Loading } from "../components/StatusMessage.tsx";
import { ApiError, type JudgeResult, type Problem } from "../lib/api.ts";
import { accountDrafts } from "../lib/account-drafts.ts";
import { useDraft } from "../lib/draft.ts";
import { loads } from "../lib/loads.ts";
import type { JudgeKind } from "../lib/judging.ts";
import { elapsedMs } from "../lib/mock-round.ts";
import { rememberVerdict } from "../lib/progress.ts";
import { paths } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { practiceJudging } from "../lib/useJudging.ts";
import { useDocumentTitle, useLoad } from "../lib/useLoad.ts";
import { useMockRound } from "../lib/useMockRound.ts";

export function ProblemPage({ slug }: { slug: string }) {
  // Fetch the editor and the problem at the same time (`preloadRoute` has already started both on a first load).
  useEffect(preloadEditor, []);
  const { key, load } = loads.problem(slug);
  const problem = useLoad(key, load);
  useDocumentTitle(problem.state === "ready" ? problem.data.title : "Problem");

  if (problem.state === "loading") return <Loading what="the problem" />;
  if (problem.state === "failed") {
    const missing = problem.error instanceof ApiError && problem.error.status === 404;
    return (
      <ErrorNotice title={missing ? "No such problem." : "Could not load the problem."} error={problem.error}>
        <p>
          <Link href={paths.problems()}>Back to all problems</Link>
        </p>
      </ErrorNotice>
    );
  }
  return <ProblemWorkspace problem={problem.data} />;
}

function ProblemWorkspace({ problem }: { problem: Problem }) {
  const { slug, starter } = problem;
  const session = useSession();
  const signedIn = session.user !== null;
  const { code, setCode, saveState } = useDraft(slug, starter, signedIn ? accountDrafts : undefined);
  const mock = useMockRound(slug);
  const [historyVersion, setHistoryVersion] = useState(0);
  const judgeSource = useMemo(() => practiceJudging(slug), [slug]);

  const onResult = useCallback(
    (kind: JudgeKind, result: JudgeResult) => {
      if (kind !== "submit") return;
      rememberVerdict(slug, result.verdict);
      setHistoryVersion((v) => v + 1);
      if (result.verdict === "Accepted") mock.finish();
    },
    [slug, mock.finish],
  );
  const submitExtras = useCallback(
    () => (mock.running && mock.round ? { timeTakenMs: Math.round(elapsedMs(mock.round, Date.now())) } : {}),
    [mock.running, mock.round],
  );

  const header = (
    <header className="problem-header">
      <p>
        <Link href={paths.problems()}>← All problems</Link>
      </p>
      <h1>{problem.title}</h1>
      <div className="problem-meta">
        <DifficultyBadge difficulty={problem.difficulty} />
        {problem.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
        <MockRoundTimer round={mock.round} now={mock.now} onStart={mock.start} onStop={mock.stop} />
      </div>
    </header>
  );

  return (
    <CodingWorkspace
      problem={problem}
      header={header}
      statement={<StatementPane problem={problem} history={{ signedIn, version: historyVersion, onRestore: setCode }} />}
      code={code}
      setCode={setCode}
      draftStatus={DRAFT_STATE_TEXT[saveState](signedIn)}
      judgeSource={judgeSource}
      onResult={onResult}
      submitExtras={submitExtras}
      casesKey={`rehearse:cases:${slug}`}
    />
  );
}

const DRAFT_STATE_TEXT: Record<ReturnType<typeof useDraft>["saveState"], (signedIn: boolean) => string> = {
  unsaved: () => "",
  "saved-locally": (signedIn) => (signedIn ? "" : "Draft kept in this browser"),
  saving: () => "Saving draft…",
  saved: () => "Draft saved to your account",
  "sync-failed": () => "Draft kept in this browser only: could not reach your account",
};
