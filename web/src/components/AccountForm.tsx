import { type FormEvent, type ReactNode, useState } from "react";

/** A problem found before asking the server, about one field. */
export class FieldError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = "FieldError";
    this.field = field;
  }
}

interface AccountFormProps {
  /** The button's label, and what it says while waiting. */
  action: string;
  pendingAction: string;
  /** Checks the form and sends it; throws a FieldError or the server's ApiError when it fails. */
  onSubmit: (form: FormData) => Promise<void>;
  /** Which field a server message is about, if one. */
  fieldOf?: (message: string) => string | undefined;
  /** The fields; `errorFor(name)` is the id of the message when it is about that field. */
  children: (errorFor: (field: string) => string | undefined) => ReactNode;
}

export const FORM_ERROR_ID = "account-form-error";

/**
 * The sign-in and sign-up forms' shared behaviour: one request at a time, and one message
 * when it fails, announced (role="alert") and tied to the field it is about.
 */
export function AccountForm({ action, pendingAction, onSubmit, fieldOf, children }: AccountFormProps) {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<{ message: string; field: string | undefined; attempt: number } | null>(null);
  const [attempt, setAttempt] = useState(0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const current = attempt + 1;
    setAttempt(current);
    setProblem(null);
    setPending(true);
    try {
      await onSubmit(new FormData(event.currentTarget));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const field = error instanceof FieldError ? error.field : fieldOf?.(message);
      setProblem({ message, field, attempt: current });
    } finally {
      setPending(false);
    }
  }

  const errorFor = (field: string) => (problem?.field === field ? FORM_ERROR_ID : undefined);
  return (
    <form className="account-form" onSubmit={submit} noValidate aria-busy={pending}>
      {children(errorFor)}
      <div role="alert" className="form-alert">
        {/* Keyed by attempt, so the same message is announced again when it comes back. */}
        {problem && (
          <p key={problem.attempt} id={FORM_ERROR_ID} className="notice notice-error">
            {problem.message}
          </p>
        )}
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? pendingAction : action}
      </button>
    </form>
  );
}

/** A form field's text; trimmed, except passwords, whose spaces count. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  if (typeof value !== "string") return "";
  return name === "password" ? value : value.trim();
}
