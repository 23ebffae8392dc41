import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from "react";
import { EDITOR_THEMES, monaco } from "../lib/monaco/setup.ts";
import type { CodeEditorProps } from "./editor-types.ts";

type StandaloneEditor = monaco.editor.IStandaloneCodeEditor;

/** The model's path: TypeScript sees the candidate's code as the module tests import as "./solution". */
const MODEL_PATH = "file:///solution.ts";
const MARKER_OWNER = "rehearse-judge";

/**
 * Monaco, loaded lazily by CodeEditor: this module and everything it imports stay out of the first load.
 * It drives Monaco's API directly rather than through a React wrapper, whose extra renders before
 * creating the editor were time a problem page waited for it.
 */
export default function MonacoEditor(props: CodeEditorProps) {
  const { label, value, fontSize, theme, vim, markers, handleRef, readOnly = false } = props;
  const [editor, setEditor] = useState<StandaloneEditor | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const vimStatus = useRef<HTMLDivElement>(null);
  // The editor and its actions are set up once; they call whatever the latest props say.
  const latest = useRef(props);
  latest.current = props;
  // Set while the page's value is written into the editor, so it is not echoed back as an edit.
  const applyingValue = useRef(false);

  // A layout effect: the editor is created before the browser paints an empty frame in its place.
  useLayoutEffect(() => {
    if (!host.current) return;
    const initial = latest.current;
    const uri = monaco.Uri.parse(MODEL_PATH);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(initial.value, "typescript", uri);
    if (model.getValue() !== initial.value) model.setValue(initial.value);
    const created = monaco.editor.create(host.current, {
      model,
      theme: EDITOR_THEMES[initial.theme],
      ariaLabel: initial.label,
      fontSize: initial.fontSize,
      readOnly: initial.readOnly ?? false,
      minimap: { enabled: false },
      automaticLayout: true,
      scrollBeyondLastLine: false,
      tabSize: 2,
      fixedOverflowWidgets: true,
      renderValidationDecorations: "on",
      // Monaco would fade unused code below readable contrast.
      showUnused: false,
    });
    created.onDidChangeModelContent(() => {
      if (!applyingValue.current) latest.current.onChange(created.getValue());
    });
    created.addAction({
      id: "rehearse.run",
      label: "Run the sample tests",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => latest.current.onRun(),
    });
    created.addAction({
      id: "rehearse.submit",
      label: "Submit",
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter],
      run: () => latest.current.onSubmit(),
    });
    setEditor(created);
    performance.mark("rehearse:editor-ready");
    return () => {
      created.dispose();
      model.dispose();
    };
  }, []);

  // The page changed the code (reset, a restored submission, the account's draft): show it, as one undoable edit.
  useEffect(() => {
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === value) return;
    applyingValue.current = true;
    try {
      if (editor.getOption(monaco.editor.EditorOption.readOnly)) editor.setValue(value);
      else {
        editor.executeEdits("rehearse", [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }]);
        editor.pushUndoStop();
      }
    } finally {
      applyingValue.current = false;
    }
  }, [editor, value]);

  useEffect(() => {
    editor?.updateOptions({ ariaLabel: label, fontSize, readOnly });
  }, [editor, label, fontSize, readOnly]);

  useEffect(() => {
    // Monaco's theme is global: every editor on the page follows it.
    if (editor) monaco.editor.setTheme(EDITOR_THEMES[theme]);
  }, [editor, theme]);

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
      <div ref={host} className="monaco-frame" />
      {vim && <div ref={vimStatus} className="vim-status" role="status" aria-label="Vim mode" />}
    </div>
  );
}
