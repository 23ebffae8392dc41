import type { Problem } from "../lib/api.ts";
import { formatMs } from "../lib/format.ts";

/** The limits a submission runs under, as the judge will apply them. */
export function ProblemLimits({ limits }: { limits: Problem["limits"] }) {
  return (
    <dl className="limits" aria-label="Limits">
      <div>
        <dt>Time per test</dt>
        <dd>{formatMs(limits.testTimeMs)}</dd>
      </div>
      <div>
        <dt>Memory</dt>
        <dd>{limits.memoryMb} MB</dd>
      </div>
      <div>
        <dt>Code size</dt>
        <dd>{Math.round(limits.codeBytes / 1024)} KB</dd>
      </div>
    </dl>
  );
}

function callText(fn: string, args: unknown[]): string {
  return `${fn}(${args.map((arg) => JSON.stringify(arg)).join(", ")})`;
}

/** The sample tests Run checks: the cases of a cases.json problem, or the sample test files. */
export function SampleTests({ problem }: { problem: Problem }) {
  const { sampleCases, samples, customCases } = problem;
  if (sampleCases && sampleCases.length > 0) {
    const fn = customCases?.function ?? "solution";
    return (
      <section className="samples" aria-labelledby="samples-heading">
        <h2 id="samples-heading">Sample tests</h2>
        <ul>
          {sampleCases.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sample cases are a fixed list and may repeat.
            <li key={i}>
              <code>{c.name ?? callText(fn, c.args)}</code>
              {c.name && <code className="sample-call">{callText(fn, c.args)}</code>}
              <span className="sample-arrow" aria-hidden="true">
                {" → "}
              </span>
              <span className="visually-hidden"> should give </span>
              <code>{c.throws !== undefined ? `throws "${c.throws}"` : JSON.stringify(c.expected ?? null)}</code>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (samples.length === 0) return null;
  return (
    <section className="samples" aria-labelledby="samples-heading">
      <h2 id="samples-heading">Sample tests</h2>
      {samples.map((sample) => (
        <details key={sample.path}>
          <summary>{sample.path}</summary>
          <pre>{sample.code}</pre>
        </details>
      ))}
    </section>
  );
}
