/** Longer than this and the candidate is better told to try later than kept watching a countdown. */
export const MAX_RETRY_WAIT_SECONDS = 120;

/** The parts of an ApiError a retry decision reads (kept structural: this module loads without the API client). */
interface Refusal {
  status: number;
  retryAfterSeconds?: number | undefined;
}

/**
 * How long a refusal asks us to wait before Run or Submit is worth sending again: the judge
 * busy (429) or the server restarting (503), each with its Retry-After. Anything else: undefined.
 */
export function refusalWaitSeconds(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { status, retryAfterSeconds } = error as Partial<Refusal>;
  if ((status !== 429 && status !== 503) || typeof retryAfterSeconds !== "number" || !Number.isFinite(retryAfterSeconds)) return undefined;
  return Math.min(MAX_RETRY_WAIT_SECONDS, Math.max(1, Math.ceil(retryAfterSeconds)));
}

/** Waits `ms`, or rejects as soon as `signal` aborts (a new Run, or leaving the page). */
export function waitUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Opens a judging request; if it is refused with a Retry-After, says how long it waits
 * (`onWait`), waits, and tries once more. A second refusal is thrown for the page to show.
 */
export async function openWithOneRetry<T>(open: () => Promise<T>, onWait: (seconds: number) => void, signal: AbortSignal, wait = waitUnlessAborted): Promise<T> {
  try {
    return await open();
  } catch (error) {
    const seconds = refusalWaitSeconds(error);
    if (seconds === undefined || signal.aborted) throw error;
    onWait(seconds);
    await wait(seconds * 1000, signal);
    return open();
  }
}
