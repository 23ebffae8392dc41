import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import type { Judge } from "../judge/types.ts";
import { operation } from "./openapi.ts";

export interface HealthRoutesDeps {
  db: Db;
  judge: Judge;
}

/** Liveness plus the two things the app cannot work without: the database and the judge pool. */
export function healthRoutes(deps: HealthRoutesDeps) {
  const healthSchema = z.object({ status: z.literal("ok"), judge: z.object({ workers: z.number(), busy: z.number(), queued: z.number(), maxQueue: z.number() }) });
  const described = operation({ tag: "meta", summary: "Health: the database and the judge pool", responses: { 200: { description: "Up.", json: healthSchema } }, errors: [] });
  return new Hono().get("/", described, async (c) => {
    await deps.db.run(sql`select 1`);
    return c.json({ status: "ok" as const, judge: deps.judge.stats() });
  });
}
