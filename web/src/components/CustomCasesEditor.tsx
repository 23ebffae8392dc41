import { useId } from "react";
import type { CaseDraft } from "../lib/custom-cases.ts";

interface CustomCasesEditorProps {
  /** The function each case calls. */
  fn: string;
  max: number;
  cases: CaseDraft[];
  onChange: (cases: CaseDraft[]) => void;
  /** The case and field that could not be read, from the last Run. */
  invalid: { index: number; field: keyof CaseDraft; message: string } | undefined;
}

/** The candidate's own test cases, run by Run beside the sample tests. */
export function CustomCasesEditor({ fn, max, cases, onChange, invalid }: CustomCasesEditorProps) {
  const id = useId();
  const update = (index: number, change: Partial<CaseDraft>) => onChange(cases.map((c, i) => (i === index ? { ...c, ...change } : c)));
  return (
    <details className="custom-cases" open={cases.length > 0}>
      <summary>
        Your own test cases ({cases.length} of {max})
      </summary>
      <p className="hint-text">
        Run also calls <code>{fn}(…arguments)</code> for each case. Leave the expected value empty to compare with the reference
        solution's answer.
      </p>
      {invalid && (
        <p className="notice notice-error" role="alert">
          {invalid.message}
        </p>
      )}
      <ol className="case-list">
        {cases.map((c, i) => {
          const argsInvalid = invalid?.index === i && invalid.field === "args";
          const expectedInvalid = invalid?.index === i && invalid.field === "expected";
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: cases have no identity beyond their position.
            <li key={i} className="case-row">
              <label htmlFor={`${id}-args-${i}`}>Case {i + 1} arguments (JSON array)</label>
              <input
                id={`${id}-args-${i}`}
                className="mono-input"
                value={c.args}
                onChange={(e) => update(i, { args: e.target.value })}
                placeholder="[[2, 7, 11, 15], 9]"
                spellCheck={false}
                aria-invalid={argsInvalid || undefined}
              />
              <label htmlFor={`${id}-expected-${i}`}>Expected (JSON, optional)</label>
              <input
                id={`${id}-expected-${i}`}
                className="mono-input"
                value={c.expected}
                onChange={(e) => update(i, { expected: e.target.value })}
                placeholder="the reference decides"
                spellCheck={false}
                aria-invalid={expectedInvalid || undefined}
              />
              <button type="button" className="secondary" onClick={() => onChange(cases.filter((_, j) => j !== i))}>
                Remove case {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="secondary" onClick={() => onChange([...cases, { args: "", expected: "" }])} disabled={cases.length >= max}>
        Add a case
      </button>
    </details>
  );
}
