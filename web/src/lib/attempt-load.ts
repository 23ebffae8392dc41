import { useCallback, useEffect, useRef, useState } from "react";
import { attemptApi, type ClockedAttempt } from "./attempt-api.ts";
import { toMs, useRemaining } from "./attempt-clock.ts";

export type AttemptLoad = { state: "loading" } | { state: "ready"; value: ClockedAttempt } | { state: "failed"; error: Error };

/** How often to ask again once the countdown shows zero, until the server has closed the attempt. */
const CLOSE_POLL_MS = 2000;
const CLOSE_POLL_TRIES = 10;

/**
 * One attempt, read again on demand (after a start, a submission, a refused save). A failed
 * re-read keeps what was shown: only the first read failing is an error page.
 */
export function useAttempt(attemptId: string) {
  const [load, setLoad] = useState<AttemptLoad>({ state: "loading" });
  const current = useRef(attemptId);
  current.current = attemptId;

  const set = useCallback((value: ClockedAttempt) => setLoad({ state: "ready", value }), []);
  const refresh = useCallback(async () => {
    try {
      const value = await attemptApi.getAttempt(attemptId);
      if (current.current === attemptId) setLoad({ state: "ready", value });
    } catch (error) {
      if (current.current !== attemptId) return;
      setLoad((shown) => (shown.state === "ready" ? shown : { state: "failed", error: error instanceof Error ? error : new Error(String(error)) }));
    }
  }, [attemptId]);

  useEffect(() => {
    setLoad({ state: "loading" });
    void refresh();
  }, [refresh]);

  return { load, refresh, set };
}

/**
 * Time left on a running attempt (null before it starts or after it closes). When it reaches
 * zero the attempt is read again, a few times if need be, for the server to close it.
 */
export function useAttemptClock(value: ClockedAttempt | undefined, refresh: () => Promise<void>): number | null {
  const running = value?.attempt.status === "in_progress";
  const deadlineAt = running ? toMs(value.attempt.deadlineAt) : null;
  const remaining = useRemaining(deadlineAt, value?.offsetMs ?? 0);
  const over = remaining === 0;

  useEffect(() => {
    if (!over) return;
    let tries = 0;
    const timer = window.setInterval(() => {
      tries += 1;
      if (tries >= CLOSE_POLL_TRIES) window.clearInterval(timer);
      void refresh();
    }, CLOSE_POLL_MS);
    return () => window.clearInterval(timer);
  }, [over, refresh]);

  return remaining;
}
