import { rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES, createApp } from "../../server/src/app.ts";
import { createDb, type Db } from "../../server/src/db/client.ts";
import { migrateDb } from "../../server/src/db/migrate.ts";
import { largestScenes } from "../../server/src/diagram/fixtures.ts";
import { makeTempDir, SOLUTION } from "../../server/src/problems/fixtures.ts";
import { scriptedJudge, testAuth } from "../../server/src/routes/fixtures.ts";

/**
 * The audit's attack over real sockets: an anonymous client sends the costliest diagrams it
 * can at once while /api/health is asked. Before reading was bounded, one 464 KB scene held
 * the event loop for 1.7 s and six made health take 4 s. The ~50 ms a read may take is checked
 * in CPU time by diagram/bounds.test.ts; these are wall-clock bounds on a shared two-core
 * machine, where another process can take the CPU away mid-read.
 */
const HEALTH_BOUND_MS = 1_000;
const BLOCK_BOUND_MS = 400;

/** What the audit sent: shapes piled on one point under as many arrows as fit in the body limit. */
function auditPile(): string {
  const elements: string[] = [];
  for (let i = 0, size = 20; size < BODY_LIMIT_BYTES - 400; i++) {
    const element = i % 2 ? { id: `r${i}`, type: "rectangle", x: 0, y: 0, width: 100, height: 50, customData: { kind: "queue" } } : { id: `a${i}`, type: "arrow", x: 500, y: 500, points: [[0, 0], [-490, -490]] };
    elements.push(JSON.stringify(element));
    size += elements.at(-1)!.length + 1;
  }
  return `{"scene":[${elements.join(",")}]}`;
}

let root: string;
let db: Db;
let server: ReturnType<typeof serve>;
let base: string;

beforeAll(async () => {
  root = await makeTempDir("rehearse-event-loop-");
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
  const app = createApp({ db, judge: scriptedJudge(SOLUTION), problems: [], webDist: root, auth: testAuth(db) });
  server = await new Promise((resolve) => {
    const listening = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

const post = (body: string) => fetch(`${base}/api/diagram/read`, { method: "POST", headers: { "Content-Type": "application/json" }, body });

describe("the event loop under costly diagram reads", () => {
  it(`answers /api/health within ${HEALTH_BOUND_MS} ms while the costliest scenes are read, and refuses the audit's pile`, async () => {
    const atCaps = Object.values(largestScenes()).map((elements) => JSON.stringify({ scene: { type: "excalidraw", elements } }));
    const bodies = [...atCaps, ...atCaps, auditPile(), auditPile()];
    // Each once first: loading fetch and compiling the reader are one-off costs, not what is measured.
    for (const body of bodies.slice(0, atCaps.length)) expect((await post(body)).status).toBe(200);

    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const reads = bodies.map(post);
    const started = performance.now();
    const health = await fetch(`${base}/api/health`);
    const healthMs = performance.now() - started;
    const statuses = await Promise.all(reads.map(async (read) => (await read).status));
    delay.disable();

    expect(health.status).toBe(200);
    expect(statuses).toEqual([...atCaps, ...atCaps].map(() => 200).concat([400, 400]));
    expect(healthMs).toBeLessThan(HEALTH_BOUND_MS);
    expect(delay.max / 1e6).toBeLessThan(BLOCK_BOUND_MS);
  });
});
