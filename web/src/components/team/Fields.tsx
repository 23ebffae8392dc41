import { type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from "react";

/** The id of a form field, from its name in the form state ("cases.2.args" -> "field-cases-2-args"). */
export const fieldId = (field: string) => `field-${field.replace(/[^A-Za-z0-9_-]+/g, "-")}`;

interface Described {
  label: string;
  /** Shown under the field and read with it. */
  hint?: ReactNode;
  /** The id of the message that says what is wrong, when something is. */
  errorId?: string | undefined;
}

function describedBy(hintId: string | undefined, errorId: string | undefined): string | undefined {
  return [hintId, errorId].filter(Boolean).join(" ") || undefined;
}

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & Described & { mono?: boolean };

/** A labelled textarea; `mono` for code and JSON. */
export function TextAreaField({ label, hint, errorId, mono, id, className, ...textarea }: TextAreaFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <textarea
        id={inputId}
        className={[mono ? "mono-input code-area" : undefined, className].filter(Boolean).join(" ") || undefined}
        spellCheck={mono ? false : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={errorId ? true : undefined}
        {...textarea}
      />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & Described & { children: ReactNode };

export function SelectField({ label, hint, errorId, id, children, ...select }: SelectFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <select id={inputId} aria-describedby={describedBy(hintId, errorId)} aria-invalid={errorId ? true : undefined} {...select}>
        {children}
      </select>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
