import { Editor, type OnMount } from "@monaco-editor/react";
import { useEffect, useImperativeHandle, useRef, useState } from "react";
import { EDITOR_THEMES, monaco } from "../lib/monaco/setup.ts";
import type { CodeEditorProps } from "./editor-types.ts";

type StandaloneEditor = monaco.editor.IStandaloneCodeEditor;

/** The model's path: TypeScript sees the candidate's code as the module tests import as "./solution". */
const MODEL_PATH = "file:///solution.ts";
const MARKER_OWNER = "rehearse-judge";
/**
 * Characters common in the reader's language are not flagged as confusable. Monaco's default names
 * the OS locale ("_os"), which it resolves with `new Intl.NumberFormat()` while it creates the
 * editor: the first Intl object loads ICU data, ~75-110 ms on the main thread before the editor is
 * ready. The browser's language is the same locale, read for free.
 */
const UNICODE_HIGHLIGHT: { allowedLocales: Record<string, true> } = { allowedLocales: { _vscode: true, [navigator.language]: true } };

/** Monaco, loaded lazily by CodeEditor: this module and everything it imports stay out of the first load. */
export default function MonacoEditor(props: CodeEditorProps) {
  const { label, value, onChange, fontSize, theme, vim, markers, handleRef, readOnly = false } = props;
  const [editor, setEditor] = useState<StandaloneEditor | null>(null);
  const vimStatus = useRef<HTMLDivElement>(null);
  // Editor actions are registered once; they call whatever the latest props say.
  const latest = useRef(props);
  latest.current = props;

  const onMount: OnMount = (mounted) => {
    mounted.addAction({
      id: "rehearse.run",
      label: "Run the sample tests",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => latest.current.onRun(),
    });
    mounted.addAction({
      id: "rehearse.submit",
      label: "Submit",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter],
      run: () => latest.current.onSubmit(),
    });
    setEditor(mounted);
    performance.mark("rehearse:editor-ready");
  };

  useImperativeHandle(
    handleRef,
    () => ({
      goTo(line, column) {
        if (!editor) return;
        editor.setPosition({ lineNumber: line, column });
        editor.revealLineInCenter(line);
        editor.focus();
      },
    }),
    [editor],
  );

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    const lines = model.getLineCount();
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      markers.map((m) => {
        const line = Math.min(Math.max(1, m.line), lines);
        const end = model.getLineMaxColumn(line);
        const start = Math.min(Math.max(1, m.column), end);
        return {
          startLineNumber: line,
          startColumn: start === end ? model.getLineFirstNonWhitespaceColumn(line) || 1 : start,
          endLineNumber: line,
          endColumn: end,
          message: m.message,
          severity: monaco.MarkerSeverity.Error,
          source: "judge",
        };
      }),
    );
  }, [editor, markers]);

  useEffect(() => {
    if (!editor || !vim) return;
    let cancelled = false;
    let mode: { dispose(): void } | undefined;
    // Vim keybindings are loaded only for those who turn them on.
    import("monaco-vim").then(({ initVimMode }) => {
      if (!cancelled) mode = initVimMode(editor, vimStatus.current);
    });
    return () => {
      cancelled = true;
      mode?.dispose();
    };
  }, [editor, vim]);

  return (
    <div className="monaco-host" data-editor-ready={editor ? "true" : undefined}>
      <Editor
        className="monaco-frame"
        defaultLanguage="typescript"
        path={MODEL_PATH}
        value={value}
        onChange={(next) => onChange(next ?? "")}
        theme={EDITOR_THEMES[theme]}
        loading={<p className="editor-loading">Loading the editor…</p>}
        onMount={onMount}
        options={{
          ariaLabel: label,
          fontSize,
          readOnly,
          minimap: { enabled: false },
          automaticLayout: true,
          scrollBeyondLastLine: false,
          tabSize: 2,
          fixedOverflowWidgets: true,
          renderValidationDecorations: "on",
          // Monaco would fade unused code below readable contrast.
          showUnused: false,
          unicodeHighlight: UNICODE_HIGHLIGHT,
        }}
      />
      {vim && <div ref={vimStatus} className="vim-status" role="status" aria-label="Vim mode" />}
    </div>
  );
}
