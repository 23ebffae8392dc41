import { Hono } from "hono";
import { z } from "zod";
import { readDiagram } from "../diagram/read.ts";
import { jsonBody } from "./validate.ts";

const readInputSchema = z.object({ scene: z.unknown().refine((v) => v !== undefined && v !== null, "a scene is required") });

/** `/api/diagram`: what a whiteboard reads as, before any scoring ("what was understood"). */
export function diagramRoutes() {
  return new Hono().post("/read", jsonBody(readInputSchema), (c) => {
    const { graph, summary, unresolved } = readDiagram(c.req.valid("json").scene);
    return c.json({ graph, summary, unresolved });
  });
}
