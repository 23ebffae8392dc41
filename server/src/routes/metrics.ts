import { createHash, timingSafeEqual } from "node:crypto";
import { Hono } from "hono";
import { UnauthorizedError } from "../lib/errors.ts";
import type { Metrics } from "../observability/metrics.ts";

export interface MetricsRoutesDeps {
  metrics: Metrics;
  /** When set, a scrape must send `Authorization: Bearer <token>`. */
  token?: string;
}

/** `GET /metrics` in the Prometheus text format, behind the bearer token when there is one. */
export function metricsRoutes({ metrics, token }: MetricsRoutesDeps) {
  return new Hono().get("/metrics", async (c) => {
    if (token !== undefined && !sameSecret(bearerToken(c.req.header("authorization")), token)) {
      c.header("WWW-Authenticate", 'Bearer realm="metrics"');
      throw new UnauthorizedError("Metrics need the bearer token set in METRICS_TOKEN.");
    }
    const { contentType, body } = await metrics.expose();
    return c.body(body, 200, { "Content-Type": contentType, "Cache-Control": "no-store" });
  });
}

function bearerToken(header: string | undefined): string {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1] ?? "";
}

/** Compared as digests, so neither the time taken nor a length check tells how much of the token was right. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
