import { linkIn } from "../../server/src/mail/fixtures.ts";
import { expect, test } from "./fixtures.ts";

// This file's app mails through a test SMTP server: emails are verified.
test.use({ mail: true });

const PASSWORD = "a long enough password";

test("a candidate signs up from an email-bound invitation, confirms the address from the mail, then accepts", async ({ page, app, newContext }) => {
  const smtp = app.smtp;
  if (!smtp) throw new Error("this file's app has no SMTP server");
  const stamp = Date.now().toString(36);
  const candidateEmail = `candidate-${stamp}@example.com`;

  // A lead's team, set and link bound to the candidate's address, made through the API.
  const { context: lead } = await newContext();
  const post = (path: string, data: unknown) => lead.request.post(path, { data, headers: { Origin: app.url } });
  expect((await post("/api/auth/sign-up/email", { email: `lead-${stamp}@example.com`, password: PASSWORD, name: "Lead" })).ok()).toBe(true);
  // Sign-up does not sign in (it answers a taken email alike), as in the web's own form.
  expect((await post("/api/auth/sign-in/email", { email: `lead-${stamp}@example.com`, password: PASSWORD })).ok()).toBe(true);
  const team = (await (await post("/api/teams", { name: `Hiring ${stamp}` })).json()) as { id: string };
  const created = await post(`/api/teams/${team.id}/sets`, { title: "Backend loop", timeLimitMinutes: 30, items: [{ source: "bank", ref: "two-sum-indices", points: 10 }] });
  const { set } = (await created.json()) as { set: { id: string } };
  const { token } = (await (await post(`/api/teams/${team.id}/sets/${set.id}/invitations`, { email: candidateEmail })).json()) as { token: string };

  await page.goto(`/invite/${token}`);
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Email").fill(candidateEmail);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const lost = await smtp.nextMailTo(candidateEmail);
  expect(lost.subject).toBe("Confirm your email address for Rehearse");

  // Before confirming, the invitation refuses, and offers a new link.
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(`/invite/${token}`);
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByRole("alert")).toContainText("confirm it first with the link we emailed you");
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "A new link is on its way" })).toBeVisible();

  const link = linkIn(await smtp.nextMailTo(candidateEmail));
  expect(link.origin).toBe(app.url);
  await page.goto(link.href);
  await expect(page).toHaveURL(/\/verify-email\?next=/);
  await expect(page.getByRole("heading", { name: "Email address confirmed" })).toBeVisible();
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(`/invite/${token}`);
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);
});

test("a forgotten password is reset from the mailed link", async ({ page, app, newContext }) => {
  const smtp = app.smtp;
  if (!smtp) throw new Error("this file's app has no SMTP server");
  const email = `forgetful-${Date.now().toString(36)}@example.com`;
  // Signed up elsewhere (another browser), so this page starts signed out.
  const { context: elsewhere } = await newContext();
  expect((await elsewhere.request.post("/api/auth/sign-up/email", { data: { email, password: PASSWORD, name: "Forgetful" }, headers: { Origin: app.url } })).ok()).toBe(true);
  await smtp.nextMailTo(email); // the verification mail

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${email}`);

  await page.goto(linkIn(await smtp.nextMailTo(email)).href);
  await expect(page).toHaveURL(/\/reset-password\?token=/);
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is changed");

  await page.getByRole("status").getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Account" })).toContainText(`Signed in as ${email}`);
});
