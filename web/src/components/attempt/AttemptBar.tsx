import type { ReactNode } from "react";
import type { AttemptItemSummary } from "../../lib/attempt-api.ts";
import { paths } from "../../lib/router.ts";
import { Link } from "../Link.tsx";
import { Countdown } from "./Countdown.tsx";

interface AttemptBarProps {
  attemptId: string;
  setTitle: string;
  items: readonly AttemptItemSummary[];
  position: number;
  /** Time left; null when the clock is not running. */
  remaining: number | null;
  /** How saving goes. */
  status?: ReactNode;
}

/** A slim bar over an attempt's problem: where the candidate is, the time left, the way around. */
export function AttemptBar({ attemptId, setTitle, items, position, remaining, status }: AttemptBarProps) {
  const index = items.findIndex((i) => i.position === position);
  const previous = index > 0 ? items[index - 1] : undefined;
  const next = index >= 0 ? items[index + 1] : undefined;
  return (
    <nav className="attempt-bar" aria-label="Attempt">
      <Link href={paths.attempt(attemptId)}>← Overview</Link>
      <span className="attempt-bar-title">{setTitle}</span>
      <span>
        Problem {index + 1} of {items.length}
      </span>
      {previous ? <Link href={paths.attemptItem(attemptId, previous.position)}>Previous problem</Link> : null}
      {next ? <Link href={paths.attemptItem(attemptId, next.position)}>Next problem</Link> : null}
      {remaining !== null && <Countdown remaining={remaining} />}
      {status}
    </nav>
  );
}
