import { loader } from "@monaco-editor/react";
import * as monaco from "./editor.ts";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import TsWorker from "monaco-editor/language/typescript/ts.worker?worker";
import { SANDBOX_GLOBALS, SANDBOX_GLOBALS_PATH } from "./sandbox-globals.ts";

/**
 * Monaco from this app's own bundle, never a CDN: @monaco-editor/react would otherwise fetch it
 * from jsdelivr. Imported only by the lazily loaded editor, so pages without one never load it.
 */
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === "typescript" || label === "javascript" ? new TsWorker() : new EditorWorker();
  },
};

const ts = monaco.typescript;
ts.typescriptDefaults.setCompilerOptions({
  strict: true,
  // ES2022, which monaco's ScriptTarget enum (a subset of TypeScript's) does not name.
  target: 9 as monaco.typescript.ScriptTarget,
  lib: ["es2022"],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.NodeJs,
  noEmit: true,
  allowNonTsExtensions: true,
});
ts.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
ts.typescriptDefaults.addExtraLib(SANDBOX_GLOBALS, SANDBOX_GLOBALS_PATH);

/**
 * Monaco's built-in themes with the few colours that miss WCAG AA contrast changed: the dark
 * theme's comments and the light theme's second bracket colour. The dark one takes the page's
 * background.
 */
export const EDITOR_THEMES = { light: "rehearse-light", dark: "rehearse-dark" } as const;
monaco.editor.defineTheme(EDITOR_THEMES.light, {
  base: "vs",
  inherit: true,
  rules: [],
  colors: { "editorBracketHighlight.foreground2": "#267326" },
});
monaco.editor.defineTheme(EDITOR_THEMES.dark, {
  base: "vs-dark",
  inherit: true,
  rules: [{ token: "comment", foreground: "6a9955" }],
  colors: { "editor.background": "#0d1117", "editorGutter.background": "#0d1117" },
});

loader.config({ monaco });

export { monaco };
