import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn, startTestSmtp, type TestSmtp } from "../mail/fixtures.ts";
import { createMailer, type Mailer } from "../mail/mailer.ts";
import { call, teamOwner } from "../teams/problems/fixtures.ts";
import { type AccountsTestApp, accountsTestApp, postAuth, sessionCookie, signUp, type TestAccount } from "./fixtures.ts";

/**
 * Invitations bound to an email, against a real SMTP server: refused until the address is
 * verified by the link mailed to it, accepted after; and without mail, accepted as before.
 */
let smtp: TestSmtp;
let mailer: Mailer;
let withMail: AccountsTestApp;
let withoutMail: AccountsTestApp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  mailer = createMailer({ url: smtp.url, from: "Rehearse <rehearse@example.com>" });
  withMail = await accountsTestApp(["add-two"], { mailer });
  withoutMail = await accountsTestApp(["add-two"]);
});
afterAll(async () => {
  mailer.close();
  await Promise.all([withMail.close(), withoutMail.close(), smtp.close()]);
});

type App = AccountsTestApp["app"];

async function me(app: App, account: TestAccount) {
  return (await call<{ user: { emailVerified: boolean } | null; verifiesEmails: boolean }>(app, "GET", "/api/me", account)).body;
}

/** A team with a set of one bank problem, and a link to it bound to `email`; answers the link's token. */
async function emailBoundLink(app: App, email: string): Promise<{ token: string; uses: () => Promise<number> }> {
  const { owner, teamId } = await teamOwner(app, "Hiring");
  const set = await call<{ set: { id: string } }>(app, "POST", `/api/teams/${teamId}/sets`, owner, {
    title: "Backend loop",
    timeLimitMinutes: 30,
    items: [{ source: "bank", ref: "add-two", points: 10 }],
  });
  expect(set.status, JSON.stringify(set.body)).toBe(201);
  const invitations = `/api/teams/${teamId}/sets/${set.body.set.id}/invitations`;
  const link = await call<{ token: string }>(app, "POST", invitations, owner, { email });
  expect(link.status).toBe(201);
  const uses = async () => (await call<{ invitations: { uses: number }[] }>(app, "GET", invitations, owner)).body.invitations[0]?.uses ?? -1;
  return { token: link.body.token, uses };
}

/** Opens the link in the mail to `email` as a browser would, and answers where it sends the browser. */
async function followVerificationMail(app: App, email: string): Promise<string | null> {
  const mail = await smtp.nextMailTo(email);
  expect(mail.subject).toBe("Confirm your email address for Rehearse");
  const link = linkIn(mail);
  expect(link.origin + link.pathname).toBe("http://localhost:3000/api/auth/verify-email");
  const res = await app.request(link.pathname + link.search);
  expect(res.status).toBe(302);
  return res.headers.get("Location");
}

describe("with mail", () => {
  it("refuses an email-bound candidate link until the address is verified by the mailed link, then accepts it", async () => {
    const email = `candidate-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const { token, uses } = await emailBoundLink(withMail.app, email);
    // Signed up from the invitation page: the mail's link comes back to the landing page, then to the invitation.
    const res = await postAuth(withMail.app, "/api/auth/sign-up/email", { email, password: "a long enough password", name: "Cande", callbackURL: `/verify-email?next=/invite/${token}` });
    expect(res.status).toBe(200);
    // Sign-up does not sign in (it answers a taken email alike): the web signs in next.
    const signedIn = await postAuth(withMail.app, "/api/auth/sign-in/email", { email, password: "a long enough password" });
    const candidate: TestAccount = { email, password: "a long enough password", cookie: sessionCookie(signedIn) };
    expect(await me(withMail.app, candidate)).toMatchObject({ user: { emailVerified: false }, verifiesEmails: true });

    const refused = await call(withMail.app, "POST", `/api/invitations/${token}/accept`, candidate);
    expect(refused).toMatchObject({ status: 403, body: { code: "email_not_verified", message: expect.stringContaining("confirm it first") } });
    expect(await uses()).toBe(0);

    expect(await followVerificationMail(withMail.app, email)).toBe(`/verify-email?next=/invite/${token}`);
    expect(await me(withMail.app, candidate)).toMatchObject({ user: { emailVerified: true } });
    const accepted = await call<{ attemptId: string }>(withMail.app, "POST", `/api/invitations/${token}/accept`, candidate);
    expect(accepted.status).toBe(200);
    expect(accepted.body.attemptId).toEqual(expect.any(String));
    expect(await uses()).toBe(1);
  });

  it("lets an unverified account take a link bound to no email: anyone with it may", async () => {
    const { owner, teamId } = await teamOwner(withMail.app, "Open links");
    const set = await call<{ set: { id: string } }>(withMail.app, "POST", `/api/teams/${teamId}/sets`, owner, {
      title: "Open",
      timeLimitMinutes: 30,
      items: [{ source: "bank", ref: "add-two", points: 10 }],
    });
    const link = await call<{ token: string }>(withMail.app, "POST", `/api/teams/${teamId}/sets/${set.body.set.id}/invitations`, owner, {});
    const candidate = await signUp(withMail.app);
    expect(await me(withMail.app, candidate)).toMatchObject({ user: { emailVerified: false } });
    expect((await call(withMail.app, "POST", `/api/invitations/${link.body.token}/accept`, candidate)).status).toBe(200);
  });

  it("refuses a lead invitation until the invited address is verified, then joins the team", async () => {
    const { owner, teamId } = await teamOwner(withMail.app, "Leads");
    const lead = await signUp(withMail.app, { name: "Lee Lead" });
    const invited = await call<{ id: string }>(withMail.app, "POST", `/api/teams/${teamId}/members/invitations`, owner, { email: lead.email });
    expect(invited.status).toBe(201);

    const refused = await call(withMail.app, "POST", `/api/teams/join/${invited.body.id}`, lead);
    expect(refused).toMatchObject({ status: 403, body: { code: "email_not_verified" } });
    expect((await call(withMail.app, "GET", `/api/teams/${teamId}`, lead)).status).toBe(404);

    // Signed up without a callback: the link lands on the home page.
    expect(await followVerificationMail(withMail.app, lead.email)).toBe("/");
    expect(await call(withMail.app, "POST", `/api/teams/join/${invited.body.id}`, lead)).toEqual({ status: 200, body: { teamId } });
    expect((await call<{ role: string }>(withMail.app, "GET", `/api/teams/${teamId}`, lead)).body.role).toBe("lead");
  });

  it("sends the link again on request, and a tampered link verifies nothing", async () => {
    const account = await signUp(withMail.app);
    await smtp.nextMailTo(account.email); // sent at sign-up, and lost
    const resent = await postAuth(withMail.app, "/api/auth/send-verification-email", { email: account.email, callbackURL: "/verify-email" }, { Cookie: account.cookie });
    expect(resent.status).toBe(200);
    const link = linkIn(await smtp.nextMailTo(account.email));
    expect(link.searchParams.get("callbackURL")).toBe("/verify-email");

    const token = link.searchParams.get("token") ?? "";
    const tampered = new URL(link);
    tampered.searchParams.set("token", `${token.slice(0, -4)}${token.endsWith("AAAA") ? "BBBB" : "AAAA"}`);
    const bad = await withMail.app.request(tampered.pathname + tampered.search);
    expect(bad.status).toBe(302);
    expect(bad.headers.get("Location")).toBe("/verify-email?error=INVALID_TOKEN");
    expect(await me(withMail.app, account)).toMatchObject({ user: { emailVerified: false } });
  });
});

describe("without mail", () => {
  it("says emails are not verified, and accepts email-bound candidate links and lead invitations as before", async () => {
    const email = `candidate-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const { token } = await emailBoundLink(withoutMail.app, email);
    const candidate = await signUp(withoutMail.app, { email });
    expect(await me(withoutMail.app, candidate)).toEqual({ user: expect.objectContaining({ emailVerified: false }), verifiesEmails: false });
    expect((await call(withoutMail.app, "POST", `/api/invitations/${token}/accept`, candidate)).status).toBe(200);

    const { owner, teamId } = await teamOwner(withoutMail.app, "Leads");
    const lead = await signUp(withoutMail.app);
    const invited = await call<{ id: string }>(withoutMail.app, "POST", `/api/teams/${teamId}/members/invitations`, owner, { email: lead.email });
    expect(await call(withoutMail.app, "POST", `/api/teams/join/${invited.body.id}`, lead)).toEqual({ status: 200, body: { teamId } });
  });

  it("answers that it resets no passwords and verifies no addresses, rather than pretending to", async () => {
    const account = await signUp(withoutMail.app);
    const reset = await postAuth(withoutMail.app, "/api/auth/request-password-reset", { email: account.email, redirectTo: "/reset-password" });
    expect(reset.status).toBe(404);
    expect(await reset.json()).toMatchObject({ code: "not_found", message: "This server sends no email, so it cannot reset a password: ask its administrator." });
    const verify = await postAuth(withoutMail.app, "/api/auth/send-verification-email", { email: account.email }, { Cookie: account.cookie });
    expect(verify.status).toBe(404);
  });
});
