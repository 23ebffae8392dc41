import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AuthLogLevel } from "../auth.ts";
import { ACCOUNT_MESSAGES } from "../lib/accounts.ts";
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

describe("sign-up", () => {
  it("creates the account and signs it in with a session cookie", async () => {
    const res = await postAuth(t.app, "/api/auth/sign-up/email", { email: "ada@example.com", password: "analytical engine", name: "Ada" });
    expect(res.status).toBe(200);
    const cookie = sessionCookie(res);
    expect(res.headers.getSetCookie().find((c) => c.includes("session_token="))).toMatch(/HttpOnly/i);
    expect(await me(cookie)).toEqual({ user: { id: expect.any(String), email: "ada@example.com", name: "Ada", emailVerified: false } });
  });

  it("refuses an email that already has an account, whatever its case", async () => {
    const { email } = await signUp(t.app);
    for (const taken of [email, email.toUpperCase()]) {
      const res = await postAuth(t.app, "/api/auth/sign-up/email", { email: taken, password: "another password", name: "Again" });
      await expectError(res, 409, "conflict", ACCOUNT_MESSAGES.emailTaken);
    }
  });

  it("refuses a password shorter than the rule, saying the rule", async () => {
    const res = await postAuth(t.app, "/api/auth/sign-up/email", { email: "short@example.com", password: "1234567", name: "Short" });
    const body = await expectError(res, 400, "validation_error", "Use at least 8 characters for your password.");
    expect(body.details).toEqual({ issues: [{ path: "password", message: ACCOUNT_MESSAGES.passwordTooShort }] });
    const signIn = await postAuth(t.app, "/api/auth/sign-in/email", { email: "short@example.com", password: "1234567" });
    expect(signIn.status).toBe(401);
  });

  it("refuses an email that is not one", async () => {
    const res = await postAuth(t.app, "/api/auth/sign-up/email", { email: "not-an-email", password: "long enough", name: "X" });
    await expectError(res, 400, "validation_error", ACCOUNT_MESSAGES.invalidEmail);
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
