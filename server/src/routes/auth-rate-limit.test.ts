import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { checkedApp, postAuth, scriptedJudge, signUp, testAuth } from "./fixtures.ts";

const LIMIT = 3;
let db: Db;

beforeAll(async () => {
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
});
afterAll(() => db.$client.close());

function appWith(proxyClientIpHeader?: string) {
  const auth = testAuth(db, { signInPerMinute: LIMIT, logLevel: "error" });
  return checkedApp({ db, judge: scriptedJudge(""), problems: [], auth, ...(proxyClientIpHeader ? { proxyClientIpHeader } : {}) });
}

const wrongPassword = (app: ReturnType<typeof appWith>, email: string, headers: Record<string, string> = {}) =>
  postAuth(app, "/api/auth/sign-in/email", { email, password: "not the password at all" }, headers);

describe("sign-in rate limit", () => {
  it("stops password guessing per client, answering 429 with Retry-After, and leaves other clients alone", async () => {
    const app = appWith("x-forwarded-for");
    // From an address of its own: its sign-in must not count against the other clients here.
    const { email, password } = await signUp(app, {}, { "x-forwarded-for": "198.51.100.9" });
    const guesser = { "x-forwarded-for": "203.0.113.7" };
    for (let i = 0; i < LIMIT; i++) expect((await wrongPassword(app, email, guesser)).status).toBe(401);
    const limited = await wrongPassword(app, email, guesser);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: "limit_exceeded", message: expect.stringMatching(/too many/i) });
    // The right password from the guessing address waits too; the owner elsewhere signs in.
    expect((await postAuth(app, "/api/auth/sign-in/email", { email, password }, guesser)).status).toBe(429);
    expect((await postAuth(app, "/api/auth/sign-in/email", { email, password }, { "x-forwarded-for": "198.51.100.2" })).status).toBe(200);
  });

  it("keys on the socket, not on an address header the client made up, when no proxy is configured", async () => {
    const app = appWith();
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) {
      const res = await wrongPassword(app, "nobody@example.com", { "x-rehearse-client-ip": `192.0.2.${i}`, "x-forwarded-for": `192.0.2.${i}` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
