export interface DebounceOptions {
  leading?: boolean;
  trailing?: boolean;
}

export type Debounced<A extends unknown[]> = ((...args: A) => void) & {
  cancel(): void;
  flush(): void;
};

/** Delays calls to `fn` until they have paused for `waitMs` milliseconds. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  waitMs: number,
  options: DebounceOptions = {},
): Debounced<A> {
  // Placeholder: calls fn straight away, which is not debouncing at all.
  const wrapper = (...args: A): void => fn(...args);
  return Object.assign(wrapper, {
    cancel(): void {},
    flush(): void {},
  });
}
