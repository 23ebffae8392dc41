import { type FormEvent, useState } from "react";
import type { FormIssue } from "../../lib/team-coding.ts";
import { composeSetInput, type SetForm as SetFormState, type SetInput } from "../../lib/team-set.ts";
import { TextField } from "../TextField.tsx";
import { fieldId } from "./Fields.tsx";
import { errorIdFor, FormIssues } from "./FormIssues.tsx";
import { MarkdownField } from "./MarkdownField.tsx";
import { SetItemsEditor } from "./SetItemsEditor.tsx";

interface SetFormProps {
  teamId: string;
  initial: SetFormState;
  saveLabel: string;
  /** Sends the set; throws the server's error. */
  onSave: (input: SetInput) => Promise<void>;
}

/** A set's title, instructions, time limit, visibility of results, and its problems in order. */
export function SetForm({ teamId, initial, saveLabel, onSave }: SetFormProps) {
  const [form, setForm] = useState(initial);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const update = (patch: Partial<SetFormState>) => setForm((f) => ({ ...f, ...patch }));
  const err = (field: string) => errorIdFor(issues, field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setAttempt((a) => a + 1);
    setOutcome(null);
    const composed = composeSetInput(form);
    if (!composed.ok) {
      setIssues(composed.issues);
      return;
    }
    setIssues([]);
    setPending(true);
    try {
      await onSave(composed.input);
      setOutcome({ ok: true, message: "Saved. Attempts already started keep the problems they began with." });
    } catch (error) {
      setOutcome({ ok: false, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="set-form" onSubmit={submit} noValidate aria-busy={pending}>
      <FormIssues issues={issues} attempt={attempt} />
      <fieldset className="form-section">
        <legend>The interview</legend>
        <TextField label="Title" id={fieldId("title")} value={form.title} onChange={(e) => update({ title: e.target.value })} errorId={err("title")} />
        <MarkdownField
          label="Instructions for candidates"
          value={form.instructions}
          onChange={(instructions) => update({ instructions })}
          rows={8}
          hint="Markdown, shown before the candidate starts the clock."
        />
        <div className="form-row">
          <TextField
            label="Time limit (minutes)"
            id={fieldId("timeLimitMinutes")}
            inputMode="numeric"
            value={form.timeLimitMinutes}
            onChange={(e) => update({ timeLimitMinutes: e.target.value })}
            hint="The clock starts when the candidate presses Start; the server closes the attempt when it runs out."
            errorId={err("timeLimitMinutes")}
          />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={form.resultsVisibleToCandidate} onChange={(e) => update({ resultsVisibleToCandidate: e.target.checked })} />
          Candidates may see their results once they finish
        </label>
      </fieldset>
      <SetItemsEditor teamId={teamId} items={form.items} issues={issues} onChange={(items) => update({ items })} />
      <div role="alert" className="form-alert">
        {outcome && !outcome.ok && (
          <p key={attempt} className="notice notice-error">
            <strong>Could not save.</strong> {outcome.message}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={pending}>
          {pending ? "Saving…" : saveLabel}
        </button>
        <span role="status" className="hint-text">
          {outcome?.ok ? outcome.message : ""}
        </span>
      </div>
    </form>
  );
}
