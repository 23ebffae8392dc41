import { useId } from "react";
import { Markdown } from "../Markdown.tsx";

interface MarkdownFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  id?: string;
  rows?: number;
  errorId?: string | undefined;
  hint?: string;
}

/** Markdown beside its preview, rendered and sanitized the way candidates will see it. */
export function MarkdownField({ label, value, onChange, id, rows = 12, errorId, hint }: MarkdownFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  return (
    <div className="markdown-field">
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <textarea
          id={inputId}
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className="mono-input code-area"
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
          aria-invalid={errorId ? true : undefined}
        />
        <p id={hintId} className="field-hint">
          {hint ?? "Markdown: **bold**, `code`, lists, fenced code blocks."}
        </p>
      </div>
      <div className="markdown-preview">
        <p className="preview-label" aria-hidden="true">
          Preview
        </p>
        {value.trim() ? <Markdown source={value} label={`${label}, preview`} /> : <p className="muted">Nothing to preview yet.</p>}
      </div>
    </div>
  );
}
