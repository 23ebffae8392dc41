import type { JudgeResult } from "../lib/api.ts";
import { formatMs } from "../lib/format.ts";
import { TestResultItem } from "./TestResultItem.tsx";

export type JudgeKind = "run" | "submit";

function locationText({ file, line, column }: { file: string; line: number; column: number }): string {
  return `${file}, line ${line}, column ${column}`;
}

/** The verdict banner and, below it, every test with what it expected and what it got. */
export function JudgeResultView({ kind, result }: { kind: JudgeKind; result: JudgeResult }) {
  const accepted = result.verdict === "Accepted";
  const { summary } = result;
  return (
    <>
      <section className={`verdict ${accepted ? "verdict-accepted" : "verdict-rejected"}`} aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">{result.verdict}</h2>
        {result.message !== result.verdict && <p className="verdict-message">{result.message}</p>}
        {result.compileError && (
          <>
            {result.compileError.location.line > 0 && <p>At {locationText(result.compileError.location)}.</p>}
            <figure className="output">
              <figcaption>Compiler output</figcaption>
              <pre>{result.compileError.message}</pre>
            </figure>
          </>
        )}
        {summary.total > 0 && (
          <p className="verdict-summary">
            {kind === "run" ? "Sample tests: " : "All tests: "}
            {summary.passed} of {summary.total} passed
            {summary.skipped > 0 && `, ${summary.skipped} skipped`} · {formatMs(result.runtimeMs)}
          </p>
        )}
      </section>
      {result.tests.length > 0 && (
        <ol className="test-results" aria-label="Test results">
          {result.tests.map((test) => (
            <TestResultItem key={test.index} test={test} />
          ))}
        </ol>
      )}
    </>
  );
}
