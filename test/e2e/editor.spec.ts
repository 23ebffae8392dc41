import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, PROBLEMS_DIR, test } from "./fixtures.ts";
import { decorationLines, editorInput, editorReady, editorText, savedDraft, setEditorCode } from "./monaco.ts";

const SLUG = "two-sum-indices";
const solution = () => readFileSync(join(PROBLEMS_DIR, SLUG, "solution.ts"), "utf8");

/** Always answers the first pair: right for some inputs, wrong for the first sample. */
const WRONG = `export function twoSumIndices(nums: number[], target: number): [number, number] | null {
  return nums.length >= 2 ? [0, 1] : null;
}
`;
const verdict = (page: Page) => page.getByRole("region", { name: /^(Accepted|Wrong Answer|Compile Error|Runtime Error|Time Limit Exceeded)$/ });
const results = (page: Page) => page.getByRole("list", { name: "Test results" });

test("Monaco loads from the app itself, and only on a problem page", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto("/");
  await expect(page.getByRole("list", { name: "Problems" }).getByRole("link").first()).toBeVisible();
  expect(scripts.some((path) => /MonacoEditor|editor\.api/.test(path)), "the list page must not load the editor").toBe(false);

  await page.getByRole("link", { name: "Two Sum Indices" }).click();
  await editorReady(page);
  expect(await editorText(page)).toContain("export function twoSumIndices");
  expect(scripts.some((path) => path.startsWith("/assets/MonacoEditor"))).toBe(true);
  // The external-request guard in fixtures.ts fails the test on any CDN request.
});

test("a wrong answer shows its diff; the fix is Accepted next to the reference runtime", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  await setEditorCode(page, WRONG);
  await page.getByRole("button", { name: "Run", exact: true }).click();

  await expect(verdict(page).getByRole("heading")).toHaveText("Wrong Answer");
  const failed = results(page).getByRole("listitem").filter({ hasText: "Failed" }).first();
  await expect(failed).toBeVisible();
  await expect(failed.locator(".diff-expected").filter({ hasText: "2," })).toBeVisible();
  await expect(failed.locator(".diff-received").filter({ hasText: "0," })).toBeVisible();

  await setEditorCode(page, solution());
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  const banner = verdict(page);
  await expect(banner.getByRole("heading")).toHaveText("Accepted");
  await expect(banner).toContainText(/All tests: (\d+) of \1 passed/);
  await expect(banner).toContainText(/reference solution (<1|\d[\d,]*) ms/);
});

test("errors point at the candidate's line, in the results and in the editor", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  // A syntax error on line 3.
  await setEditorCode(page, "// a comment\nexport const answer = 42;\nconst broken = ;\n");
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(verdict(page).getByRole("heading")).toHaveText("Compile Error");
  await expect.poll(() => decorationLines(page, ".squiggly-error")).toContain(3);

  // A crash TypeScript cannot see coming (`any`), on line 4: only the judge's marker can be there.
  const crashing = `export function twoSumIndices(nums: number[], target: number): [number, number] | null {
  const ledger: any = undefined;
  void target;
  return ledger.pairs[nums.length];
}
`;
  await setEditorCode(page, crashing);
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(verdict(page).getByRole("heading")).toHaveText("Runtime Error");
  await expect.poll(() => decorationLines(page, ".squiggly-error")).toEqual([4]);

  await page.getByRole("button", { name: /Go to line 4, column \d+ of your code/ }).first().click();
  await expect(editorInput(page)).toBeFocused();
  await expect.poll(() => decorationLines(page, ".current-line")).toEqual([4]);
});

test("an endless loop is Time Limit Exceeded, and the page stays usable meanwhile", async ({ page }) => {
  // This problem allows 4 s per test: time enough to act while the first test runs into its limit.
  await page.goto("/problems/number-of-islands");
  await setEditorCode(page, "export function countIslands(grid: string[]): number {\n  for (;;) {}\n}\n");
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.getByRole("button", { name: "Submitting…" })).toBeVisible();

  // While the judge works (the test runs to its time limit), the theme switches at once...
  const html = page.locator("html");
  const target = (await html.getAttribute("data-theme")) === "dark" ? "light" : "dark";
  await page.getByLabel("Theme").selectOption(target);
  await expect(html).toHaveAttribute("data-theme", target);
  expect(await page.getByRole("button", { name: "Submitting…" }).isVisible(), "the judging was still going on meanwhile").toBe(true);
  // ...and the editor takes typing.
  await editorInput(page).focus();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("// typed while judging");
  await expect.poll(() => editorText(page)).toContain("// typed while judging");

  await expect(verdict(page).getByRole("heading")).toHaveText("Time Limit Exceeded");
});

test("characters that pass for others, or cannot be seen, are marked; accented letters are not", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  // A Cyrillic "а" in a name and a zero-width space: the kind of thing pasted code brings along.
  await setEditorCode(page, "const \u0430nswer = 1;\nconst label = 'caf\u00e9';\nconst gap = 2;\u200b\n");
  await expect.poll(() => decorationLines(page, ".unicode-highlight")).toEqual([1, 3]);
  await expect(page.locator(".monaco-editor .view-overlays .unicode-highlight")).toHaveCount(2);
});

test("the draft survives a reload", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  await setEditorCode(page, `// draft ${test.info().testId}\n${WRONG}`);
  await page.reload();
  await editorReady(page);
  await expect.poll(() => editorText(page)).toContain(`// draft ${test.info().testId}`);
});

test("Ctrl+Enter runs, in the editor and outside it", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  await setEditorCode(page, WRONG);
  await page.keyboard.press("Control+Enter");
  await expect(verdict(page)).toContainText("Sample tests:");
  // The editor keeps its text: Ctrl+Enter did not insert a line.
  expect((await editorText(page)).trim().split("\n")).toHaveLength(3);

  await page.getByRole("heading", { level: 1 }).click();
  await setEditorCode(page, solution());
  await page.getByRole("link", { name: "← All problems" }).focus();
  await page.keyboard.press("Control+Enter");
  await expect(verdict(page).getByRole("heading")).toHaveText("Accepted");
});

test("editor settings persist, Vim keys included, and reset asks first", async ({ page }) => {
  await page.goto(`/problems/${SLUG}`);
  await editorReady(page);
  await expect(page.getByRole("status", { name: "Vim mode" })).toHaveCount(0);
  await page.getByLabel("Vim keys").check();
  await expect(page.getByRole("status", { name: "Vim mode" })).toContainText("NORMAL");
  await editorInput(page).focus();
  await page.keyboard.press("G");
  await page.keyboard.press("o");
  await page.keyboard.insertText("// typed in Vim's insert mode");
  await page.keyboard.press("Escape");
  await expect.poll(() => savedDraft(page)).toContain("// typed in Vim's insert mode");

  await page.getByLabel("Font size").selectOption("20");
  await page.reload();
  await editorReady(page);
  await expect(page.getByLabel("Font size")).toHaveValue("20");
  await expect(page.getByLabel("Vim keys")).toBeChecked();

  page.once("dialog", (dialog) => dialog.dismiss());
  await page.getByRole("button", { name: "Reset to starter" }).click();
  await expect.poll(() => savedDraft(page)).toContain("// typed in Vim's insert mode");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Reset to starter" }).click();
  await expect.poll(() => savedDraft(page)).toBe(readFileSync(join(PROBLEMS_DIR, SLUG, "starter.ts"), "utf8"));
});
