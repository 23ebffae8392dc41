import { useId, useState } from "react";
import { DEFAULT_ROUND_MINUTES, elapsedMs, formatClock, type MockRound, ROUND_MINUTES, remainingMs } from "../lib/mock-round.ts";

interface MockRoundTimerProps {
  round: MockRound | undefined;
  now: number;
  onStart: (minutes: number) => void;
  onStop: () => void;
}

/** Start a timed mock round, then watch it count down; the time taken goes with each submission. */
export function MockRoundTimer({ round, now, onStart, onStop }: MockRoundTimerProps) {
  const id = useId();
  const [minutes, setMinutes] = useState(DEFAULT_ROUND_MINUTES);

  if (!round) {
    return (
      <div className="mock-round">
        <label htmlFor={id}>Mock round</label>
        <select id={id} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
          {ROUND_MINUTES.map((m) => (
            <option key={m} value={m}>
              {m} min
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => onStart(minutes)}>
          Start round
        </button>
      </div>
    );
  }

  const left = remainingMs(round, now);
  const finished = round.finishedAt !== undefined;
  const text = finished
    ? `Solved in ${formatClock(elapsedMs(round, now))}`
    : left > 0
      ? `${formatClock(left)} left`
      : `Time is up: ${formatClock(left)} over`;
  return (
    <div className={`mock-round ${!finished && left <= 0 ? "mock-round-over" : ""}`}>
      {/* role="timer" is not announced on every tick; the text stays readable on demand. */}
      <span role="timer" className="mock-clock">
        {text}
      </span>
      <button type="button" className="secondary" onClick={onStop}>
        {finished ? "Close round" : "End round"}
      </button>
    </div>
  );
}
