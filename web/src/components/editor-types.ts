import type { JudgeMarker } from "../lib/judge-markers.ts";

/** What the page can ask of the editor once it has loaded. */
export interface EditorHandle {
  /** Puts the cursor at a 1-based line and column, scrolls it into view and focuses the editor. */
  goTo(line: number, column: number): void;
}

/** A judge finding shown on a line of the candidate's code. */
export type EditorMarker = JudgeMarker;

export interface CodeEditorProps {
  /** The accessible name of the editor. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  fontSize: number;
  theme: "light" | "dark";
  vim: boolean;
  markers: readonly EditorMarker[];
  onRun: () => void;
  onSubmit: () => void;
  handleRef: { current: EditorHandle | null };
  /** The code can be read and copied but not changed (an attempt that has closed). */
  readOnly?: boolean;
}
