import { LimitExceededError } from "./errors.ts";

/** Keys kept before stale windows are swept out, so a flood of addresses cannot grow memory without bound. */
const SWEEP_AT_KEYS = 10_000;

/** A wait as a person reads it: seconds for a minute's window, minutes or hours for a day's. */
function inWords(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 2 * 3600) return `${Math.ceil(seconds / 60)} min`;
  return `${Math.ceil(seconds / 3600)} h`;
}

export interface FixedWindowLimiter {
  /** Counts one request for `key`; throws a LimitExceededError (with the seconds left in the window) past the limit. */
  hit(key: string): void;
}

/**
 * At most `limit` requests per key in each window of `windowMs`, counted in memory, per process.
 * A fixed window is coarse (a burst at a window's edge gets twice the limit) but needs no timer
 * and answers an exact Retry-After: enough to make guessing invitation tokens pointless.
 */
export function createFixedWindowLimiter(options: { limit: number; windowMs: number; now?: () => number; what: string }): FixedWindowLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { startedAt: number; count: number }>();

  function sweep(at: number): void {
    for (const [key, window] of windows) if (at - window.startedAt >= options.windowMs) windows.delete(key);
  }

  return {
    hit(key) {
      const at = now();
      let window = windows.get(key);
      if (!window || at - window.startedAt >= options.windowMs) {
        if (windows.size >= SWEEP_AT_KEYS) sweep(at);
        window = { startedAt: at, count: 0 };
        windows.set(key, window);
      }
      window.count++;
      if (window.count > options.limit) {
        const retryAfterSeconds = Math.ceil((window.startedAt + options.windowMs - at) / 1000);
        throw new LimitExceededError(`Too many ${options.what} from you. Try again in ${inWords(retryAfterSeconds)}.`, retryAfterSeconds);
      }
    },
  };
}
