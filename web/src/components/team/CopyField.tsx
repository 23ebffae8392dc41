import { useId, useRef, useState } from "react";

/**
 * A value to copy (an invitation link): a read-only field and a Copy button. Where the
 * clipboard is refused (no permission, not a secure origin) the text is selected instead, so
 * Ctrl+C copies it.
 */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("Copied.");
    } catch {
      input.current?.focus();
      input.current?.select();
      setStatus("Could not copy automatically: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.");
    }
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} ref={input} type="text" readOnly value={value} className="mono-input" onFocus={(e) => e.currentTarget.select()} aria-describedby={hint ? `${id}-hint` : undefined} />
        <button type="button" onClick={copy}>
          Copy
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <p role="status" className="field-hint">
        {status}
      </p>
    </div>
  );
}
