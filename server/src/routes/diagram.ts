import { Hono } from "hono";
import { z } from "zod";
import { readDiagram } from "../diagram/read.ts";
import type { RateLimits } from "../lib/rate-limits.ts";
import { rateLimited } from "./rate-limit.ts";
import { jsonBody } from "./validate.ts";

const readInputSchema = z.object({ scene: z.unknown().refine((v) => v !== undefined && v !== null, "a scene is required") });

/** `/api/diagram`: what a whiteboard reads as, before any scoring ("what was understood"); anyone may ask, within a budget. */
export function diagramRoutes(deps: { rateLimits: RateLimits; proxyClientIpHeader?: string }) {
  return new Hono().post("/read", rateLimited(deps.rateLimits, "diagramRead", deps.proxyClientIpHeader), jsonBody(readInputSchema), (c) => {
    const { graph, summary, unresolved } = readDiagram(c.req.valid("json").scene);
    return c.json({ graph, summary, unresolved });
  });
}
