import { useEffect, useState } from "react";
import { formatClock } from "../../lib/mock-round.ts";

/** A countdown through named phases; optional, and only a guide. */
export function PhaseTimer({ phases, label }: { phases: readonly { name: string; minutes: number }[]; label: string }) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [startedAt]);

  if (startedAt === null) {
    return (
      <div className="phase-timer">
        <span>{label}: {phases.map((p) => `${p.name} ~${p.minutes} min`).join(", ")}</span>{" "}
        <button type="button" className="secondary" onClick={() => { setStartedAt(Date.now()); setNow(Date.now()); }}>
          Start timer
        </button>
      </div>
    );
  }
  const elapsed = now - startedAt;
  const ends = phases.map((_, i) => phases.slice(0, i + 1).reduce((sum, p) => sum + p.minutes * 60_000, 0));
  const index = ends.findIndex((e) => e > elapsed);
  const current = phases[index];
  const end = index === -1 ? (ends.at(-1) ?? 0) : (ends[index] ?? 0);
  return (
    <div className="phase-timer" role="timer" aria-live="off">
      {current ? (
        <span>
          {current.name}: {formatClock(end - elapsed)} left
        </span>
      ) : (
        <span>Time is up: {formatClock(elapsed - end)} over</span>
      )}{" "}
      <button type="button" className="link-button" onClick={() => setStartedAt(null)}>
        Stop
      </button>
    </div>
  );
}
