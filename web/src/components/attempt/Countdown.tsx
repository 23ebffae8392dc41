import { LOW_TIME_MS } from "../../lib/attempt-clock.ts";
import { formatClock } from "../../lib/mock-round.ts";

/** Announced once each, so a screen reader hears the time run low without hearing every second. */
const WARNINGS_MS = [5 * 60_000, 60_000] as const;

function warning(remaining: number): string {
  const at = WARNINGS_MS.findLast((w) => remaining <= w);
  return at === undefined ? "" : `${at / 60_000} minute${at === 60_000 ? "" : "s"} left or less.`;
}

/** The attempt's time left, on the server's clock. */
export function Countdown({ remaining }: { remaining: number }) {
  const low = remaining <= LOW_TIME_MS;
  return (
    <span className={`attempt-clock${low ? " attempt-clock-low" : ""}`}>
      {/* role="timer" is not announced on every tick; the text stays readable on demand. */}
      <span role="timer" aria-label="Time left">
        {remaining > 0 ? `${formatClock(remaining)} left` : "Time is up"}
      </span>
      <span className="visually-hidden" role="status">
        {warning(remaining)}
      </span>
    </span>
  );
}
