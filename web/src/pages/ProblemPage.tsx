import { useState } from "react";
import { CodeEditor } from "../components/CodeEditor.tsx";
import { DifficultyBadge } from "../components/DifficultyBadge.tsx";
import { Hints } from "../components/Hints.tsx";
import { type JudgeKind, JudgeResultView } from "../components/JudgeResultView.tsx";
import { Link } from "../components/Link.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { ProblemLimits, SampleTests } from "../components/ProblemFacts.tsx";
import { ErrorNotice, Loading } from "../components/StatusMessage.tsx";
import { ApiError, api, type JudgeResult, type Problem } from "../lib/api.ts";
import { useDraft } from "../lib/draft.ts";
import { paths } from "../lib/router.ts";
import { useDocumentTitle, useLoad } from "../lib/useLoad.ts";

export function ProblemPage({ slug }: { slug: string }) {
  const problem = useLoad(`problem:${slug}`, () => api.getProblem(slug));
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

type Outcome = { kind: JudgeKind; result: JudgeResult } | { kind: JudgeKind; error: Error };

const JUDGE = { run: api.runSamples, submit: api.submit } as const;

function ProblemWorkspace({ problem }: { problem: Problem }) {
  const [code, setCode, resetCode] = useDraft(problem.slug, problem.starter);
  const [pending, setPending] = useState<JudgeKind | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function judge(kind: JudgeKind) {
    setPending(kind);
    setOutcome(null);
    try {
      setOutcome({ kind, result: await JUDGE[kind](problem.slug, code) });
    } catch (error) {
      setOutcome({ kind, error: error instanceof Error ? error : new Error(String(error)) });
    } finally {
      setPending(null);
    }
  }

  return (
    <article className="problem">
      <header className="problem-header">
        <p>
          <Link href={paths.problems()}>← All problems</Link>
        </p>
        <h1>{problem.title}</h1>
        <p className="problem-meta">
          <DifficultyBadge difficulty={problem.difficulty} />
          {problem.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
      </header>

      <div className="workspace">
        <div className="statement-column">
          <Markdown source={problem.statement} label="Problem statement" />
          <ProblemLimits limits={problem.limits} />
          <SampleTests problem={problem} />
          <Hints hints={problem.hints} />
        </div>

        <div className="editor-column">
          <CodeEditor
            label="Your solution (TypeScript)"
            description="Run checks the sample tests; Submit runs every test, hidden ones included."
            value={code}
            onChange={setCode}
          />
          <div className="actions">
            <button type="button" onClick={() => judge("run")} disabled={pending !== null}>
              {pending === "run" ? "Running…" : "Run"}
            </button>
            <button type="button" className="primary" onClick={() => judge("submit")} disabled={pending !== null}>
              {pending === "submit" ? "Submitting…" : "Submit"}
            </button>
            <button type="button" className="secondary" onClick={resetCode} disabled={pending !== null || code === problem.starter}>
              Reset to starter
            </button>
          </div>

          <section className="results" aria-label="Results" aria-live="polite" aria-busy={pending !== null}>
            {pending && (
              <p className="notice" role="status">
                {pending === "run" ? "Running the sample tests…" : "Judging your submission…"}
              </p>
            )}
            {outcome && "error" in outcome && (
              <ErrorNotice title={outcome.kind === "run" ? "Could not run the tests." : "Could not submit."} error={outcome.error} />
            )}
            {outcome && "result" in outcome && <JudgeResultView kind={outcome.kind} result={outcome.result} />}
          </section>
        </div>
      </div>
    </article>
  );
}
