export interface ThrottleOptions {
  leading?: boolean;
  trailing?: boolean;
}

export type Throttled<A extends unknown[]> = ((...args: A) => void) & { cancel(): void };

interface PendingCall<A> {
  self: unknown;
  args: A;
}

/** Calls `fn` at most once per `waitMs`, delivering the latest call at the end of each window. */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, waitMs: number, options: ThrottleOptions = {}): Throttled<A> {
  if (!Number.isFinite(waitMs) || waitMs <= 0) {
    throw new RangeError(`waitMs must be a positive finite number, got ${waitMs}`);
  }
  const { leading = true, trailing = true } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: PendingCall<A> | undefined;

  const openWindow = (): void => {
    timer = setTimeout(endWindow, waitMs);
  };

  function endWindow(): void {
    timer = undefined;
    if (pending === undefined) return;
    const { self, args } = pending;
    pending = undefined;
    // A trailing delivery opens the next window, so deliveries stay waitMs apart.
    openWindow();
    fn.apply(self, args);
  }

  function throttled(this: unknown, ...args: A): void {
    if (timer === undefined) {
      openWindow();
      if (leading) {
        fn.apply(this, args);
        return;
      }
    }
    if (trailing) pending = { self: this, args };
  }

  return Object.assign(throttled, {
    cancel(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  });
}
