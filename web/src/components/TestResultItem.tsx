import type { TestResult } from "../lib/api.ts";
import { formatMs } from "../lib/format.ts";
import { DiffView } from "./DiffView.tsx";
import { SourceLocation } from "./SourceLocation.tsx";

const STATUS_LABELS: Record<TestResult["status"], string> = {
  passed: "Passed",
  failed: "Failed",
  error: "Error",
  timeout: "Time limit exceeded",
  memory: "Memory limit exceeded",
  output: "Output limit exceeded",
  skipped: "Skipped",
};

function Output({ title, text }: { title: string; text: string | undefined }) {
  if (text === undefined || text === "") return null;
  return (
    <figure className="output">
      <figcaption>{title}</figcaption>
      <pre>{text}</pre>
    </figure>
  );
}

export function TestResultItem({ test, onGoTo }: { test: TestResult; onGoTo: (line: number, column: number) => void }) {
  const consoleText = test.console.map((entry) => (entry.level === "log" ? entry.text : `[${entry.level}] ${entry.text}`)).join("\n");
  const heading = (
    <>
      <span className="test-status">{STATUS_LABELS[test.status]}</span>
      <span className="test-name">{test.name}</span>
      {/* The server reports no timing for a hidden test (0): showing "<1 ms" would be untrue. */}
      {test.visibility !== "hidden" && <span className="test-duration">{formatMs(test.durationMs)}</span>}
    </>
  );
  const hasDetails = Boolean(test.message || test.location || test.expected || test.received || test.diff || consoleText);
  if (!hasDetails) {
    return (
      <li className={`test-result test-${test.status}`}>
        <div className="test-heading">{heading}</div>
      </li>
    );
  }
  return (
    <li className={`test-result test-${test.status}`}>
      <details open={test.status !== "passed" && test.status !== "skipped"}>
        <summary className="test-heading">{heading}</summary>
        <div className="test-body">
          {test.message && <pre className="test-message">{test.message}</pre>}
          {test.location && (
            <p className="test-location">
              <SourceLocation location={test.location} onGoTo={onGoTo} />
            </p>
          )}
          <Output title="Expected" text={test.expected} />
          <Output title="Received" text={test.received} />
          {test.diff && <DiffView diff={test.diff} />}
          <Output title="Console output" text={consoleText} />
        </div>
      </details>
    </li>
  );
}
