export interface RetryOptions {
  /** Total number of attempts, the first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Returns a number in [0, 1); defaults to Math.random. */
  random?: () => number;
  /** Return false to give up on this error at once; by default every error is retried. */
  isRetryable?: (error: unknown, attempt: number) => boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isNonNegativeFinite(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

/** Calls `operation` until it succeeds, waiting a jittered, exponentially growing delay between attempts. */
export async function retry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { maxAttempts, baseDelayMs, maxDelayMs, random = Math.random, isRetryable = () => true } = options;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  }
  if (!isNonNegativeFinite(baseDelayMs) || !isNonNegativeFinite(maxDelayMs)) {
    throw new RangeError("baseDelayMs and maxDelayMs must be non-negative finite numbers");
  }

  for (let attempt = 1; ; attempt++) {
    try {
      // Awaited inside the try: a synchronous throw and a rejection are both failures.
      return await operation(attempt);
    } catch (error) {
      if (attempt >= maxAttempts || !isRetryable(error, attempt)) throw error;
      const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      await sleep(Math.floor(random() * cap));
    }
  }
}
