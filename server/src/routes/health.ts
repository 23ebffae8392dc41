import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import type { Judge } from "../judge/types.ts";
import type { Lifecycle } from "../lifecycle.ts";
import { operation } from "./openapi.ts";

export interface HealthRoutesDeps {
  db: Db;
  judge: Judge;
  lifecycle?: Lifecycle;
  /** How long readiness waits for the database before calling it unreachable; 2 s by default. */
  readyDbTimeoutMs?: number;
}

export const READY_DB_TIMEOUT_MS = 2_000;

/**
 * `/` is the original check (the database and the judge pool), kept as it was. `/live` says the
 * process answers, so an orchestrator restarts it only when it does not; `/ready` says whether to
 * send it traffic: not while it drains for a restart, nor while its database is out of reach.
 */
const judgeStatsSchema = z.object({ workers: z.number(), busy: z.number(), queued: z.number(), maxQueue: z.number() });
const readinessSchema = z.object({
  ready: z.boolean(),
  draining: z.boolean().meta({ description: "True once the server was asked to stop: it finishes accepted work and takes no new work." }),
  database: z.enum(["ok", "unreachable", "skipped"]),
  judge: judgeStatsSchema,
});
const docs = {
  health: operation({
    tag: "meta",
    summary: "Health: the database and the judge pool",
    responses: { 200: { description: "Up.", json: z.object({ status: z.literal("ok"), judge: judgeStatsSchema }) } },
    errors: [],
  }),
  live: operation({
    tag: "meta",
    summary: "Liveness: the process answers",
    description: "For an orchestrator's liveness probe: restart the process only when this fails.",
    responses: { 200: { description: "Alive.", json: z.object({ live: z.literal(true) }) } },
    errors: [],
  }),
  ready: operation({
    tag: "meta",
    summary: "Readiness: whether to send this instance traffic",
    description: "503 while it drains for a restart or cannot reach its database (checked with a bounded query).",
    responses: {
      200: { description: "Ready.", json: readinessSchema },
      503: { description: "Not ready: draining, or the database is unreachable.", json: readinessSchema },
    },
    errors: [],
  }),
};

export function healthRoutes(deps: HealthRoutesDeps) {
  const timeoutMs = deps.readyDbTimeoutMs ?? READY_DB_TIMEOUT_MS;
  return new Hono()
    .get("/", docs.health, async (c) => {
      await deps.db.run(sql`select 1`);
      return c.json({ status: "ok" as const, judge: deps.judge.stats() });
    })
    .get("/live", docs.live, (c) => c.json({ live: true as const }))
    .get("/ready", docs.ready, async (c) => {
      const draining = deps.lifecycle?.draining ?? false;
      const database = draining ? "skipped" : await databaseState(deps.db, timeoutMs);
      const ready = !draining && database === "ok";
      return c.json({ ready, draining, database, judge: deps.judge.stats() }, ready ? 200 : 503);
    });
}

/** `select 1`, bounded: a database that hangs is as unreachable as one that refuses. */
async function databaseState(db: Db, timeoutMs: number): Promise<"ok" | "unreachable"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"unreachable">((resolve) => {
    timer = setTimeout(() => resolve("unreachable"), timeoutMs);
  });
  const query = db.run(sql`select 1`).then(
    () => "ok" as const,
    () => "unreachable" as const,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
