import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { VERDICTS } from "../../server/src/judge/verdicts.ts";
import { expect, PROBLEMS_DIR, test } from "./fixtures.ts";
import { editorReady, editorText, setEditorCode } from "./monaco.ts";

const PREFERRED = "two-sum-indices";
const SLUG = existsSync(join(PROBLEMS_DIR, PREFERRED))
  ? PREFERRED
  : readdirSync(PROBLEMS_DIR, { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;
if (!SLUG) throw new Error(`No problem folder under ${PROBLEMS_DIR}: the e2e tests need one.`);

const solution = () => readFileSync(join(PROBLEMS_DIR, SLUG, "solution.ts"), "utf8");
const starter = () => readFileSync(join(PROBLEMS_DIR, SLUG, "starter.ts"), "utf8");
const title = () => /^title:\s*(.+)$/m.exec(readFileSync(join(PROBLEMS_DIR, SLUG, "problem.md"), "utf8"))?.[1]?.trim() ?? SLUG;

/** The editor shows the starter code (Monaco's rendered lines drop the final newline). */
async function expectStarter(page: Page) {
  await editorReady(page);
  await expect.poll(() => editorText(page)).toBe(starter().replace(/\n$/, ""));
}
/** The verdict banner: a region named by its heading, which is one of the verdicts. */
const verdict = (page: Page) => page.getByRole("region", { name: new RegExp(`^(${VERDICTS.join("|")})$`) });

test("the problem list shows the problems and links to each", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Coding problems" })).toBeVisible();
  const list = page.getByRole("list", { name: "Problems" });
  const count = readdirSync(PROBLEMS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
  await expect(list.getByRole("link")).toHaveCount(count);

  await list.getByRole("link", { name: title() }).click();
  await expect(page).toHaveURL(`/problems/${SLUG}`);
  await expect(page.getByRole("heading", { level: 1, name: title() })).toBeVisible();
  await expectStarter(page);
});

test("submitting the starter code is not accepted", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  await expectStarter(page);
  await page.getByRole("button", { name: "Submit", exact: true }).click();

  const banner = verdict(page);
  await expect(banner).toBeVisible();
  await expect(banner.getByRole("heading")).not.toHaveText("Accepted");
  await expect(page.getByRole("list", { name: "Test results" }).getByRole("listitem").first()).toBeVisible();
});

test("Run checks only the sample tests", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  await page.getByRole("button", { name: "Run", exact: true }).click();

  await expect(verdict(page)).toContainText("Sample tests:");
  const results = page.getByRole("list", { name: "Test results" }).getByRole("listitem");
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: "Hidden test" })).toHaveCount(0);
});

test("submitting the reference solution is accepted", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  await setEditorCode(page, solution());
  await page.getByRole("button", { name: "Submit", exact: true }).click();

  const banner = verdict(page);
  await expect(banner.getByRole("heading")).toHaveText("Accepted");
  await expect(banner).toContainText(/All tests: (\d+) of \1 passed/);
});

test("a syntax error is a compile error that names its line", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  // Line 3 holds the error.
  await setEditorCode(page, "// a comment\nexport const answer = 42;\nconst broken = ;\n");
  await page.getByRole("button", { name: "Submit", exact: true }).click();

  const banner = verdict(page);
  await expect(banner.getByRole("heading")).toHaveText("Compile Error");
  await expect(banner).toContainText(/line 3\b/);
});

test("the statement's raw HTML is shown as text, never run", async ({ page }) => {
  const hostile = '<img src="/x" onerror="window.__pwned = true"> [click](javascript:window.__pwned=true) <script>window.__pwned = true</script>';
  await page.route(`**/api/problems/${SLUG}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { statement: string };
    await route.fulfill({ response, json: { ...body, statement: `${hostile}\n\n${body.statement}` } });
  });
  await page.goto(`/problems/${SLUG}`);

  const statement = page.getByRole("region", { name: "Problem statement" });
  await expect(statement).toContainText('<img src="/x"');
  await expect(statement.locator("img, script")).toHaveCount(0);
  await expect(statement.getByRole("link", { name: "click" })).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
});
