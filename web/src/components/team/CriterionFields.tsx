import { DESIGN_SECTIONS, type RubricKind, STAR_PARTS } from "../../../../server/src/scoring/rubric.ts";
import type { FormIssue } from "../../lib/team-coding.ts";
import { type ConceptRow, type CriterionForm, idFromTitle, LEVEL_COUNT } from "../../lib/team-rubric.ts";
import { TextField } from "../TextField.tsx";
import { fieldId, TextAreaField } from "./Fields.tsx";
import { errorIdFor } from "./FormIssues.tsx";

const LEVEL_NAMES = ["0: missing", "1: weak", "2: fair", "3: senior", "4: lead"];
const partLabel = (part: string) => part.replace(/-/g, " ");

interface CriterionFieldsProps {
  index: number;
  count: number;
  kind: RubricKind;
  criterion: CriterionForm;
  issues: readonly FormIssue[];
  onChange: (patch: Partial<CriterionForm>) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One criterion of a rubric: what it scores, its levels, the concepts that earn points, a model answer. */
export function CriterionFields({ index, count, kind, criterion: c, issues, onChange, onMove, onRemove }: CriterionFieldsProps) {
  const name = (field: string) => `criteria.${index}.${field}`;
  const err = (field: string) => errorIdFor(issues, name(field));
  const title = c.title.trim() || `Criterion ${index + 1}`;
  const knownParts: readonly string[] = kind === "design" ? DESIGN_SECTIONS : kind === "concept" ? [] : STAR_PARTS;
  const hasPart = (part: string) => c.structure.includes(part);
  const togglePart = (part: string, on: boolean) => onChange({ structure: on ? [...c.structure, part] : c.structure.filter((p) => p !== part) });
  const customParts = c.structure.filter((p) => typeof p !== "string" || !knownParts.includes(p)).length;
  const setConcept = (i: number, patch: Partial<ConceptRow>) => onChange({ concepts: c.concepts.map((row, j) => (j === i ? { ...row, ...patch } : row)) });
  const keptSignals = Object.keys(c.extra);

  return (
    <fieldset className="criterion-fields">
      <legend>
        Criterion {index + 1}: {title}
      </legend>
      <div className="form-row">
        <TextField label="Title" id={fieldId(name("title"))} value={c.title} onChange={(e) => onChange({ title: e.target.value })} errorId={err("title")} />
        <TextField
          label="Id"
          id={fieldId(name("id"))}
          className="mono-input"
          value={c.id}
          placeholder={idFromTitle(c.title)}
          onChange={(e) => onChange({ id: e.target.value })}
          hint="Empty: made from the title."
          errorId={err("id")}
        />
        <TextField label="Weight" id={fieldId(name("weight"))} inputMode="decimal" value={c.weight} onChange={(e) => onChange({ weight: e.target.value })} hint="Relative to the other criteria." errorId={err("weight")} />
      </div>
      <TextAreaField label="Description" rows={2} value={c.description} onChange={(e) => onChange({ description: e.target.value })} />
      <fieldset className="levels" id={fieldId(name("levels"))} tabIndex={-1} aria-describedby={err("levels")}>
        <legend>Levels (what an answer at each level looks like; all five or none)</legend>
        {Array.from({ length: LEVEL_COUNT }, (_, level) => (
          <TextField
            // biome-ignore lint/suspicious/noArrayIndexKey: the five levels are fixed positions.
            key={level}
            label={`Level ${LEVEL_NAMES[level]}`}
            value={c.levels[level] ?? ""}
            onChange={(e) => onChange({ levels: c.levels.map((l, j) => (j === level ? e.target.value : l)) })}
          />
        ))}
      </fieldset>
      <fieldset className="concepts">
        <legend>Key concepts the answer should name</legend>
        <ol>
          {c.concepts.map((concept, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: concepts are edited in place.
            <li key={i} className="concept-row">
              <TextField label={`Concept ${i + 1}`} value={concept.name} onChange={(e) => setConcept(i, { name: e.target.value })} />
              <TextAreaField label={`Synonyms of concept ${i + 1}, one a line`} rows={2} value={concept.synonyms} onChange={(e) => setConcept(i, { synonyms: e.target.value })} />
              <button type="button" className="secondary" onClick={() => onChange({ concepts: c.concepts.filter((_, j) => j !== i) })}>
                Remove concept {i + 1}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => onChange({ concepts: [...c.concepts, { name: "", synonyms: "", extra: {} }] })}>
          Add a concept
        </button>
      </fieldset>
      {knownParts.length > 0 && (
        <fieldset className="structure-parts">
          <legend>{kind === "design" ? "Sections the answer should have" : "Parts of the story the answer should have"}</legend>
          {knownParts.map((part) => (
            <label key={part} className="checkbox">
              <input type="checkbox" checked={hasPart(part)} onChange={(e) => togglePart(part, e.target.checked)} />
              {partLabel(part)}
            </label>
          ))}
          {customParts > 0 && <p className="hint-text">And {customParts} custom part(s) with their own cues, kept as they are.</p>}
        </fieldset>
      )}
      <TextAreaField label="Model answer" rows={5} value={c.modelAnswer} onChange={(e) => onChange({ modelAnswer: e.target.value })} hint="Its key ideas are found by the scorer. Never shown to candidates." />
      {keptSignals.length > 0 && <p className="hint-text">Also kept as they are: {keptSignals.join(", ")}.</p>}
      <div className="actions">
        <button type="button" id={`criterion-${index}-up`} className="secondary" onClick={() => onMove(-1)} disabled={index === 0}>
          Move up<span className="visually-hidden"> criterion {index + 1}</span>
        </button>
        <button type="button" id={`criterion-${index}-down`} className="secondary" onClick={() => onMove(1)} disabled={index === count - 1}>
          Move down<span className="visually-hidden"> criterion {index + 1}</span>
        </button>
        <button type="button" className="secondary" onClick={onRemove} disabled={count === 1}>
          Remove criterion {index + 1}
        </button>
      </div>
    </fieldset>
  );
}
