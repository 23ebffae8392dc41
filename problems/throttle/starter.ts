export interface ThrottleOptions {
  leading?: boolean;
  trailing?: boolean;
}

export type Throttled<A extends unknown[]> = ((...args: A) => void) & { cancel(): void };

/** Calls `fn` at most once per `waitMs`, delivering the latest call at the end of each window. */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, waitMs: number, options: ThrottleOptions = {}): Throttled<A> {
  // Placeholder: forwards every call, which is no throttling at all.
  void waitMs;
  void options;
  const throttled = (...args: A): void => fn(...args);
  return Object.assign(throttled, { cancel(): void {} });
}
