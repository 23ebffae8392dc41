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

/** Calls `operation` until it succeeds, waiting a jittered, exponentially growing delay between attempts. */
export async function retry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  // Placeholder: a single attempt, no retries.
  void options;
  return operation(1);
}
