/** Before any job has finished, a job is assumed to take this long (a typical problem's full run on a busy machine). */
export const INITIAL_JOB_MS = 2_000;
/** Weight of the newest job in the running mean: about the last ten jobs count. */
const EWMA_WEIGHT = 0.2;
/** A client told to wait less than a second retries into the same refusal; past two minutes it gives up anyway. */
export const RETRY_AFTER_SECONDS = { min: 1, max: 120 } as const;

/** A running mean of recent job wall times, leaning on the newest: it follows a machine that slows down or a harder mix of problems. */
export class JobTimeAverage {
  private meanMs: number;

  constructor(initialMs = INITIAL_JOB_MS) {
    this.meanMs = initialMs;
  }

  record(wallMs: number): void {
    if (!Number.isFinite(wallMs) || wallMs < 0) return;
    this.meanMs += EWMA_WEIGHT * (wallMs - this.meanMs);
  }

  get ms(): number {
    return this.meanMs;
  }
}

/**
 * When a refused client should try again: the jobs ahead of it (waiting, plus one turn for
 * those running) shared over the workers, each taking the recent mean. Clamped, so a cold
 * start or a burst never tells anyone to retry at once or in an hour.
 */
export function estimateRetryAfterSeconds(input: { queued: number; workers: number; meanJobMs: number }): number {
  const workers = Math.max(1, input.workers);
  const rounds = Math.max(0, input.queued) / workers + 1;
  const seconds = Math.ceil((rounds * Math.max(0, input.meanJobMs)) / 1000);
  return Math.min(RETRY_AFTER_SECONDS.max, Math.max(RETRY_AFTER_SECONDS.min, seconds));
}
