import { useEffect, useState } from "react";

/**
 * The attempt's clock is the server's: its deadline is a server time, and this browser's own
 * clock can be minutes off. Each attempt answer carries `serverNow`, from which the skew is
 * measured once per answer and applied to every tick in between.
 */

/** A time the server sends (ISO string or ms since the epoch) as ms; null when absent or unreadable. */
export function toMs(value: string | number | Date | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const ms = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * How far the server's clock runs ahead of this one (negative: behind). The server read its
 * clock somewhere between the request leaving and the answer arriving; halfway is the best guess.
 */
export function clockOffsetMs(serverNow: number, sentAt: number, receivedAt: number): number {
  return serverNow - (sentAt + Math.max(sentAt, receivedAt)) / 2;
}

/** This browser's `localNow` as the server's clock would read it. */
export function serverTimeAt(localNow: number, offsetMs: number): number {
  return localNow + offsetMs;
}

/** Time left before the deadline, never below zero. */
export function remainingMs(deadlineAt: number, localNow: number, offsetMs: number): number {
  return Math.max(0, deadlineAt - serverTimeAt(localNow, offsetMs));
}

/** How long to wait before the countdown's shown second changes (it rounds up, see `formatClock`). */
export function msUntilNextTick(remaining: number): number {
  if (remaining <= 0) return 1000;
  const intoSecond = remaining % 1000;
  return intoSecond === 0 ? 1000 : intoSecond;
}

/** Below this the countdown warns (styled, and announced once). */
export const LOW_TIME_MS = 5 * 60_000;

/**
 * Time left on the server's clock, re-rendered as each shown second changes; null without a
 * deadline (the clock has not started).
 */
export function useRemaining(deadlineAt: number | null, offsetMs: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  const remaining = deadlineAt === null ? null : remainingMs(deadlineAt, now, offsetMs);

  useEffect(() => {
    if (remaining === null || remaining <= 0) return;
    const timer = window.setTimeout(() => setNow(Date.now()), msUntilNextTick(remaining));
    return () => window.clearTimeout(timer);
  }, [remaining]);

  // A tab coming back from the background has skipped ticks: catch up at once.
  useEffect(() => {
    const onVisible = () => document.visibilityState === "visible" && setNow(Date.now());
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, []);

  return remaining;
}
