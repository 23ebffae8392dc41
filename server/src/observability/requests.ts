import type { Context, MiddlewareHandler } from "hono";
import type { RequestIdVariables } from "hono/request-id";
import { matchedRoutes } from "hono/route";
import { inRequestScope, type Logger } from "./logger.ts";
import type { Metrics } from "./metrics.ts";

/** The label of a request no route answers: unknown paths must not each make a series of their own. */
export const UNMATCHED_ROUTE = "unmatched";
/** A path is the client's to choose: the access line keeps its start only. */
const MAX_LOGGED_PATH = 300;

/**
 * The route pattern a request went to (`/api/problems/:slug/submit`), never its path. Middleware
 * (`app.use`, method ALL) matches everything, so the last matched handler of a method is the route,
 * even when a middleware answered first (a 413, a 403).
 */
export function routeLabel(c: Context): string {
  const route = matchedRoutes(c).findLast((r) => r.method !== "ALL");
  return route?.path ?? UNMATCHED_ROUTE;
}

/**
 * Serves each request inside its request-id scope (every line logged meanwhile carries the id),
 * then writes one access line and counts it. Must come right after `requestId()`.
 */
export function observeRequests(log: Logger, metrics: Metrics | null): MiddlewareHandler<{ Variables: RequestIdVariables }> {
  return (c, next) =>
    inRequestScope(c.get("requestId"), log, async () => {
      const started = performance.now();
      await next();
      const seconds = (performance.now() - started) / 1000;
      const route = routeLabel(c);
      const status = c.res.status;
      metrics?.request(c.req.method, route, status, seconds);
      const line = { method: c.req.method, path: c.req.path.slice(0, MAX_LOGGED_PATH), route, status, ms: Math.round(seconds * 10_000) / 10 };
      if (status >= 500) log.error(line, "request");
      else log.info(line, "request");
    });
}
