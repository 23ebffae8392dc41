import { CASE_COMPARES, type CaseCompare, type CaseRow, emptyCaseRow, type FormIssue } from "../../lib/team-coding.ts";
import { errorIdFor } from "./FormIssues.tsx";
import { fieldId, SelectField } from "./Fields.tsx";
import { TextField } from "../TextField.tsx";

const COMPARE_LABELS: Record<CaseCompare, string> = {
  equal: "Equal (deep equality)",
  unordered: "Equal in any order (arrays sorted first)",
  closeTo: "Close to (numbers, 5 decimal places)",
};

interface CasesTableProps {
  functionName: string;
  compare: CaseCompare;
  cases: CaseRow[];
  issues: readonly FormIssue[];
  onChange: (next: { casesFunction?: string; casesCompare?: CaseCompare; cases?: CaseRow[] }) => void;
}

/** cases.json as a table: each row calls the function with its arguments and expects a value or an error. */
export function CasesTable({ functionName, compare, cases, issues, onChange }: CasesTableProps) {
  const update = (index: number, patch: Partial<CaseRow>) => onChange({ cases: cases.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  const remove = (index: number) => onChange({ cases: cases.filter((_, i) => i !== index) });
  function add() {
    onChange({ cases: [...cases, emptyCaseRow(false)] });
    requestAnimationFrame(() => document.getElementById(fieldId(`cases.${cases.length}.args`))?.focus());
  }
  const cellProps = (index: number, field: keyof CaseRow) => {
    const name = `cases.${index}.${field}`;
    const errorId = errorIdFor(issues, name);
    return { id: fieldId(name), "aria-invalid": errorId ? true : undefined, "aria-describedby": errorId };
  };

  return (
    <div className="cases-editor">
      <div className="form-row">
        <TextField
          label="Function the cases call"
          id={fieldId("casesFunction")}
          className="mono-input"
          value={functionName}
          onChange={(e) => onChange({ casesFunction: e.target.value })}
          hint="An export of the solution, e.g. twoSum."
          errorId={errorIdFor(issues, "casesFunction")}
        />
        <SelectField label="Compare results" value={compare} onChange={(e) => onChange({ casesCompare: e.target.value as CaseCompare })}>
          {CASE_COMPARES.map((c) => (
            <option key={c} value={c}>
              {COMPARE_LABELS[c]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="table-scroll">
        <table className="cases-table" aria-describedby="cases-help">
          <caption>Test cases</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Name</th>
              <th scope="col">Arguments (JSON array)</th>
              <th scope="col">Outcome</th>
              <th scope="col">Expected (JSON) or error message contains</th>
              <th scope="col">Sample</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cases.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place, and are edited in place.
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td>
                  <input aria-label={`Case ${i + 1} name`} placeholder={row.sample ? "(the call)" : `case ${i + 1}`} value={row.name} onChange={(e) => update(i, { name: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`Case ${i + 1} arguments`} className="mono-input" value={row.args} onChange={(e) => update(i, { args: e.target.value })} {...cellProps(i, "args")} />
                </td>
                <td>
                  <select aria-label={`Case ${i + 1} outcome`} value={row.outcome} onChange={(e) => update(i, { outcome: e.target.value as CaseRow["outcome"] })}>
                    <option value="returns">Returns</option>
                    <option value="throws">Throws</option>
                  </select>
                </td>
                <td>
                  {row.outcome === "returns" ? (
                    <input aria-label={`Case ${i + 1} expected value`} className="mono-input" value={row.expected} onChange={(e) => update(i, { expected: e.target.value })} {...cellProps(i, "expected")} />
                  ) : (
                    <input aria-label={`Case ${i + 1} error message contains`} placeholder="(any error)" value={row.throws} onChange={(e) => update(i, { throws: e.target.value })} {...cellProps(i, "throws")} />
                  )}
                </td>
                <td>
                  <input type="checkbox" aria-label={`Case ${i + 1} is a sample`} checked={row.sample} onChange={(e) => update(i, { sample: e.target.checked })} />
                </td>
                <td>
                  <button type="button" className="secondary" onClick={() => remove(i)} aria-label={`Remove case ${i + 1}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="cases-help" className="hint-text">
        Sample cases are shown to candidates and run by Run; the others are hidden and run on Submit. A problem needs at least one of each.
        Hidden cases are named by number unless you name them.
      </p>
      <button type="button" onClick={add}>
        Add a case
      </button>
    </div>
  );
}
