export type Next = () => Promise<void>;
export type Middleware<C> = (ctx: C, next: Next) => unknown;

/** Composes middleware into one handler: each runs around the rest of the chain. */
export function compose<C>(middleware: Middleware<C>[]): (ctx: C, next?: Next) => Promise<void> {
  // Placeholder: runs each middleware in turn, with a `next` that does nothing.
  return async (ctx: C): Promise<void> => {
    for (const fn of middleware) await fn(ctx, async () => {});
  };
}
