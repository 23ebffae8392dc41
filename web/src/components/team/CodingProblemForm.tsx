import { ROADMAP_AREAS, type RoadmapArea } from "../../../../server/src/problems/areas.ts";
import { LIMITS } from "../../../../server/src/judge/limits.ts";
import { DIFFICULTIES, type Difficulty } from "../../../../server/src/problems/schema.ts";
import { type CodingForm, type FormIssue, hiddenPathOf, samplePathOf } from "../../lib/team-coding.ts";
import { slugFollowingTitle } from "../../lib/team-rubric.ts";
import { TextField } from "../TextField.tsx";
import { CasesTable } from "./CasesTable.tsx";
import { fieldId, SelectField, TextAreaField } from "./Fields.tsx";
import { errorIdFor } from "./FormIssues.tsx";
import { MarkdownField } from "./MarkdownField.tsx";

interface CodingProblemFormProps {
  form: CodingForm;
  onChange: (patch: Partial<CodingForm>) => void;
  issues: readonly FormIssue[];
  /** A saved problem keeps its slug: versions are of one folder. */
  slugLocked: boolean;
}

const SAMPLE_TEMPLATE = `import { describe, expect, it } from "@jest/globals";
import { solve } from "./solution";

describe("solve (samples)", () => {
  it("handles the example", () => {
    expect(solve([1, 2, 3])).toBe(6);
  });
});
`;

/** A coding problem's fields, laid out as its problems/<slug>/ folder holds them. */
export function CodingProblemForm({ form, onChange, issues, slugLocked }: CodingProblemFormProps) {
  const err = (field: string) => errorIdFor(issues, field);
  const hints = form.hints;
  function addHint() {
    onChange({ hints: [...hints, ""] });
    requestAnimationFrame(() => document.getElementById(fieldId(`hints.${hints.length}`))?.focus());
  }

  return (
    <>
      <fieldset className="form-section">
        <legend>About the problem</legend>
        <div className="form-row">
          <TextField
            label="Title"
            id={fieldId("title")}
            value={form.title}
            onChange={(e) => onChange({ title: e.target.value, ...(slugLocked ? {} : { slug: slugFollowingTitle(form.slug, form.title, e.target.value) }) })}
            required
            errorId={err("title")}
          />
          <TextField
            label="Slug"
            id={fieldId("slug")}
            className="mono-input"
            value={form.slug}
            readOnly={slugLocked}
            onChange={(e) => onChange({ slug: e.target.value })}
            hint={slugLocked ? "The folder name; it stays the same across versions." : "The folder name: lower-case letters, digits and dashes, e.g. two-sum."}
            errorId={err("slug")}
          />
        </div>
        <div className="form-row">
          <SelectField label="Difficulty" value={form.difficulty} onChange={(e) => onChange({ difficulty: e.target.value as Difficulty })}>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d[0]?.toUpperCase()}
                {d.slice(1)}
              </option>
            ))}
          </SelectField>
          <SelectField label="Roadmap area" value={form.area} onChange={(e) => onChange({ area: e.target.value as RoadmapArea })}>
            {Object.entries(ROADMAP_AREAS).map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </SelectField>
          <TextField label="Tags" id={fieldId("tags")} value={form.tags} onChange={(e) => onChange({ tags: e.target.value })} hint="Comma-separated, lower-case-kebab: arrays, hash-map." errorId={err("tags")} />
        </div>
        <div className="form-row">
          <TextField
            label="Time limit per test (ms)"
            id={fieldId("timeLimitMs")}
            inputMode="numeric"
            value={form.timeLimitMs}
            onChange={(e) => onChange({ timeLimitMs: e.target.value })}
            hint={`Empty: ${LIMITS.testTimeMs.default} ms. At most ${LIMITS.testTimeMs.ceiling}.`}
            errorId={err("timeLimitMs")}
          />
          <TextField
            label="Memory limit (MB)"
            id={fieldId("memoryLimitMb")}
            inputMode="numeric"
            value={form.memoryLimitMb}
            onChange={(e) => onChange({ memoryLimitMb: e.target.value })}
            hint={`Empty: ${LIMITS.memoryMb.default} MB. At most ${LIMITS.memoryMb.ceiling}.`}
            errorId={err("memoryLimitMb")}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Statement and hints</legend>
        <MarkdownField label="Statement" id={fieldId("statement")} value={form.statement} onChange={(statement) => onChange({ statement })} errorId={err("statement")} rows={16} />
        <div className="hint-list">
          <h2 className="subheading">Hints</h2>
          <p className="hint-text">Revealed one at a time, in this order.</p>
          {hints.length > 0 && (
            <ol>
              {hints.map((hint, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: hints are edited in place; their order is their identity.
                <li key={i} className="hint-row">
                  <TextAreaField label={`Hint ${i + 1}`} id={fieldId(`hints.${i}`)} rows={2} value={hint} onChange={(e) => onChange({ hints: hints.map((h, j) => (j === i ? e.target.value : h)) })} />
                  <button type="button" className="secondary" onClick={() => onChange({ hints: hints.filter((_, j) => j !== i) })}>
                    Remove hint {i + 1}
                  </button>
                </li>
              ))}
            </ol>
          )}
          <button type="button" onClick={addHint}>
            Add a hint
          </button>
        </div>
        <MarkdownField label="Editorial (optional)" value={form.editorial} onChange={(editorial) => onChange({ editorial })} rows={6} hint="The approach and its complexity, shown after a candidate solves it in practice." />
      </fieldset>

      <fieldset className="form-section">
        <legend>Code</legend>
        <TextAreaField label="Starter code (starter.ts)" mono rows={10} value={form.starter} onChange={(e) => onChange({ starter: e.target.value })} hint="What the candidate starts from. It must not pass the tests." />
        <TextAreaField
          label="Reference solution (solution.ts)"
          mono
          rows={14}
          value={form.solution}
          onChange={(e) => onChange({ solution: e.target.value })}
          hint="Never shown to candidates. It must pass every test for the problem to publish."
        />
      </fieldset>

      <fieldset className="form-section">
        <legend>Tests</legend>
        <fieldset className="mode-toggle">
          <legend className="visually-hidden">How the tests are written</legend>
          <label className="checkbox">
            <input type="radio" name="test-mode" checked={form.testMode === "cases"} onChange={() => onChange({ testMode: "cases" })} />
            A table of cases (cases.json)
          </label>
          <label className="checkbox">
            <input type="radio" name="test-mode" checked={form.testMode === "files"} onChange={() => onChange({ testMode: "files", ...(form.sampleTest.code ? {} : { sampleTest: { ...form.sampleTest, code: SAMPLE_TEMPLATE } }) })} />
            Jest-style test files
          </label>
        </fieldset>
        {form.testMode === "cases" ? (
          <CasesTable functionName={form.casesFunction} compare={form.casesCompare} cases={form.cases} issues={issues} onChange={onChange} />
        ) : (
          <>
            <TextAreaField
              label={`Sample tests (${samplePathOf(form)})`}
              mono
              rows={12}
              value={form.sampleTest.code}
              onChange={(e) => onChange({ sampleTest: { ...form.sampleTest, code: e.target.value } })}
              hint="Shown to candidates; Run runs them. Import what you test from ./solution."
            />
            <TextAreaField
              label={`Hidden tests (${hiddenPathOf(form)})`}
              mono
              rows={12}
              value={form.hiddenTest.code}
              onChange={(e) => onChange({ hiddenTest: { ...form.hiddenTest, code: e.target.value } })}
              hint="Never shown: Submit runs them with the samples."
            />
          </>
        )}
        {Object.keys(form.otherFiles).length > 0 && (
          <p className="hint-text">
            Also kept as they are: <code>{Object.keys(form.otherFiles).sort().join(", ")}</code>.
          </p>
        )}
      </fieldset>
    </>
  );
}
