import type { FileIssue } from "../../lib/team-api.ts";

export interface ValidationView {
  ok: boolean;
  errors: readonly FileIssue[];
  tests?: readonly { name: string; status: string; message?: string | undefined }[] | undefined;
  starterAccepted?: boolean | undefined;
}

/** `problem.md:3:5`: where an error is, the way editors print it. */
export function issueLocation(issue: FileIssue): string {
  return [issue.file, issue.line, issue.line === undefined ? undefined : issue.column].filter((x) => x !== undefined && x !== "").join(":");
}

export function FileIssueList({ issues, label }: { issues: readonly FileIssue[]; label: string }) {
  return (
    <ul className="file-issues" aria-label={label}>
      {issues.map((issue, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is shown as the server sent it and never reorders.
        <li key={i}>
          {issueLocation(issue) && <code className="issue-location">{issueLocation(issue)}</code>} {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** What saving a version came to: published, or a draft with the errors and failing tests that kept it one. */
export function ValidationReport({ version, status, validation }: { version: number; status: string; validation: ValidationView }) {
  const published = status === "published";
  const tests = validation.tests ?? [];
  return (
    <section className={`verdict ${published ? "verdict-accepted" : "verdict-rejected"}`} aria-labelledby="validation-heading" data-testid="validation-report">
      <h2 id="validation-heading">{published ? `Version ${version} is published` : `Version ${version} stays a draft`}</h2>
      {published ? (
        <p>It passed validation: sets use this version from now on.</p>
      ) : (
        <p>It was saved, but sets keep using the last published version (if any) until a version passes validation.</p>
      )}
      {validation.errors.length > 0 && <FileIssueList issues={validation.errors} label="Errors" />}
      {validation.starterAccepted && <p>The starter code already passes every test: it must not solve the problem.</p>}
      {tests.length > 0 && (
        <>
          <h3>Tests the reference solution fails</h3>
          <ul className="failing-tests" aria-label="Failing tests">
            {tests.map((test) => (
              <li key={test.name}>
                <span className="test-name">{test.name}</span> <span className="test-status">({test.status})</span>
                {test.message && <pre className="test-message">{test.message}</pre>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
