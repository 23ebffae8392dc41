import { useId } from "react";
import type { WrittenDraft } from "../../lib/written.ts";

interface SectionedAnswerProps {
  titles: readonly string[];
  draft: WrittenDraft;
  onChange: (draft: WrittenDraft) => void;
  /** What the guided form is called: "Structured", "STAR form". */
  guidedName: string;
  rows?: number;
  /** The answer can be read but not changed (an attempt that has closed). */
  readOnly?: boolean;
}

/** A textarea per section, or one free document: the candidate picks. */
export function SectionedAnswer({ titles, draft, onChange, guidedName, rows = 4, readOnly = false }: SectionedAnswerProps) {
  const id = useId();
  return (
    <div className="sectioned-answer">
      <fieldset className="mode-toggle" disabled={readOnly}>
        <legend>Answer as</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={draft.mode === "sections"} onChange={() => onChange({ ...draft, mode: "sections" })} /> {guidedName}
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={draft.mode === "free"} onChange={() => onChange({ ...draft, mode: "free" })} /> Free text
        </label>
      </fieldset>
      {draft.mode === "free" ? (
        <div className="field">
          <label htmlFor={`${id}-free`}>Your answer</label>
          <textarea id={`${id}-free`} rows={rows * 4} readOnly={readOnly} value={draft.free} onChange={(e) => onChange({ ...draft, free: e.target.value })} />
        </div>
      ) : (
        titles.map((title) => (
          <div className="field" key={title}>
            <label htmlFor={`${id}-${title}`}>{title}</label>
            <textarea
              id={`${id}-${title}`}
              rows={rows}
              readOnly={readOnly}
              value={draft.sections[title] ?? ""}
              onChange={(e) => onChange({ ...draft, sections: { ...draft.sections, [title]: e.target.value } })}
            />
          </div>
        ))
      )}
    </div>
  );
}
