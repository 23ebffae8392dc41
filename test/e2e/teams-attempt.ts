import type { Page } from "@playwright/test";
import { setEditorCode } from "./monaco.ts";

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

/** Replaces the code of an attempt's coding item, waiting for the attempt's own draft rather than practice's. */
export function setAttemptCode(page: Page, code: string): Promise<void> {
  return setEditorCode(page, code, attemptLocalDraft);
}
