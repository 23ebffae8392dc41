import { type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import { Group, Panel, Separator } from "react-resizable-panels";
import type { JudgeResult, Problem, SubmitInput, SubmitResult } from "../lib/api.ts";
import { type CaseDraft, parseCaseDrafts, parseCases } from "../lib/custom-cases.ts";
import { useEditorSettings, useTheme } from "../lib/editor-settings.ts";
import { judgeMarkers } from "../lib/judge-markers.ts";
import type { JudgeKind } from "../lib/judging.ts";
import { useStoredState } from "../lib/storage.ts";
import { type JudgeSource, useJudgeShortcuts, useJudging } from "../lib/useJudging.ts";
import { useMediaQuery } from "../lib/useMediaQuery.ts";
import { CodeEditor, type EditorHandle } from "./CodeEditor.tsx";
import { CustomCasesEditor } from "./CustomCasesEditor.tsx";
import { EditorToolbar } from "./EditorToolbar.tsx";
import { JudgeResultView } from "./JudgeResultView.tsx";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? "⌘" : "Ctrl";

export interface CodingWorkspaceProps {
  problem: Problem;
  /** Above the panes: the title and whatever goes with it (links, timers). */
  header: ReactNode;
  /** The left pane. */
  statement: ReactNode;
  code: string;
  setCode: (code: string) => void;
  /** How the draft's saving is going, beside the buttons. */
  draftStatus: ReactNode;
  /** Where Run and Submit go: practice's endpoints, or an attempt's. */
  judgeSource: JudgeSource;
  onResult: (kind: JudgeKind, result: JudgeResult | SubmitResult) => void;
  /** What goes with a submission besides the code (a mock round's time taken). */
  submitExtras?: () => Omit<SubmitInput, "code">;
  /** Where this problem's custom cases are kept in this browser. */
  casesKey: string;
  /** The code can be read but no longer changed, run or submitted (an attempt that has closed). */
  locked?: boolean;
}

/** The coding round: statement, editor, Run and Submit, results; the same in practice and in an attempt. */
export function CodingWorkspace({ problem, header, statement, code, setCode, draftStatus, judgeSource, onResult, submitExtras, casesKey, locked = false }: CodingWorkspaceProps) {
  const { starter } = problem;
  const settings = useEditorSettings();
  const theme = useTheme();
  const narrow = useMediaQuery("(max-width: 60rem)");
  const [caseDrafts, setCaseDrafts] = useStoredState<CaseDraft[]>(casesKey, parseCaseDrafts, []);
  const [invalidCase, setInvalidCase] = useState<ReturnType<typeof parseCases> & { ok: false }>();
  const editor = useRef<EditorHandle | null>(null);
  const { judging, judge, pending } = useJudging(judgeSource, onResult);

  const run = useCallback(() => {
    if (pending || locked) return;
    const parsed = problem.customCases && caseDrafts.length > 0 ? parseCases(caseDrafts) : { ok: true as const, cases: [] };
    setInvalidCase(parsed.ok ? undefined : parsed);
    if (!parsed.ok) return;
    void judge({ kind: "run", input: parsed.cases.length > 0 ? { code, cases: parsed.cases } : { code } });
  }, [pending, locked, problem.customCases, caseDrafts, judge, code]);

  const submit = useCallback(() => {
    if (pending || locked) return;
    void judge({ kind: "submit", input: { code, ...submitExtras?.() } });
  }, [pending, locked, submitExtras, judge, code]);

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
      {header}
      <div className="workspace">
        <Group orientation={narrow ? "vertical" : "horizontal"} id="rehearse-workspace">
          <Panel id="statement" defaultSize="42%" minSize="20%">
            {statement}
          </Panel>
          <Separator className="resize-handle" aria-label="Resize the statement and the editor" />
          <Panel id="work" minSize="30%">
            <Group orientation="vertical" id="rehearse-work">
              <Panel id="editor" defaultSize="62%" minSize="20%" className="editor-pane">
                <div className="editor-bar">
                  <EditorToolbar settings={settings} />
                  <button type="button" className="secondary" onClick={reset} disabled={locked || code === starter}>
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
                  readOnly={locked}
                />
                <div className="actions">
                  <button type="button" onClick={run} disabled={locked || pending !== null} aria-keyshortcuts="Control+Enter Meta+Enter">
                    {pending === "run" ? "Running…" : "Run"}
                  </button>
                  <button type="button" className="primary" onClick={submit} disabled={locked || pending !== null} aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter">
                    {pending === "submit" ? "Submitting…" : "Submit"}
                  </button>
                  <span className="hint-text shortcuts">
                    {MOD}+Enter runs · {MOD}+Shift+Enter submits · {isMac ? "Ctrl+Shift+M" : "Ctrl+M"} lets Tab leave the editor
                  </span>
                  <span className="hint-text draft-state">{draftStatus}</span>
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
