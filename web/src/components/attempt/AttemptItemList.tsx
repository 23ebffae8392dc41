import type { AttemptView } from "../../lib/attempt-api.ts";
import { toMs } from "../../lib/attempt-clock.ts";
import { paths } from "../../lib/router.ts";
import { Link } from "../Link.tsx";
import { localClockTime } from "./SaveStatus.tsx";

export const KIND_LABELS: Record<AttemptView["items"][number]["kind"], string> = {
  coding: "Coding",
  design: "System design",
  behavioral: "Behavioral",
  leadership: "Leadership",
  concept: "Concept",
};

function itemState(item: AttemptView["items"][number], offsetMs: number): string {
  const submittedAt = toMs(item.submittedAt);
  if (submittedAt !== null) return `Submitted ${localClockTime(submittedAt, offsetMs)}`;
  const savedAt = toMs(item.savedAt);
  if (savedAt !== null) return `Saved ${localClockTime(savedAt, offsetMs)}`;
  return "Not started";
}

/**
 * The attempt's problems: what each is, its points, and whether work on it is saved or submitted.
 * Until the clock starts the server sends no titles, so the column is left out.
 */
export function AttemptItemList({ attempt, offsetMs }: { attempt: AttemptView; offsetMs: number }) {
  const open = attempt.status !== "not_started";
  const points = attempt.items.reduce((sum, i) => sum + i.points, 0);
  return (
    <section aria-labelledby="attempt-items-title">
      <h2 id="attempt-items-title">Problems</h2>
      {!open && <p className="hint-text">The problems are named and open once you start.</p>}
      <table className="attempt-items">
        <thead>
          <tr>
            <th scope="col">#</th>
            {open && <th scope="col">Problem</th>}
            <th scope="col">Kind</th>
            <th scope="col">Points</th>
            <th scope="col">Your work</th>
          </tr>
        </thead>
        <tbody>
          {attempt.items.map((item, index) => (
            <tr key={item.position}>
              <td>{index + 1}</td>
              {open && (
                <td>
                  <Link href={paths.attemptItem(attempt.id, item.position)}>{item.title ?? `Problem ${index + 1}`}</Link>
                </td>
              )}
              <td>{KIND_LABELS[item.kind]}</td>
              <td>{item.points}</td>
              <td>{itemState(item, offsetMs)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">Total</th>
            {open && <td />}
            <td>{points}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
