import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, PROBLEMS_DIR, test } from "./fixtures.ts";
import { editorReady, editorText, savedDraft, setEditorCode } from "./monaco.ts";

const SLUG = "two-sum-indices";
const TITLE = "Two Sum Indices";
const solution = () => readFileSync(join(PROBLEMS_DIR, SLUG, "solution.ts"), "utf8");
const WRONG = "export function twoSumIndices(nums: number[], target: number): [number, number] | null {\n  return nums.length >= 2 ? [0, 1] : null;\n}\n";

const verdict = (page: Page) => page.getByRole("region", { name: /^(Accepted|Wrong Answer|Compile Error|Runtime Error)$/ });
const problemRow = (page: Page, title: string) => page.getByRole("list", { name: "Problems" }).getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });

async function submit(page: Page, code: string, expected: string) {
  await setEditorCode(page, code);
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(verdict(page).getByRole("heading")).toHaveText(expected);
}

/** Signs a fresh account up from inside the page, so the session cookie is the browser's. */
async function signUp(page: Page) {
  const email = `page-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const statuses = await page.evaluate(async (body) => {
    const post = (path: string, json: unknown) => fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(json) });
    const signedUp = await post("/api/auth/sign-up/email", body);
    // Sign-up does not sign in (it answers a taken email alike), as in the web's own form.
    const signedIn = await post("/api/auth/sign-in/email", { email: body.email, password: body.password });
    return [signedUp.status, signedIn.status];
  }, { email, password: "a long enough password", name: "Page Tester" });
  expect(statuses).toEqual([200, 200]);
}

test("signed out: solved problems are remembered in this browser, and the list filters by them", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  await submit(page, solution(), "Accepted");

  await page.getByRole("link", { name: "← All problems" }).click();
  await expect(problemRow(page, TITLE)).toContainText("Solved");
  await page.getByLabel("Status").selectOption("solved");
  await expect(page.getByRole("list", { name: "Problems" }).getByRole("link")).toHaveText([TITLE]);
  await expect(page).toHaveURL(/status=solved/);

  await page.getByLabel("Status").selectOption("");
  await page.getByLabel("Search").fill("ledger nothing matches this");
  await expect(page.getByText("No problem matches these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(problemRow(page, TITLE)).toBeVisible();
});

test("the candidate's own cases run beside the samples, checked against the reference", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  await setEditorCode(page, WRONG);
  await page.getByText("Your own test cases").click();
  await page.getByRole("button", { name: "Add a case" }).click();
  await page.getByLabel("Case 1 arguments (JSON array)").fill("[[1, 2, 3], 5]");
  await page.getByRole("button", { name: "Run", exact: true }).click();

  const mine = page.getByRole("list", { name: "Test results" }).getByRole("listitem").filter({ hasText: "your case 1" });
  await expect(mine).toContainText("Failed");
  await expect(mine.locator(".diff-expected").filter({ hasText: "2," })).toBeVisible();

  await page.getByLabel("Case 1 arguments (JSON array)").fill("[[1, 2], 3");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Case 1" })).toContainText("Case 1: the arguments must be a JSON array");
});

test("signed in: history, restoring old code, the mock round and the account's draft", async ({ page }) => {
  await page.goto("/");
  await signUp(page);
  await page.goto(`/problems/${SLUG}`);
  await editorReady(page);

  await submit(page, WRONG, "Wrong Answer");
  await page.getByRole("button", { name: "Start round" }).click();
  await expect(page.getByRole("timer")).toContainText(/4[45]:\d\d left/);
  await submit(page, solution(), "Accepted");
  await expect(page.getByRole("timer")).toContainText(/Solved in \d+:\d\d/);

  const history = page.getByRole("region", { name: "Your submissions" });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").first()).toContainText(/Accepted.*into the round/);
  const older = history.getByRole("listitem").nth(1);
  await expect(older).toContainText("Wrong Answer");
  await older.getByRole("button", { name: "View code" }).click();
  await older.getByRole("button", { name: "Restore into the editor" }).click();
  await expect.poll(() => savedDraft(page)).toBe(WRONG);

  // The draft reaches the account: with this browser's copy gone, a reload still brings it back.
  await expect
    .poll(() => page.evaluate(async (slug) => ((await (await fetch(`/api/problems/${slug}/draft`)).json()) as { code?: string }).code, SLUG))
    .toContain("[0, 1] : null");
  await expect(page.getByText("Draft saved to your account")).toBeVisible();
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await editorReady(page);
  await expect.poll(() => editorText(page)).toContain("[0, 1] : null");

  await page.getByRole("link", { name: "← All problems" }).click();
  await expect(problemRow(page, TITLE)).toContainText("Solved");
});
