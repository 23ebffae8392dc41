import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { IDLE_JUDGE } from "../judge/fixtures.ts";
import type { Judge } from "../judge/types.ts";
import { createLifecycle } from "../lifecycle.ts";
import { healthRoutes } from "./health.ts";

const judge: Judge = { ...IDLE_JUDGE, judge: () => Promise.reject(new Error("unused")), stats: () => ({ workers: 2, busy: 0, queued: 0, maxQueue: 8 }) };

let db: Db;
beforeAll(async () => {
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
});
afterAll(() => db.$client.close());

describe("health", () => {
  it("answers live while the process runs, draining or not", async () => {
    const lifecycle = createLifecycle();
    lifecycle.startDraining();
    const res = await healthRoutes({ db, judge, lifecycle }).request("/live");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ live: true });
  });

  it("is ready with a reachable database and no drain", async () => {
    const res = await healthRoutes({ db, judge, lifecycle: createLifecycle() }).request("/ready");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, draining: false, database: "ok", judge: { workers: 2, busy: 0, queued: 0, maxQueue: 8 } });
  });

  it("is not ready once the server drains", async () => {
    const lifecycle = createLifecycle();
    const routes = healthRoutes({ db, judge, lifecycle });
    lifecycle.startDraining();
    const res = await routes.request("/ready");
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ready: false, draining: true });
  });

  it("is not ready when the database cannot be reached", async () => {
    // Nothing listens on port 9 (discard) here: the connection is refused.
    const refused = createDb({ url: "http://127.0.0.1:9" });
    const closed = createDb({ url: ":memory:" });
    closed.$client.close();
    for (const unreachable of [refused, closed]) {
      const res = await healthRoutes({ db: unreachable, judge }).request("/ready");
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ready: false, draining: false, database: "unreachable" });
    }
    refused.$client.close();
  });

  it("is not ready when the database hangs, answering within its bound", async () => {
    const hanging = { run: () => new Promise(() => {}) } as unknown as Db;
    const started = performance.now();
    const res = await healthRoutes({ db: hanging, judge, readyDbTimeoutMs: 100 }).request("/ready");
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ database: "unreachable" });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
