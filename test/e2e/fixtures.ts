import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { test as base, expect } from "@playwright/test";
import { createApp } from "../../server/src/app.ts";
import { createDb } from "../../server/src/db/client.ts";
import { migrateDb } from "../../server/src/db/migrate.ts";
import { createJudge } from "../../server/src/judge/index.ts";
import { loadProblems } from "../../server/src/problems/load.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const PROBLEMS_DIR = join(ROOT, "problems");
const WEB_DIST = join(ROOT, "web", "dist");

interface AppServer {
  url: string;
}

interface Fixtures {
  /** Requests the page tried to make to any origin but the app's: blocked, and must stay empty. */
  offOriginRequests: string[];
}

/**
 * One real app per Playwright worker, built from its parts the way server/src/index.ts
 * builds it but without reading the environment: its own temp database, one judge worker,
 * the committed problems and the built web/dist, listening on a free port.
 */
export const test = base.extend<Fixtures, { app: AppServer }>({
  app: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), "rehearse-e2e-"));
      const db = createDb({ url: `file:${join(dataDir, "e2e.db")}` });
      await migrateDb(db);
      const problems = await loadProblems(PROBLEMS_DIR);
      const judge = createJudge({ workers: 1 });
      const app = createApp({ db, judge, problems, webDist: WEB_DIST });
      const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
        const listening = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(listening));
      });
      const { port } = server.address() as AddressInfo;
      try {
        await use({ url: `http://127.0.0.1:${port}` });
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await judge.close();
        db.$client.close();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    { scope: "worker", timeout: 60_000 },
  ],

  baseURL: async ({ app }, use) => {
    await use(app.url);
  },

  offOriginRequests: [
    async ({ context, app }, use) => {
      const origin = new URL(app.url).origin;
      const blocked: string[] = [];
      await context.route(
        (url) => url.origin !== origin,
        (route) => {
          blocked.push(route.request().url());
          return route.abort("blockedbyclient");
        },
      );
      await context.routeWebSocket(
        (url) => url.origin.replace(/^ws/, "http") !== origin,
        (ws) => {
          blocked.push(ws.url());
          return ws.close();
        },
      );
      await use(blocked);
      expect(blocked, "the page must not contact any origin but the app's").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
