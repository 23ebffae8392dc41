import { formatMs } from "../lib/format.ts";
import type { Judging } from "../lib/judging.ts";
import { SourceLocation } from "./SourceLocation.tsx";
import { ErrorNotice } from "./StatusMessage.tsx";
import { TestResultItem } from "./TestResultItem.tsx";

type GoTo = (line: number, column: number) => void;

/** A Run or Submit as it streams in: progress, then the verdict banner, and each test as it finishes. */
export function JudgeResultView({ judging, onGoTo }: { judging: Judging; onGoTo: GoTo }) {
  return (
    <>
      {judging.phase === "judging" && <Progress judging={judging} />}
      {judging.phase === "failed" && (
        <ErrorNotice title={judging.kind === "run" ? "Could not run the tests." : "Could not submit."} error={judging.error} />
      )}
      {judging.phase === "done" && <VerdictBanner judging={judging} onGoTo={onGoTo} />}
      {judging.tests.length > 0 && (
        <ol className="test-results" aria-label="Test results">
          {judging.tests.map((test) => (
            <TestResultItem key={test.index} test={test} onGoTo={onGoTo} />
          ))}
        </ol>
      )}
    </>
  );
}

function Progress({ judging }: { judging: Judging }) {
  const finished = judging.tests.length;
  const failing = judging.tests.filter((t) => t.status !== "passed" && t.status !== "skipped").length;
  const what = judging.kind === "run" ? "Running the sample tests" : "Judging your submission";
  const count = judging.total === undefined ? `${finished} ${finished === 1 ? "test" : "tests"} finished` : `${finished} of ${judging.total} tests`;
  if (judging.phase === "judging" && judging.retryInSeconds !== undefined) {
    return (
      <div className="judging-progress">
        <p role="status">The judge is busy; retrying in {judging.retryInSeconds} s…</p>
      </div>
    );
  }
  return (
    <div className="judging-progress">
      <p role="status">
        {what}… {count}
        {failing > 0 && `, ${failing} failing`}
      </p>
      <progress max={judging.total ?? undefined} value={judging.total === undefined ? undefined : finished} aria-label="Tests finished" />
    </div>
  );
}

function VerdictBanner({ judging, onGoTo }: { judging: Extract<Judging, { phase: "done" }>; onGoTo: GoTo }) {
  const { result, kind } = judging;
  const accepted = result.verdict === "Accepted";
  const { summary, compileError } = result;
  const reference = "referenceRuntimeMs" in result ? result.referenceRuntimeMs : undefined;
  return (
    <section className={`verdict ${accepted ? "verdict-accepted" : "verdict-rejected"}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{result.verdict}</h2>
      {result.message !== result.verdict && <p className="verdict-message">{result.message}</p>}
      {compileError && (
        <>
          {compileError.location.line > 0 && (
            <p>
              <SourceLocation location={compileError.location} onGoTo={onGoTo} />
            </p>
          )}
          <figure className="output">
            <figcaption>Compiler output</figcaption>
            <pre>{compileError.message}</pre>
          </figure>
        </>
      )}
      {summary.total > 0 && (
        <p className="verdict-summary">
          {kind === "run" ? "Sample tests: " : "All tests: "}
          {summary.passed} of {summary.total} passed
          {summary.skipped > 0 && `, ${summary.skipped} skipped`} · runtime {formatMs(result.runtimeMs)}
          {accepted && reference !== undefined && ` · reference solution ${formatMs(reference)}`}
        </p>
      )}
    </section>
  );
}
