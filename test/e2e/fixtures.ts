import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { test as base, type BrowserContext, expect } from "@playwright/test";
import { createApp } from "../../server/src/app.ts";
import { createAuth } from "../../server/src/auth.ts";
import { createDb, type Db } from "../../server/src/db/client.ts";
import { migrateDb } from "../../server/src/db/migrate.ts";
import { createJudge } from "../../server/src/judge/index.ts";
import { startTestSmtp, type TestSmtp } from "../../server/src/mail/fixtures.ts";
import { createMailer } from "../../server/src/mail/mailer.ts";
import { loadProblems } from "../../server/src/problems/load.ts";
import { NO_RATE_LIMITS } from "../../server/src/routes/fixtures.ts";
import { loadRubrics } from "../../server/src/scoring/load.ts";
import { type ApiRoute, apiRoutes } from "../fixtures/api-routes.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const PROBLEMS_DIR = join(ROOT, "problems");
export const RUBRICS_DIR = join(ROOT, "rubrics");
const WEB_DIST = join(ROOT, "web", "dist");
const E2E_AUTH_SECRET = "e2e-only-secret-for-rehearse-playwright-runs-0123456789";

interface AppServer {
  url: string;
  /** The app's own database, for what no API may do (an invitation that has already expired). */
  db: Db;
  /** The SMTP server the app mails through, in files that ask for mail with `test.use({ mail: true })`. */
  smtp: TestSmtp | null;
  /** The app's registered API routes, for suites that must cover every one. */
  routes: ApiRoute[];
}

interface Fixtures {
  /** Requests the page tried to make to any origin but the app's: blocked, and must stay empty. */
  offOriginRequests: string[];
  /**
   * Opens another browser context (a second person beside the test's `page`), blocked off-origin
   * like the test's own; each is closed after the test and its blocked requests must stay empty.
   */
  newContext: () => Promise<{ context: BrowserContext; offOriginRequests: string[] }>;
}

/** Aborts every request and WebSocket to an origin but `origin`, and lists what was tried. */
async function blockOffOrigin(context: BrowserContext, origin: string): Promise<string[]> {
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
  return blocked;
}

/**
 * One real app per Playwright worker, built from its parts the way server/src/index.ts
 * builds it but without reading the environment: its own temp database, one judge worker,
 * the committed problems and the built web/dist, listening on a free port. With the `mail`
 * option, a real SMTP server on 127.0.0.1 too, which the app sends its mail through.
 */
export const test = base.extend<Fixtures, { app: AppServer; mail: boolean }>({
  mail: [false, { scope: "worker", option: true }],
  app: [
    async ({ mail }, use) => {
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
      const smtp = mail ? await startTestSmtp() : null;
      const mailer = smtp ? createMailer({ url: smtp.url, from: "Rehearse <rehearse@example.com>" }) : null;
      // Every spec in a worker is one anonymous address: no per-client budget to run out of.
      app = createApp({ db, judge, problems, rubrics, webDist: WEB_DIST, rateLimits: NO_RATE_LIMITS, auth: createAuth({ db, baseURL: url, secret: E2E_AUTH_SECRET, signInPerMinute: 10_000, mailer }) });
      try {
        await use({ url, db, smtp, routes: apiRoutes(app) });
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        mailer?.close();
        await smtp?.close();
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
      const blocked = await blockOffOrigin(context, new URL(app.url).origin);
      await use(blocked);
      expect(blocked, "the page must not contact any origin but the app's").toEqual([]);
    },
    { auto: true },
  ],

  newContext: async ({ browser, app }, use) => {
    const opened: { context: BrowserContext; offOriginRequests: string[] }[] = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL: app.url });
      const made = { context, offOriginRequests: await blockOffOrigin(context, new URL(app.url).origin) };
      opened.push(made);
      return made;
    });
    for (const { context } of opened) await context.close();
    for (const { offOriginRequests } of opened) expect(offOriginRequests, "the other context must not contact any origin but the app's").toEqual([]);
  },
});

export { expect };
