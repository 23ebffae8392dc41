import { useId } from "react";

interface CodeEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
}

/**
 * A plain textarea for now; the Monaco editor replaces it later behind the same props.
 * Tab is left to move focus, so keyboard users are never trapped in the editor.
 */
export function CodeEditor({ label, value, onChange, description }: CodeEditorProps) {
  const id = useId();
  return (
    <div className="code-editor">
      <label htmlFor={id}>{label}</label>
      {description && (
        <p id={`${id}-description`} className="hint-text">
          {description}
        </p>
      )}
      <textarea
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={description ? `${id}-description` : undefined}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
        rows={22}
      />
    </div>
  );
}
