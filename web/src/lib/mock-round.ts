import { isRecord } from "./storage.ts";

/** A timed mock round on one problem. `finishedAt` is set when a submission is Accepted. */
export interface MockRound {
  startedAt: number;
  durationMs: number;
  finishedAt?: number;
}

export const ROUND_MINUTES = [15, 30, 45, 60, 90] as const;
export const DEFAULT_ROUND_MINUTES = 45;

export function startRound(minutes: number, now: number): MockRound {
  return { startedAt: now, durationMs: minutes * 60_000 };
}

/** Time spent so far, or until the round finished. */
export function elapsedMs(round: MockRound, now: number): number {
  return Math.max(0, (round.finishedAt ?? now) - round.startedAt);
}

/** Time left on the clock; negative once the round has overrun. */
export function remainingMs(round: MockRound, now: number): number {
  return round.durationMs - elapsedMs(round, now);
}

/** "45:00", "4:05", "1:02:03": whole seconds, rounded up so the clock shows 0:00 only when time is up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

export function parseRound(value: unknown): MockRound | undefined {
  if (!isRecord(value)) return undefined;
  const { startedAt, durationMs, finishedAt } = value;
  if (typeof startedAt !== "number" || typeof durationMs !== "number" || durationMs <= 0) return undefined;
  if (finishedAt !== undefined && typeof finishedAt !== "number") return undefined;
  return finishedAt === undefined ? { startedAt, durationMs } : { startedAt, durationMs, finishedAt };
}
