export type Next = () => Promise<void>;
export type Middleware<C> = (ctx: C, next: Next) => unknown;

/** Composes middleware into one handler: each runs around the rest of the chain. */
export function compose<C>(middleware: Middleware<C>[]): (ctx: C, next?: Next) => Promise<void> {
  if (!Array.isArray(middleware)) throw new TypeError("middleware must be an array");
  for (const fn of middleware) {
    if (typeof fn !== "function") throw new TypeError("every middleware must be a function");
  }
  // Copied, so a caller mutating the array later does not change running chains.
  const stack = [...middleware];

  return function handle(ctx: C, final?: Next): Promise<void> {
    // Per request: the highest index dispatched so far.
    let lastIndex = -1;

    const dispatch = (i: number): Promise<void> => {
      if (i <= lastIndex) return Promise.reject(new Error("next() called multiple times"));
      lastIndex = i;
      const fn: ((ctx: C, next: Next) => unknown) | undefined = i < stack.length ? stack[i] : final;
      if (fn === undefined) return Promise.resolve();
      try {
        return Promise.resolve(fn(ctx, () => dispatch(i + 1))).then(() => undefined);
      } catch (error) {
        return Promise.reject(error);
      }
    };

    return dispatch(0);
  };
}
