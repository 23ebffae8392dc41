import type { WrittenAttempt } from "../../lib/written.ts";

/** Earlier attempts at the same question, newest first, with how each scored. */
export function AttemptHistory({ attempts }: { attempts: readonly WrittenAttempt[] }) {
  if (attempts.length < 2) return null;
  return (
    <section className="attempt-history">
      <h3>Your attempts</h3>
      <ol reversed>
        {[...attempts].reverse().map((a) => (
          <li key={a.at}>
            {new Date(a.at).toLocaleString()}: {a.result.score.total} / 100 ({a.result.score.criteria.map((c) => `${c.title} ${c.level}`).join(", ")})
            {a.result.score.reliability?.reliable === false && ", not a reliable score"}
            {a.result.afterModelAnswer && ", after seeing the model answer"}
          </li>
        ))}
      </ol>
    </section>
  );
}
