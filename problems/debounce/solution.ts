export interface DebounceOptions {
  leading?: boolean;
  trailing?: boolean;
}

export type Debounced<A extends unknown[]> = ((...args: A) => void) & {
  cancel(): void;
  flush(): void;
};

interface PendingCall<A> {
  self: unknown;
  args: A;
}

/** Delays calls to `fn` until they have paused for `waitMs` milliseconds. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  waitMs: number,
  { leading = false, trailing = true }: DebounceOptions = {},
): Debounced<A> {
  if (!Number.isFinite(waitMs) || waitMs < 0) {
    throw new RangeError(`waitMs must be a non-negative finite number, got ${waitMs}`);
  }

  // `timer` is defined exactly while a burst is running.
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The latest call not delivered yet (only ever set when trailing is on).
  let pending: PendingCall<A> | undefined;

  const endBurst = (): PendingCall<A> | undefined => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const call = pending;
    pending = undefined;
    return call;
  };

  const deliver = (call: PendingCall<A> | undefined): void => {
    if (call) fn.apply(call.self, call.args);
  };

  function debounced(this: unknown, ...args: A): void {
    const startsBurst = timer === undefined;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => deliver(endBurst()), waitMs);

    if (startsBurst && leading) {
      pending = undefined;
      fn.apply(this, args);
    } else if (trailing) {
      pending = { self: this, args };
    }
  }

  return Object.assign(debounced, {
    cancel(): void {
      endBurst();
    },
    flush(): void {
      deliver(endBurst());
    },
  });
}
