import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn, startTestSmtp, type TestSmtp } from "../mail/fixtures.ts";
import { ACCOUNT_MESSAGES } from "../lib/accounts.ts";
import { createMailer, type Mailer } from "../mail/mailer.ts";
import { type AccountsTestApp, accountsTestApp, postAuth, sessionCookie, signUp } from "./fixtures.ts";

let smtp: TestSmtp;
let mailer: Mailer;
let t: AccountsTestApp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  mailer = createMailer({ url: smtp.url, from: "Rehearse <rehearse@example.com>" });
  t = await accountsTestApp(["add-two"], { mailer });
});
afterAll(async () => {
  mailer.close();
  await Promise.all([t.close(), smtp.close()]);
});

async function me(cookie: string) {
  const res = await t.app.request("/api/me", { headers: { Cookie: cookie } });
  return ((await res.json()) as { user: { email: string; emailVerified: boolean } | null }).user;
}

describe("password reset by mail", () => {
  it("mails a link that leads to the reset page; the new password works, the old one and its sessions do not", async () => {
    const account = await signUp(t.app);
    await smtp.nextMailTo(account.email); // the verification mail sent at sign-up, never opened
    const nobody = `nobody-${crypto.randomUUID().slice(0, 8)}@example.com`;

    // The same answer whether or not the address has an account.
    const answers = [];
    for (const email of [nobody, account.email]) {
      const res = await postAuth(t.app, "/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });
      expect(res.status).toBe(200);
      answers.push(await res.json());
    }
    expect(answers[0]).toEqual(answers[1]);

    const mail = await smtp.nextMailTo(account.email);
    expect(mail.subject).toBe("Reset your Rehearse password");
    expect(smtp.received.filter((m) => m.to.includes(nobody))).toEqual([]);
    const link = linkIn(mail);
    expect(link.origin).toBe("http://localhost:3000");
    const opened = await t.app.request(link.pathname + link.search);
    expect(opened.status).toBe(302);
    const landing = new URL(opened.headers.get("Location") ?? "", "http://localhost:3000");
    expect(landing.pathname).toBe("/reset-password");
    const token = landing.searchParams.get("token") ?? "";
    expect(token).not.toBe("");

    const newPassword = "a brand new passphrase";
    const reset = await postAuth(t.app, "/api/auth/reset-password", { newPassword, token });
    expect(reset.status).toBe(200);

    // Whoever was signed in before (the owner, or someone who had taken the address) is signed out.
    expect(await me(account.cookie)).toBeNull();
    expect((await postAuth(t.app, "/api/auth/sign-in/email", { email: account.email, password: account.password })).status).toBe(401);
    const signedIn = await postAuth(t.app, "/api/auth/sign-in/email", { email: account.email, password: newPassword });
    expect(signedIn.status).toBe(200);
    // The link reached the mailbox: the address is verified too.
    expect(await me(sessionCookie(signedIn))).toEqual({ email: account.email, emailVerified: true, id: expect.any(String), name: expect.any(String) });

    const again = await postAuth(t.app, "/api/auth/reset-password", { newPassword: "yet another passphrase", token });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: "validation_error", message: "This link has expired or was already used: ask for a new one." });
  });

  it("sends a link that has expired or was made up back to the reset page with an error", async () => {
    const res = await t.app.request("/api/auth/reset-password/not-a-real-token?callbackURL=%2Freset-password");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("http://localhost:3000/reset-password?error=INVALID_TOKEN");
  });

  it("refuses a new password shorter than the rule, or a common one, keeping the token for a second try", async () => {
    const account = await signUp(t.app);
    await smtp.nextMailTo(account.email); // the verification mail
    await postAuth(t.app, "/api/auth/request-password-reset", { email: account.email, redirectTo: "/reset-password" });
    const link = linkIn(await smtp.nextMailTo(account.email));
    const opened = await t.app.request(link.pathname + link.search);
    const token = new URL(opened.headers.get("Location") ?? "", "http://localhost:3000").searchParams.get("token") ?? "";
    const short = await postAuth(t.app, "/api/auth/reset-password", { newPassword: "short", token });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ details: { issues: [{ path: "password" }] } });
    const common = await postAuth(t.app, "/api/auth/reset-password", { newPassword: "Password1234", token });
    expect(common.status).toBe(400);
    expect(await common.json()).toMatchObject({ message: ACCOUNT_MESSAGES.passwordTooCommon, details: { issues: [{ path: "password" }] } });
    expect((await postAuth(t.app, "/api/auth/reset-password", { newPassword: "long enough this time", token })).status).toBe(200);
  });
});
