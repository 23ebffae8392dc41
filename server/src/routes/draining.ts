import type { MiddlewareHandler } from "hono";
import type { Lifecycle } from "../lifecycle.ts";
import { ServiceUnavailableError } from "../lib/errors.ts";

/** A restart takes seconds: by then a fresh instance (or another replica) takes the retry. */
export const RESTART_RETRY_AFTER_SECONDS = 5;

/**
 * Refuses new judging work while the server drains for a restart: 503 with Retry-After, so a
 * client (or the proxy in front) retries on the next instance. Work already accepted goes on.
 */
export function refuseWhileDraining(lifecycle: Lifecycle | undefined): MiddlewareHandler {
  return async (_c, next) => {
    if (lifecycle?.draining) throw new ServiceUnavailableError("The server is restarting: try again in a few seconds.", RESTART_RETRY_AFTER_SECONDS);
    await next();
  };
}
