import type { FormIssue } from "../../lib/team-coding.ts";
import { fieldId } from "./Fields.tsx";

export const issueId = (field: string) => `issue-${fieldId(field)}`;

/** The first issue's message id for a field, to tie the field to what is wrong with it. */
export function errorIdFor(issues: readonly FormIssue[], field: string): string | undefined {
  return issues.some((i) => i.field === field) ? issueId(field) : undefined;
}

/**
 * What to fix before saving, announced, each with a way to the field it is about. Keyed by
 * `attempt` so the same list is announced again on the next try.
 */
export function FormIssues({ issues, attempt }: { issues: readonly FormIssue[]; attempt: number }) {
  if (issues.length === 0) return null;
  const seen = new Set<string>();
  return (
    <div key={attempt} className="notice notice-error form-issues" role="alert">
      <p>
        <strong>{issues.length === 1 ? "One thing to fix before saving:" : `${issues.length} things to fix before saving:`}</strong>
      </p>
      <ul>
        {issues.map((issue) => {
          const first = !seen.has(issue.field);
          seen.add(issue.field);
          return (
            <li key={`${issue.field}:${issue.message}`} id={first ? issueId(issue.field) : undefined}>
              {issue.message}{" "}
              <button type="button" className="link-button" onClick={() => document.getElementById(fieldId(issue.field))?.focus()}>
                Go to the field
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
