import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { editorReady } from "./monaco.ts";

/** WCAG 2.1 A/AA rules; a violation lists the rule and the offending elements. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => ({ rule: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the problem list and a judged problem pass axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    const first = page.getByRole("list", { name: "Problems" }).getByRole("link").first();
    await expect(first).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await first.click();
    // Checked with Monaco in the page: the editor is part of what must be accessible.
    await editorReady(page);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await expect(page.getByRole("list", { name: "Test results" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
