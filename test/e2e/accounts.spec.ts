import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, PROBLEMS_DIR, test } from "./fixtures.ts";

const SLUG = "two-sum-indices";
const solution = () => readFileSync(join(PROBLEMS_DIR, SLUG, "solution.ts"), "utf8");

let accounts = 0;
/** A fresh address per test: every test shares its worker's database. */
function newEmail(): string {
  accounts += 1;
  return `candidate-${accounts}-${Date.now().toString(36)}@example.com`;
}

const accountNav = (page: Page) => page.getByRole("navigation", { name: "Account" });

async function signUpInPage(page: Page, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(accountNav(page)).toContainText(`Signed in as ${email}`);
}

/** Calls the API from inside the page, so the browser's session cookie goes with it. */
function fetchInPage<T>(page: Page, path: string, init?: { method: string; body: unknown }): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ path, init }) => {
      const res = await fetch(path, init ? { method: init.method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(init.body) } : {});
      return { status: res.status, body: await res.json() };
    },
    { path, init },
  );
}

test("an account keeps its submissions across signing out and in again", async ({ page }) => {
  const email = newEmail();
  const password = "a long enough password";
  await signUpInPage(page, email, password);
  await expect(page).toHaveURL("/");

  const submitted = await fetchInPage<{ verdict: string; submissionId: string }>(page, `/api/problems/${SLUG}/submit`, {
    method: "POST",
    body: { code: solution(), timeTakenMs: 125_000 },
  });
  expect(submitted).toMatchObject({ status: 200, body: { verdict: "Accepted" } });

  await accountNav(page).getByRole("button", { name: "Sign out" }).click();
  await expect(accountNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(accountNav(page)).not.toContainText(email);
  expect(await fetchInPage(page, "/api/me")).toEqual({ status: 200, body: { user: null, verifiesEmails: false } });
  expect((await fetchInPage(page, `/api/problems/${SLUG}/submissions`)).status).toBe(401);

  await accountNav(page).getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(accountNav(page)).toContainText(`Signed in as ${email}`);

  const history = await fetchInPage<{ submissions: unknown[] }>(page, `/api/problems/${SLUG}/submissions`);
  expect(history.status).toBe(200);
  expect(history.body.submissions).toEqual([
    {
      id: submitted.body.submissionId,
      status: "judged",
      verdict: "Accepted",
      passed: expect.any(Number),
      total: expect.any(Number),
      runtimeMs: expect.any(Number),
      timeTakenMs: 125_000,
      createdAt: expect.any(String),
    },
  ]);
  expect(await fetchInPage(page, "/api/me/progress")).toEqual({ status: 200, body: { problems: { [SLUG]: "solved" }, questions: {} } });
});

test("signing in with a wrong password says so, and signs nobody in", async ({ page }) => {
  const email = newEmail();
  await signUpInPage(page, email, "the right password");
  await accountNav(page).getByRole("button", { name: "Sign out" }).click();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("the wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL("/sign-in");
  await expect(accountNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("signing up with a taken email says so", async ({ page, request, baseURL }) => {
  const email = newEmail();
  const created = await request.post("/api/auth/sign-up/email", {
    headers: { Origin: baseURL ?? "" },
    data: { email, password: "somebody's password", name: "Somebody" },
  });
  expect(created.status()).toBe(200);

  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("another password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toHaveText("An account with this email already exists.");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(accountNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("the form states the password rule, and refuses a short or a common password with it; the form passes axe", async ({ page }) => {
  await page.goto("/sign-up");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("At least 10 characters, and not one of the most common passwords.");
  await page.getByLabel("Email").fill(newEmail());
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toHaveText("Use at least 10 characters for your password.");
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Password").fill("Password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toHaveText("This password is on a list of the most common ones, which are guessed first: choose another.");
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(accountNav(page).getByRole("link", { name: "Sign in" })).toBeVisible();

  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
});
