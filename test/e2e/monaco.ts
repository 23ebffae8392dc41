import { expect, type Locator, type Page } from "@playwright/test";

/** The problem the editor suites use: a cases.json problem with custom cases and a reference solution. */
export const EDITOR_LABEL = "Your solution (TypeScript)";

/** Monaco's own input element, named by the editor's aria-label. */
export const editorInput = (page: Page): Locator => page.getByRole("textbox", { name: EDITOR_LABEL });

/** Resolves once Monaco has mounted its model (the page sets data-editor-ready then). */
export async function editorReady(page: Page): Promise<void> {
  await expect(page.locator('[data-editor-ready="true"]')).toBeVisible();
}

/** What Monaco shows: the lines in view, non-breaking spaces turned back into spaces. */
export async function editorText(page: Page): Promise<string> {
  // innerText, not textContent: it keeps the line breaks between Monaco's line elements.
  // biome-ignore lint/performance/useDomNodeTextContent: see above.
  const text = await page.locator(".monaco-editor .view-lines").innerText();
  return text.replaceAll("\u00a0", " ");
}

/**
 * Replaces the editor's content the way a person would: select all, then paste. (Typed text,
 * even `keyboard.insertText`, goes through Monaco's auto-closing and auto-indenting.)
 * `draftOf` reads where the page keeps the editor's content: practice's draft by default.
 */
export async function setEditorCode(page: Page, code: string, draftOf: (page: Page) => Promise<string | undefined> = savedDraft): Promise<void> {
  await editorReady(page);
  const input = editorInput(page);
  await input.focus();
  await page.keyboard.press("ControlOrMeta+KeyA");
  await page.keyboard.press("Delete");
  await input.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
  await expect.poll(() => draftOf(page), "the editor holds the pasted code").toBe(code);
}

/**
 * The editor's whole content, as the page keeps it in this browser's draft (Monaco renders only
 * the lines in view, so its DOM cannot tell).
 */
export function savedDraft(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const slug = window.location.pathname.split("/").pop() ?? "";
    const stored = window.localStorage.getItem(`rehearse:draft:${slug}`);
    return stored === null ? undefined : (JSON.parse(stored) as { code: string }).code;
  });
}

/** The 1-based editor line a decoration (marker squiggle, current-line highlight) sits on. */
export async function decorationLines(page: Page, selector: string): Promise<number[]> {
  return page.locator(`.monaco-editor .view-overlays ${selector}`).evaluateAll((nodes) => {
    const lines = new Set<number>();
    for (const node of nodes) {
      const row = node.parentElement;
      const lineHeight = row ? Number.parseFloat(row.style.height) : Number.NaN;
      if (row && lineHeight > 0) lines.add(Math.round(Number.parseFloat(row.style.top) / lineHeight) + 1);
    }
    return [...lines].sort((a, b) => a - b);
  });
}
