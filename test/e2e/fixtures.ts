import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { test as base, expect } from "@playwright/test";
import { createApp } from "../../server/src/app.ts";
import { createAuth } from "../../server/src/auth.ts";
import { createDb } from "../../server/src/db/client.ts";
import { migrateDb } from "../../server/src/db/migrate.ts";
import { createJudge } from "../../server/src/judge/index.ts";
import { loadProblems } from "../../server/src/problems/load.ts";
import { loadRubrics } from "../../server/src/scoring/load.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const PROBLEMS_DIR = join(ROOT, "problems");
export const RUBRICS_DIR = join(ROOT, "rubrics");
const WEB_DIST = join(ROOT, "web", "dist");
const E2E_AUTH_SECRET = "e2e-only-secret-for-rehearse-playwright-runs-0123456789";

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
      const rubrics = await loadRubrics(RUBRICS_DIR);
      const judge = createJudge({ workers: 1 });
      // Sign-in POSTs must come from the origin auth is configured with, known only once listening.
      let app: ReturnType<typeof createApp> | undefined;
      const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
        const fetch = (request: Request, env: unknown) => app?.fetch(request, env) ?? new Response("starting", { status: 503 });
        const listening = serve({ fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(listening));
      });
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}`;
      app = createApp({ db, judge, problems, rubrics, webDist: WEB_DIST, auth: createAuth({ db, baseURL: url, secret: E2E_AUTH_SECRET, signInPerMinute: 10_000 }) });
      try {
        await use({ url });
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
