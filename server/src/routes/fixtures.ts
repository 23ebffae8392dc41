import { rm } from "node:fs/promises";
import { join } from "node:path";
import { type AppDeps, createApp } from "../app.ts";
import { contractChecked } from "../../../test/fixtures/api-contract.ts";
import { type AuthConfig, createAuth } from "../auth.ts";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import type { Judge } from "../judge/types.ts";
import { IDLE_JUDGE } from "../judge/fixtures.ts";
import type { RateLimits } from "../lib/rate-limits.ts";
import { makeTempDir, SOLUTION, writeProblem } from "../problems/fixtures.ts";
import { loadProblem } from "../problems/load.ts";
import type { Rubric } from "../scoring/rubric.ts";

/** The origin tests serve the app at, and the one their auth POSTs come from. */
export const TEST_ORIGIN = "http://localhost:3000";
/** What a browser on the app's own page sends: the API refuses a state-changing request that carries a cookie without it. */
export const SAME_ORIGIN = { Origin: TEST_ORIGIN } as const;
const TEST_AUTH_SECRET = "test-only-secret-for-rehearse-route-tests-0123456789";

/** Suites sign up many accounts from one address; the rate-limit tests set their own limit. */
export const TEST_SIGN_IN_PER_MINUTE = 10_000;

/** For suites that judge or score far more often than a person would: no per-client budget. */
export const NO_RATE_LIMITS: RateLimits = { consume: async () => {} };

/** Accounts for a test app: `createApp({ ..., auth: testAuth(db) })`. */
export function testAuth(db: Db, options: Partial<Omit<AuthConfig, "db">> = {}) {
  return createAuth({ db, baseURL: TEST_ORIGIN, secret: TEST_AUTH_SECRET, signInPerMinute: TEST_SIGN_IN_PER_MINUTE, ...options });
}

type RequestApp = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

export interface TestAccount {
  email: string;
  password: string;
  /** The `Cookie` header that carries the session. */
  cookie: string;
}

let accounts = 0;

/** A new account with its own session, signed up and in through the API the way the web does it. */
export async function signUp(
  app: RequestApp,
  overrides: { email?: string; password?: string; name?: string } = {},
  headers: Record<string, string> = {},
): Promise<TestAccount> {
  accounts += 1;
  const email = overrides.email ?? `candidate-${accounts}-${crypto.randomUUID().slice(0, 8)}@example.com`;
  const password = overrides.password ?? `correct horse ${accounts} battery`;
  const res = await postAuth(app, "/api/auth/sign-up/email", { email, password, name: overrides.name ?? "Test Candidate" }, headers);
  if (res.status !== 200) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  // Sign-up does not sign in (it answers a taken email alike): the web signs in next, and so does this.
  const signedIn = await postAuth(app, "/api/auth/sign-in/email", { email, password }, headers);
  if (signedIn.status !== 200) throw new Error(`sign-in after sign-up failed: ${signedIn.status} ${await signedIn.text()}`);
  return { email, password, cookie: sessionCookie(signedIn) };
}

/** POSTs JSON to a better-auth endpoint from the app's own origin, as a browser would. */
export function postAuth(app: RequestApp, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: TEST_ORIGIN, ...headers },
    body: JSON.stringify(body),
  });
}

/** The `Cookie` header a browser would send back after this response. */
export function sessionCookie(res: Response): string {
  const cookies = res.headers.getSetCookie().map((c) => c.split(";", 1)[0] ?? "");
  const session = cookies.filter((c) => /session_token=./.test(c));
  if (session.length === 0) throw new Error(`no session cookie in: ${cookies.join(", ") || "(none)"}`);
  return cookies.filter((c) => !c.endsWith("=")).join("; ");
}

/**
 * A judge that needs no sandbox: the reference solution is Accepted with every test passed,
 * anything else gets Wrong Answer with one of two tests passed.
 */
export function scriptedJudge(solution: string): Judge {
  return {
    ...IDLE_JUDGE,
    async judge(request) {
      const accepted = request.solution.code === solution;
      const passed = accepted ? 2 : 1;
      return {
        verdict: accepted ? "Accepted" : "Wrong Answer",
        message: accepted ? "All tests passed." : "Wrong Answer",
        tests: [],
        summary: { total: 2, passed, failed: 2 - passed, skipped: 0 },
        runtimeMs: 7,
      };
    },
  };
}

/**
 * `createApp` for route tests: every answer of an API route is checked against its OpenAPI
 * description (see test/fixtures/api-contract.ts), so each route test is evidence for the contract.
 */
export function checkedApp(deps: AppDeps): ReturnType<typeof createApp> {
  return contractChecked(createApp(deps));
}

export interface AccountsTestApp {
  app: ReturnType<typeof createApp>;
  db: Db;
  close(): Promise<void>;
}

/** An app with accounts on its own temp database file, serving the given problem slugs (each an "add two numbers") and rubrics. */
export async function accountsTestApp(slugs: string[], options: Partial<Omit<AuthConfig, "db">> = {}, rubrics: readonly Rubric[] = []): Promise<AccountsTestApp> {
  const root = await makeTempDir("rehearse-accounts-");
  const db = createDb({ url: `file:${join(root, "test.db")}` });
  await migrateDb(db);
  const problems = await Promise.all(slugs.map(async (slug) => loadProblem(await writeProblem(root, slug))));
  const app = checkedApp({ db, judge: scriptedJudge(SOLUTION), problems, webDist: root, auth: testAuth(db, options), rubrics });
  return {
    app,
    db,
    async close() {
      db.$client.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** One block of a Server-Sent Events body: a named event with its JSON data, or a comment line (a heartbeat). */
export type SseBlock = { event: string; data: unknown } | { comment: string };

/** The blocks of a Server-Sent Events body, in order; throws for a body that is not an event stream. */
export async function sseBlocks(res: Response): Promise<SseBlock[]> {
  const type = res.headers.get("content-type") ?? "";
  if (!type.startsWith("text/event-stream")) throw new Error(`expected an event stream, got ${res.status} ${type}: ${await res.text()}`);
  return (await res.text())
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const lines = block.split("\n");
      if (lines.every((l) => l.startsWith(":"))) return { comment: lines.map((l) => l.slice(1).trim()).join("\n") };
      const event = lines.find((l) => l.startsWith("event:"))?.slice(6).trim() ?? "message";
      return { event, data: JSON.parse(lines.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n")) };
    });
}

/** The named events of a Server-Sent Events body, in order, comments left out. */
export async function sseEvents(res: Response): Promise<{ event: string; data: unknown }[]> {
  return (await sseBlocks(res)).filter((b): b is { event: string; data: unknown } => "event" in b);
}

/** A same-origin JSON POST, as the web app sends it, with the session cookie when given. */
export function postJson(app: RequestApp, path: string, body: unknown, cookie?: string): Response | Promise<Response> {
  return app.request(path, { method: "POST", headers: { "Content-Type": "application/json", ...SAME_ORIGIN, ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify(body) });
}
