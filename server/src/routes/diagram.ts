import { Hono } from "hono";
import { z } from "zod";
import { readDiagram } from "../diagram/read.ts";
import type { RateLimits } from "../lib/rate-limits.ts";
import { rateLimited } from "./rate-limit.ts";
import { diagramReadingSchema } from "./answers.schema.ts";
import { operation } from "./openapi.ts";
import { jsonBody } from "./validate.ts";

const readInputSchema = z.object({ scene: z.unknown().refine((v) => v !== undefined && v !== null, "a scene is required") });

/** `/api/diagram`: what a whiteboard reads as, before any scoring ("what was understood"); anyone may ask, within a budget. */
export function diagramRoutes(deps: { rateLimits: RateLimits; proxyClientIpHeader?: string }) {
  const described = operation({
    tag: "answers",
    summary: "What a whiteboard scene reads as",
    description: "Components, connections and a summary, before any scoring. Anyone may ask, within a per-client budget.",
    body: readInputSchema,
    responses: { 200: { description: "The reading.", json: diagramReadingSchema } },
    errors: [400, 429],
  });
  return new Hono().post("/read", described, rateLimited(deps.rateLimits, "diagramRead", deps.proxyClientIpHeader), jsonBody(readInputSchema), (c) => {
    const { graph, summary, unresolved } = readDiagram(c.req.valid("json").scene);
    return c.json({ graph, summary, unresolved });
  });
}
