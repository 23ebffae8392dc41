import { lazy, Suspense } from "react";
import type { CodeEditorProps } from "./editor-types.ts";

export type { CodeEditorProps, EditorHandle, EditorMarker } from "./editor-types.ts";

// Monaco is megabytes: it loads only for a page that shows the editor (from the start, on a first
// load of such a page: see `preloadRoute`), never with the app shell.
let loading: ReturnType<typeof loadMonacoEditor> | undefined;
const loadMonacoEditor = () => import("./MonacoEditor.tsx");

/** Starts loading the editor ahead of rendering it, e.g. while the problem itself loads. */
export function preloadEditor(): void {
  loading ??= loadMonacoEditor();
}

const MonacoEditor = lazy(() => {
  preloadEditor();
  return loading!;
});

/**
 * The code editor (Monaco, with TypeScript checking as you type). Tab indents inside it; press
 * Ctrl+M (Ctrl+Shift+M on a Mac) first to make Tab move the focus instead.
 */
export function CodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<p className="editor-loading">Loading the editor…</p>}>
      <MonacoEditor {...props} />
    </Suspense>
  );
}
