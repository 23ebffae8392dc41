import { sql } from "drizzle-orm";
import { Hono } from "hono";
import type { Db } from "../db/client.ts";
import type { Judge } from "../judge/types.ts";

export interface HealthRoutesDeps {
  db: Db;
  judge: Judge;
}

/** Liveness plus the two things the app cannot work without: the database and the judge pool. */
export function healthRoutes(deps: HealthRoutesDeps) {
  return new Hono().get("/", async (c) => {
    await deps.db.run(sql`select 1`);
    return c.json({ status: "ok" as const, judge: deps.judge.stats() });
  });
}
