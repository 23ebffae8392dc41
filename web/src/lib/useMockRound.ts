import { useCallback, useEffect, useState } from "react";
import { type MockRound, parseRound, startRound } from "./mock-round.ts";
import { readStored, writeStored } from "./storage.ts";

const key = (slug: string) => `rehearse:mock-round:${slug}`;

/** The mock round on a problem, kept across reloads, with a clock that ticks while it runs. */
export function useMockRound(slug: string) {
  const [round, setRound] = useState<MockRound | undefined>(() => readStored(key(slug), parseRound));
  const [now, setNow] = useState(() => Date.now());

  const running = round !== undefined && round.finishedAt === undefined;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  const save = useCallback(
    (next: MockRound | undefined) => {
      writeStored(key(slug), next);
      setRound(next);
      setNow(Date.now());
    },
    [slug],
  );

  const start = useCallback((minutes: number) => save(startRound(minutes, Date.now())), [save]);
  const stop = useCallback(() => save(undefined), [save]);
  /** Stops the clock: the round is solved. */
  const finish = useCallback(() => {
    if (round && round.finishedAt === undefined) save({ ...round, finishedAt: Date.now() });
  }, [round, save]);

  return { round, now, running, start, stop, finish };
}
