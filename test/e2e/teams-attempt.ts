import { expect, type Page } from "@playwright/test";
import { editorInput, editorReady } from "./monaco.ts";

/**
 * What this browser keeps of the attempt item the page shows (/attempts/:id/items/:position):
 * the attempt's safety-net copy, written a moment after each change.
 */
export function attemptLocalDraft(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const match = /^\/attempts\/([^/]+)\/items\/(\d+)/.exec(window.location.pathname);
    const stored = match ? window.localStorage.getItem(`rehearse:attempt:${match[1]}:${match[2]}`) : null;
    return stored === null ? undefined : (JSON.parse(stored) as { draft: string }).draft;
  });
}

/**
 * Replaces the code of an attempt's coding item as monaco.ts's setEditorCode does (select all,
 * paste), waiting for the attempt's own draft rather than practice's.
 */
export async function setAttemptCode(page: Page, code: string): Promise<void> {
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
  await expect.poll(() => attemptLocalDraft(page), "the editor holds the pasted code").toBe(code);
}
