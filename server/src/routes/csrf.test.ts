import { Hono } from "hono";
import { type RequestIdVariables, requestId } from "hono/request-id";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { authOrigins } from "../env.ts";
import { sameOriginWrites } from "./csrf.ts";
import { handleError } from "./errors.ts";
import { checkedApp, scriptedJudge, testAuth } from "./fixtures.ts";

const APP = "http://localhost:3000";
/** The attack the audit found: a page on another port of the same host, which SameSite cookies let through. */
const SAME_HOST_OTHER_PORT = "http://localhost:3001";
const COOKIE = { Cookie: "better-auth.session_token=abc" };

let handled = 0;
const app = new Hono<{ Variables: RequestIdVariables }>();
app.use(requestId());
app.use("/api/*", sameOriginWrites((origin) => origin === APP));
app.all("/api/thing", (c) => {
  handled += 1;
  return c.json({ ok: true });
});
app.onError(handleError);

async function status(method: string, headers: Record<string, string>, body?: BodyInit) {
  const before = handled;
  const res = await app.request("/api/thing", { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  if (res.status === 403) {
    expect(JSON.parse(text)).toMatchObject({ code: "cross_site_request", message: expect.any(String), requestId: expect.any(String) });
    expect(handled, "a refused request must not reach its handler").toBe(before);
  }
  return res.status;
}

describe("sameOriginWrites", () => {
  it("lets reads through from anywhere: they change nothing", async () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect([method, await status(method, { Origin: SAME_HOST_OTHER_PORT, ...COOKIE })]).toEqual([method, 200]);
  });

  it("refuses every other method from another origin, whatever the content type or none", async () => {
    const bodies: [string, Record<string, string>, BodyInit | undefined][] = [
      ["no body", {}, undefined],
      ["JSON", { "Content-Type": "application/json" }, "{}"],
      ["a form", { "Content-Type": "application/x-www-form-urlencoded" }, "a=1"],
      ["text/plain", { "Content-Type": "text/plain" }, "{}"],
    ];
    const outcomes: string[] = [];
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      for (const [kind, type, body] of bodies) {
        outcomes.push(`${method} ${kind}: ${await status(method, { Origin: SAME_HOST_OTHER_PORT, ...COOKIE, ...type }, body)}`);
        outcomes.push(`${method} ${kind} without a cookie: ${await status(method, { Origin: SAME_HOST_OTHER_PORT, ...type }, body)}`);
      }
    }
    expect(outcomes.filter((o) => !o.endsWith(": 403"))).toEqual([]);
  });

  it("lets the app's own origin through, whatever Sec-Fetch-Site says of it", async () => {
    expect(await status("POST", { Origin: APP, ...COOKIE })).toBe(200);
    expect(await status("DELETE", { Origin: APP, "Sec-Fetch-Site": "same-origin", ...COOKIE })).toBe(200);
    // A trusted origin may be another site (PUBLIC_URL beside a second host name): the Origin decides.
    expect(await status("POST", { Origin: APP, "Sec-Fetch-Site": "cross-site", ...COOKIE })).toBe(200);
  });

  it("without an Origin, takes only Sec-Fetch-Site: same-origin", async () => {
    expect(await status("POST", { "Sec-Fetch-Site": "same-origin", ...COOKIE })).toBe(200);
    for (const site of ["same-site", "cross-site", "none", "made-up"]) expect([site, await status("POST", { "Sec-Fetch-Site": site, ...COOKIE })]).toEqual([site, 403]);
  });

  it("treats Origin: null as no origin: a page with none is not the app's unless Sec-Fetch-Site says same-origin", async () => {
    expect(await status("POST", { Origin: "null", "Sec-Fetch-Site": "same-origin", ...COOKIE })).toBe(200);
    expect(await status("POST", { Origin: "null", "Sec-Fetch-Site": "same-site", ...COOKIE })).toBe(403);
    expect(await status("POST", { Origin: "null" })).toBe(403);
  });

  it("with neither header, lets a script without cookies through and asks one holding a session for an Origin", async () => {
    expect(await status("POST", { "Content-Type": "application/json" }, "{}")).toBe(200);
    const res = await app.request("/api/thing", { method: "POST", headers: COOKIE });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { message: string }).message).toMatch(/send an Origin header/);
  });
});

describe("the app's origins", () => {
  let db: Db;
  beforeAll(async () => {
    db = createDb({ url: ":memory:" });
    await migrateDb(db);
  });
  afterAll(() => db.$client.close());

  /** The status of a POST to a path no route answers: 404 once past the check, 403 if refused. */
  async function fromOrigin(origins: { baseURL: string; trustedOrigins: string[] }, origin: string) {
    const served = checkedApp({ db, judge: scriptedJudge(""), problems: [], webDist: "/nonexistent", auth: testAuth(db, origins) });
    return (await served.request("/api/nowhere", { method: "POST", headers: { Origin: origin, ...COOKIE } })).status;
  }

  it("are better-auth's: PUBLIC_URL, or localhost and 127.0.0.1 on PORT, and the Vite dev server outside production", async () => {
    const local = authOrigins({ NODE_ENV: "development", PORT: 3000 });
    expect(await fromOrigin(local, "http://localhost:3000")).toBe(404);
    expect(await fromOrigin(local, "http://127.0.0.1:3000")).toBe(404);
    expect(await fromOrigin(local, "http://localhost:5173")).toBe(404);
    expect(await fromOrigin(local, "http://localhost:3001")).toBe(403);
    expect(await fromOrigin(local, "http://127.0.0.1:3001")).toBe(403);

    const hosted = authOrigins({ NODE_ENV: "production", PORT: 3000, PUBLIC_URL: "https://rehearse.example.com/app" });
    expect(await fromOrigin(hosted, "https://rehearse.example.com")).toBe(404);
    expect(await fromOrigin(hosted, "http://localhost:5173")).toBe(403);
    expect(await fromOrigin(hosted, "http://localhost:3000")).toBe(403);
    expect(await fromOrigin(hosted, "https://evil.rehearse.example.com")).toBe(403);
  });
});
