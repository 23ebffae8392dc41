import { useState } from "react";
import { ROADMAP_AREAS, type RoadmapArea } from "../../../../server/src/problems/areas.ts";
import type { FormIssue } from "../../lib/team-coding.ts";
import { BRIEF_FIELDS, type BriefField, type CriterionForm, emptyCriterion, type RubricForm, slugFollowingTitle } from "../../lib/team-rubric.ts";
import { moveItem } from "../../lib/team-set.ts";
import { TextField } from "../TextField.tsx";
import { CriterionFields } from "./CriterionFields.tsx";
import { fieldId, SelectField, TextAreaField } from "./Fields.tsx";
import { errorIdFor } from "./FormIssues.tsx";
import { focusMoved } from "./focus.ts";

interface RubricProblemFormProps {
  form: RubricForm;
  onChange: (patch: Partial<RubricForm>) => void;
  issues: readonly FormIssue[];
  idLocked: boolean;
}

const PROMPT_LABELS: Record<RubricForm["kind"], string> = {
  design: "Prompt: the system to design",
  behavioral: "Question: the story to tell",
  leadership: "Question: the story to tell",
  concept: "Question",
};

/** A design prompt, behavioral or leadership question or concept question, as its rubric.yaml holds it. */
export function RubricProblemForm({ form, onChange, issues, idLocked }: RubricProblemFormProps) {
  const err = (field: string) => errorIdFor(issues, field);
  const [moved, setMoved] = useState("");
  const setCriterion = (index: number, patch: Partial<CriterionForm>) => onChange({ criteria: form.criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  function move(index: number, by: number) {
    const criteria = moveItem(form.criteria, index, by);
    const to = Math.max(0, Math.min(form.criteria.length - 1, index + by));
    onChange({ criteria });
    setMoved(`Moved ${form.criteria[index]?.title || `criterion ${index + 1}`} to position ${to + 1} of ${criteria.length}.`);
    focusMoved("criterion", to, by);
  }
  function add() {
    onChange({ criteria: [...form.criteria, emptyCriterion()] });
    requestAnimationFrame(() => document.getElementById(fieldId(`criteria.${form.criteria.length}.title`))?.focus());
  }

  return (
    <>
      <fieldset className="form-section">
        <legend>About the question</legend>
        <div className="form-row">
          <TextField
            label="Title"
            id={fieldId("title")}
            value={form.title}
            onChange={(e) => onChange({ title: e.target.value, ...(idLocked ? {} : { id: slugFollowingTitle(form.id, form.title, e.target.value) }) })}
            errorId={err("title")}
          />
          <TextField
            label="Id"
            id={fieldId("id")}
            className="mono-input"
            value={form.id}
            readOnly={idLocked}
            onChange={(e) => onChange({ id: e.target.value })}
            hint={idLocked ? "It stays the same across versions." : "Lower-case letters, digits and dashes, e.g. design-payments."}
            errorId={err("id")}
          />
        </div>
        <div className="form-row">
          <SelectField label="Roadmap area" value={form.area} onChange={(e) => onChange({ area: e.target.value as RoadmapArea | "" })}>
            <option value="">(none)</option>
            {Object.entries(ROADMAP_AREAS).map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </SelectField>
          <TextField label="Tags" value={form.tags} onChange={(e) => onChange({ tags: e.target.value })} hint="Comma-separated, lower-case-kebab." />
          {(form.kind === "behavioral" || form.kind === "leadership") && (
            <TextField
              label="Competencies"
              value={form.competencies}
              onChange={(e) => onChange({ competencies: e.target.value })}
              hint="Comma-separated, e.g. ownership, conflict, mentoring, incident-handling."
            />
          )}
        </div>
        <TextAreaField label={PROMPT_LABELS[form.kind]} id={fieldId("prompt")} rows={4} value={form.prompt} onChange={(e) => onChange({ prompt: e.target.value })} errorId={err("prompt")} />
      </fieldset>

      {form.kind === "design" && (
        <fieldset className="form-section">
          <legend>Brief for the interviewer</legend>
          <p className="hint-text">One item a line. Shown beside the prompt; leave it all empty for no brief.</p>
          <div className="brief-grid">
            {(Object.keys(BRIEF_FIELDS) as BriefField[]).map((key) => (
              <TextAreaField key={key} label={BRIEF_FIELDS[key]} rows={4} value={form.brief[key]} onChange={(e) => onChange({ brief: { ...form.brief, [key]: e.target.value } })} />
            ))}
          </div>
        </fieldset>
      )}

      <section className="form-section" aria-labelledby="criteria-heading">
        <h2 id="criteria-heading">Criteria</h2>
        <p className="hint-text" id={fieldId("criteria")} tabIndex={-1}>
          Each criterion is scored from 0 to 4 and weighted; a criterion needs at least one signal that earns points (concepts, parts, or a model answer).
        </p>
        {form.criteria.map((criterion, i) => (
          <CriterionFields
            // biome-ignore lint/suspicious/noArrayIndexKey: criteria are edited in place; moving one moves its fields with it.
            key={i}
            index={i}
            count={form.criteria.length}
            kind={form.kind}
            criterion={criterion}
            issues={issues}
            onChange={(patch) => setCriterion(i, patch)}
            onMove={(by) => move(i, by)}
            onRemove={() => onChange({ criteria: form.criteria.filter((_, j) => j !== i) })}
          />
        ))}
        <p role="status" className="visually-hidden">
          {moved}
        </p>
        <button type="button" onClick={add}>
          Add a criterion
        </button>
      </section>
    </>
  );
}
