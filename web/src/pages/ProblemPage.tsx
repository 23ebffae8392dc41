import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Group, Panel, Separator } from "react-resizable-panels";
import { CodeEditor, type EditorHandle, preloadEditor } from "../components/CodeEditor.tsx";
import { CustomCasesEditor } from "../components/CustomCasesEditor.tsx";
import { DifficultyBadge } from "../components/DifficultyBadge.tsx";
import { EditorToolbar } from "../components/EditorToolbar.tsx";
import { JudgeResultView } from "../components/JudgeResultView.tsx";
import { Link } from "../components/Link.tsx";
import { MockRoundTimer } from "../components/MockRoundTimer.tsx";
import { StatementPane } from "../components/StatementPane.tsx";
import { ErrorNotice, Loading } from "../components/StatusMessage.tsx";
import { ApiError, api, type JudgeResult, type Problem } from "../lib/api.ts";
import { type CaseDraft, parseCaseDrafts, parseCases } from "../lib/custom-cases.ts";
import { accountDrafts } from "../lib/account-drafts.ts";
import { useDraft } from "../lib/draft.ts";
import { useEditorSettings, useTheme } from "../lib/editor-settings.ts";
import { judgeMarkers } from "../lib/judge-markers.ts";
import type { JudgeKind } from "../lib/judging.ts";
import { elapsedMs } from "../lib/mock-round.ts";
import { rememberVerdict } from "../lib/progress.ts";
import { paths } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { useStoredState } from "../lib/storage.ts";
import { useJudgeShortcuts, useJudging } from "../lib/useJudging.ts";
import { useDocumentTitle, useLoad } from "../lib/useLoad.ts";
import { useMediaQuery } from "../lib/useMediaQuery.ts";
import { useMockRound } from "../lib/useMockRound.ts";

export function ProblemPage({ slug }: { slug: string }) {
  // Fetch the editor and the problem at the same time.
  useEffect(preloadEditor, []);
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

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? "⌘" : "Ctrl";

function ProblemWorkspace({ problem }: { problem: Problem }) {
  const { slug, starter } = problem;
  const session = useSession();
  const signedIn = session.user !== null;
  const settings = useEditorSettings();
  const theme = useTheme();
  const narrow = useMediaQuery("(max-width: 60rem)");
  const { code, setCode, saveState } = useDraft(slug, starter, signedIn ? accountDrafts : undefined);
  const mock = useMockRound(slug);
  const [caseDrafts, setCaseDrafts] = useStoredState<CaseDraft[]>(`rehearse:cases:${slug}`, parseCaseDrafts, []);
  const [invalidCase, setInvalidCase] = useState<ReturnType<typeof parseCases> & { ok: false }>();
  const [historyVersion, setHistoryVersion] = useState(0);
  const editor = useRef<EditorHandle | null>(null);

  const onResult = useCallback(
    (kind: JudgeKind, result: JudgeResult) => {
      if (kind !== "submit") return;
      rememberVerdict(slug, result.verdict);
      setHistoryVersion((v) => v + 1);
      if (result.verdict === "Accepted") mock.finish();
    },
    [slug, mock.finish],
  );
  const { judging, judge, pending } = useJudging(slug, onResult);

  const run = useCallback(() => {
    if (pending) return;
    const parsed = problem.customCases && caseDrafts.length > 0 ? parseCases(caseDrafts) : { ok: true as const, cases: [] };
    setInvalidCase(parsed.ok ? undefined : parsed);
    if (!parsed.ok) return;
    void judge({ kind: "run", input: parsed.cases.length > 0 ? { code, cases: parsed.cases } : { code } });
  }, [pending, problem.customCases, caseDrafts, judge, code]);

  const submit = useCallback(() => {
    if (pending) return;
    const timeTakenMs = mock.running && mock.round ? Math.round(elapsedMs(mock.round, Date.now())) : undefined;
    void judge({ kind: "submit", input: timeTakenMs === undefined ? { code } : { code, timeTakenMs } });
  }, [pending, mock.running, mock.round, judge, code]);

  useJudgeShortcuts(run, submit);

  const reset = () => {
    if (window.confirm("Replace your code with the starter code? What you wrote will be lost.")) setCode(starter);
  };
  const goTo = useCallback((line: number, column: number) => editor.current?.goTo(line, column), []);
  const markers = useMemo(
    () => (judging ? judgeMarkers(judging.tests, judging.phase === "done" ? judging.result.compileError : undefined) : []),
    [judging],
  );

  return (
    <article className="problem">
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

      <div className="workspace">
        <Group orientation={narrow ? "vertical" : "horizontal"} id="rehearse-workspace">
          <Panel id="statement" defaultSize="42%" minSize="20%">
            <StatementPane problem={problem} signedIn={signedIn} historyVersion={historyVersion} onRestore={setCode} />
          </Panel>
          <Separator className="resize-handle" aria-label="Resize the statement and the editor" />
          <Panel id="work" minSize="30%">
            <Group orientation="vertical" id="rehearse-work">
              <Panel id="editor" defaultSize="62%" minSize="20%" className="editor-pane">
                <div className="editor-bar">
                  <EditorToolbar settings={settings} />
                  <button type="button" className="secondary" onClick={reset} disabled={code === starter}>
                    Reset to starter
                  </button>
                </div>
                <CodeEditor
                  label="Your solution (TypeScript)"
                  value={code}
                  onChange={setCode}
                  fontSize={settings.fontSize}
                  theme={theme}
                  vim={settings.vim}
                  markers={markers}
                  onRun={run}
                  onSubmit={submit}
                  handleRef={editor}
                />
                <div className="actions">
                  <button type="button" onClick={run} disabled={pending !== null} aria-keyshortcuts="Control+Enter Meta+Enter">
                    {pending === "run" ? "Running…" : "Run"}
                  </button>
                  <button type="button" className="primary" onClick={submit} disabled={pending !== null} aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter">
                    {pending === "submit" ? "Submitting…" : "Submit"}
                  </button>
                  <span className="hint-text shortcuts">
                    {MOD}+Enter runs · {MOD}+Shift+Enter submits · {isMac ? "Ctrl+Shift+M" : "Ctrl+M"} lets Tab leave the editor
                  </span>
                  <span className="hint-text draft-state">{DRAFT_STATE_TEXT[saveState](signedIn)}</span>
                </div>
              </Panel>
              <Separator className="resize-handle resize-handle-row" aria-label="Resize the editor and the results" />
              <Panel id="results" minSize="10%">
                {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to be scrolled. */}
                <section className="pane-scroll results" tabIndex={0} aria-label="Results">
                  {problem.customCases && (
                    <CustomCasesEditor
                      fn={problem.customCases.function}
                      max={problem.customCases.max}
                      cases={caseDrafts}
                      onChange={setCaseDrafts}
                      invalid={invalidCase}
                    />
                  )}
                  <div aria-live="polite" aria-busy={pending !== null}>
                    {judging ? (
                      <JudgeResultView judging={judging} onGoTo={goTo} />
                    ) : (
                      <p className="hint-text">Run checks the sample tests; Submit runs every test, hidden ones included.</p>
                    )}
                  </div>
                </section>
              </Panel>
            </Group>
          </Panel>
        </Group>
      </div>
    </article>
  );
}

const DRAFT_STATE_TEXT: Record<ReturnType<typeof useDraft>["saveState"], (signedIn: boolean) => string> = {
  unsaved: () => "",
  "saved-locally": (signedIn) => (signedIn ? "" : "Draft kept in this browser"),
  saving: () => "Saving draft…",
  saved: () => "Draft saved to your account",
  "sync-failed": () => "Draft kept in this browser only: could not reach your account",
};
