import type { MiddlewareHandler } from "hono";
import type { RateLimitedAction, RateLimits } from "../lib/rate-limits.ts";
import { clientKey } from "./client-ip.ts";

/** Counts the request against its client's budget for `action`; past it, onError answers 429 with Retry-After. */
export function rateLimited(limits: RateLimits, action: RateLimitedAction, proxyHeader?: string): MiddlewareHandler {
  return async (c, next) => {
    await limits.consume(action, clientKey(c, proxyHeader));
    await next();
  };
}
