import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AuthLogLevel } from "../auth.ts";
import { ACCOUNT_LIMITS, ACCOUNT_MESSAGES } from "../lib/accounts.ts";
import { type AccountsTestApp, accountsTestApp, postAuth, sessionCookie, signUp, TEST_ORIGIN } from "./fixtures.ts";

/** Every line better-auth logs, at every level. */
const authLog: { level: AuthLogLevel; text: string }[] = [];
let t: AccountsTestApp;

beforeAll(async () => {
  t = await accountsTestApp(["add-two"], {
    logLevel: "debug",
    log: (level, message, ...args) => authLog.push({ level, text: [message, ...args.map((a) => JSON.stringify(a) ?? String(a))].join(" ") }),
  });
});
afterAll(() => t.close());
afterEach(() => {
  vi.restoreAllMocks();
  authLog.length = 0;
});

async function me(cookie?: string) {
  const res = await t.app.request("/api/me", cookie ? { headers: { Cookie: cookie } } : {});
  expect(res.status).toBe(200);
  const { verifiesEmails, ...body } = (await res.json()) as { user: { id: string; email: string; name: string; emailVerified: boolean } | null; verifiesEmails: boolean };
  // This app has no mailer (email-verification.test.ts has one).
  expect(verifiesEmails).toBe(false);
  return body;
}

async function expectError(res: Response, status: number, code: string, message: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ code, message, requestId: res.headers.get("X-Request-Id") });
  expect(res.headers.getSetCookie().filter((c) => /session_token=[^;]/.test(c))).toEqual([]);
  return body;
}

/** Milliseconds a request takes. */
async function timed(request: () => Response | Promise<Response>): Promise<{ res: Response; ms: number }> {
  const start = performance.now();
  const res = await request();
  return { res, ms: performance.now() - start };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

describe("sign-up", () => {
  it("creates the account without signing in; signing in then gives an HttpOnly session cookie", async () => {
    const res = await postAuth(t.app, "/api/auth/sign-up/email", { email: "ada@example.com", password: "analytical engine", name: "Ada" });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().filter((c) => /session_token=[^;]/.test(c))).toEqual([]);
    const signIn = await postAuth(t.app, "/api/auth/sign-in/email", { email: "ada@example.com", password: "analytical engine" });
    expect(signIn.headers.getSetCookie().find((c) => c.includes("session_token="))).toMatch(/HttpOnly/i);
    expect(await me(sessionCookie(signIn))).toEqual({ user: { id: expect.any(String), email: "ada@example.com", name: "Ada", emailVerified: false } });
  });

  it("answers a taken email, in any case, as it answers a new one: same status, same fields, no session, similar time", async () => {
    const owner = await signUp(t.app, { name: "Owner" });
    const taken: number[] = [];
    const fresh: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const again = await timed(() => postAuth(t.app, "/api/auth/sign-up/email", { email: i % 2 ? owner.email.toUpperCase() : owner.email, password: "another password", name: "Again" }));
      const created = await timed(() => postAuth(t.app, "/api/auth/sign-up/email", { email: `fresh-${i}-${crypto.randomUUID()}@example.com`, password: "another password", name: "Again" }));
      for (const { res } of [again, created]) {
        expect(res.status).toBe(200);
        expect(res.headers.getSetCookie().filter((c) => /session_token=[^;]/.test(c))).toEqual([]);
      }
      const [againBody, createdBody] = (await Promise.all([again.res.json(), created.res.json()])) as { user: Record<string, unknown> }[];
      expect(Object.keys(againBody ?? {})).toEqual(["user"]);
      expect(Object.keys(againBody?.user ?? {}).sort()).toEqual(Object.keys(createdBody?.user ?? {}).sort());
      expect(againBody?.user).toMatchObject({ name: "Again", emailVerified: false });
      taken.push(again.ms);
      fresh.push(created.ms);
    }
    // Both hash the password (most of the time); skipping that for a taken email made it ~30x faster.
    const ratio = median(taken) / median(fresh);
    expect(ratio, `taken ${taken.map(Math.round)} ms, new ${fresh.map(Math.round)} ms`).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
    // The account itself is untouched: its own password still signs in, the other does not.
    expect((await postAuth(t.app, "/api/auth/sign-in/email", { email: owner.email, password: owner.password })).status).toBe(200);
    expect((await postAuth(t.app, "/api/auth/sign-in/email", { email: owner.email, password: "another password" })).status).toBe(401);
  });

  it("refuses a password shorter than the rule, saying the rule", async () => {
    const res = await postAuth(t.app, "/api/auth/sign-up/email", { email: "short@example.com", password: "123456789", name: "Short" });
    const body = await expectError(res, 400, "validation_error", "Use at least 10 characters for your password.");
    expect(body.details).toEqual({ issues: [{ path: "password", message: ACCOUNT_MESSAGES.passwordTooShort }] });
    const signIn = await postAuth(t.app, "/api/auth/sign-in/email", { email: "short@example.com", password: "123456789" });
    expect(signIn.status).toBe(401);
  });

  it("refuses a common password in any case, for a new email and a taken one alike", async () => {
    const { email } = await signUp(t.app);
    for (const [address, password] of [
      ["common@example.com", "password123"],
      ["common@example.com", "QwertyUiop"],
      [email, "1q2w3e4r5t"],
    ] as const) {
      const body = await expectError(await postAuth(t.app, "/api/auth/sign-up/email", { email: address, password, name: "Common" }), 400, "validation_error", ACCOUNT_MESSAGES.passwordTooCommon);
      expect(body.details).toEqual({ issues: [{ path: "password", message: ACCOUNT_MESSAGES.passwordTooCommon }] });
    }
    expect((await postAuth(t.app, "/api/auth/sign-in/email", { email: "common@example.com", password: "password123" })).status).toBe(401);
  });

  it("bounds the display name and the email like every other field", async () => {
    const name = "n".repeat(ACCOUNT_LIMITS.nameChars + 1);
    const body = await expectError(await postAuth(t.app, "/api/auth/sign-up/email", { email: "long-name@example.com", password: "long enough password", name }), 400, "validation_error", ACCOUNT_MESSAGES.nameTooLong);
    expect(body.details).toEqual({ issues: [{ path: "name", message: ACCOUNT_MESSAGES.nameTooLong }] });
    const longEmail = `${"e".repeat(ACCOUNT_LIMITS.emailChars)}@example.com`;
    await expectError(await postAuth(t.app, "/api/auth/sign-up/email", { email: longEmail, password: "long enough password", name: "E" }), 400, "validation_error", ACCOUNT_MESSAGES.emailTooLong);
    const { cookie } = await signUp(t.app, { name: "n".repeat(ACCOUNT_LIMITS.nameChars) });
    const renamed = await t.app.request("/api/auth/update-user", {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: TEST_ORIGIN, Cookie: cookie },
      body: JSON.stringify({ name }),
    });
    await expectError(renamed, 400, "validation_error", ACCOUNT_MESSAGES.nameTooLong);
    expect((await me(cookie)).user?.name).toBe("n".repeat(ACCOUNT_LIMITS.nameChars));
  });

  it("refuses an email that is not one", async () => {
    const res = await postAuth(t.app, "/api/auth/sign-up/email", { email: "not-an-email", password: "long enough", name: "X" });
    await expectError(res, 400, "validation_error", ACCOUNT_MESSAGES.invalidEmail);
  });
});

describe("session tokens", () => {
  it("stay in the cookie: no JSON answer carries one", async () => {
    const { email, password, cookie } = await signUp(t.app);
    const sessionToken = /session_token=([^.;]+)/.exec(cookie)?.[1] ?? "";
    expect(sessionToken).not.toBe("");
    const answers = [
      await postAuth(t.app, "/api/auth/sign-in/email", { email, password }),
      await t.app.request("/api/auth/get-session", { headers: { Cookie: cookie } }),
      await t.app.request("/api/auth/list-sessions", { headers: { Cookie: cookie } }),
      await t.app.request("/api/me", { headers: { Cookie: cookie } }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toMatch(/"token"/);
      expect(text).not.toContain(decodeURIComponent(sessionToken));
    }
  });
});

describe("sign-in", () => {
  it("answers the right password with a session cookie that /api/me knows", async () => {
    const { email, password } = await signUp(t.app, { name: "Grace" });
    const res = await postAuth(t.app, "/api/auth/sign-in/email", { email, password });
    expect(res.status).toBe(200);
    expect(await me(sessionCookie(res))).toEqual({ user: { id: expect.any(String), email, name: "Grace", emailVerified: false } });
  });

  it("answers a wrong password and an unknown email alike", async () => {
    const { email } = await signUp(t.app);
    await expectError(await postAuth(t.app, "/api/auth/sign-in/email", { email, password: "not the password" }), 401, "unauthorized", "Wrong email or password.");
    await expectError(
      await postAuth(t.app, "/api/auth/sign-in/email", { email: "nobody@example.com", password: "not the password" }),
      401,
      "unauthorized",
      "Wrong email or password.",
    );
  });

  it("refuses a sign-in posted from another origin", async () => {
    const { email, password } = await signUp(t.app);
    const res = await postAuth(t.app, "/api/auth/sign-in/email", { email, password }, { Origin: "https://evil.example" });
    // The API's own check answers first; better-auth would refuse it too ("Invalid origin").
    await expectError(res, 403, "cross_site_request", "This request came from another site's page, so it was refused. (Serving the app at another address? Set PUBLIC_URL to it.)");
  });

  it("never logs a password it was given", async () => {
    const consoleLines: string[] = [];
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(" ")));
    }
    const password = "hunter2-Zq9-unique-secret";
    const { email } = await signUp(t.app, { password: "the real password" });
    await postAuth(t.app, "/api/auth/sign-in/email", { email, password });
    await postAuth(t.app, "/api/auth/sign-in/email", { email: "nobody@example.com", password });
    await postAuth(t.app, "/api/auth/sign-up/email", { email, password, name: "Taken" });
    await postAuth(t.app, "/api/auth/sign-in/email", { email, password }, { Origin: "https://evil.example" });

    // The failures were logged (so the capture works), without the password.
    expect(authLog.map((l) => l.text).join("\n")).toMatch(/Invalid password|Invalid origin/);
    const everything = [...authLog.map((l) => l.text), ...consoleLines].join("\n");
    expect(everything).not.toContain(password);
    expect(everything).not.toContain(encodeURIComponent(password));
  });
});

describe("sign-out", () => {
  it("ends the session: the old cookie signs nobody in", async () => {
    const { cookie } = await signUp(t.app);
    expect((await me(cookie)).user).not.toBeNull();
    const res = await t.app.request("/api/auth/sign-out", { method: "POST", headers: { Cookie: cookie, Origin: TEST_ORIGIN } });
    expect(res.status).toBe(200);
    expect(await me(cookie)).toEqual({ user: null });
  });
});

describe("GET /api/me", () => {
  it("answers null for a visitor without a session, or with a forged one", async () => {
    expect(await me()).toEqual({ user: null });
    expect(await me("better-auth.session_token=forged.value")).toEqual({ user: null });
  });
});
