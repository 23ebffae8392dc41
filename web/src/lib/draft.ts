import { useCallback, useEffect, useRef, useState } from "react";
import { isRecord } from "./storage.ts";

/** The code in the editor, and when it was last changed (ms since the epoch). */
export interface Draft {
  code: string;
  savedAt: number;
}

/** Where a signed-in candidate's drafts are kept besides this browser. */
export interface DraftSync {
  /** Undefined when the account holds no draft of this problem. */
  load(slug: string): Promise<Draft | undefined>;
  save(slug: string, code: string): Promise<void>;
}

export type DraftSaveState = "unsaved" | "saved-locally" | "saving" | "saved" | "sync-failed";

export const LOCAL_SAVE_DELAY_MS = 400;
export const SYNC_SAVE_DELAY_MS = 1500;

const key = (slug: string) => `rehearse:draft:${slug}`;

/** The newer of two drafts; the local one on a tie (it is what the editor already shows). */
export function pickNewerDraft(local: Draft | undefined, remote: Draft | undefined): Draft | undefined {
  if (!local) return remote;
  if (!remote) return local;
  return remote.savedAt > local.savedAt ? remote : local;
}

/** Reads a stored draft; a bare string (how drafts were first stored) counts as the oldest draft. */
export function parseStoredDraft(text: string | null): Draft | undefined {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (isRecord(value) && typeof value.code === "string" && typeof value.savedAt === "number") return { code: value.code, savedAt: value.savedAt };
  } catch {
    // Not JSON: a bare draft.
  }
  return { code: text, savedAt: 0 };
}

export function readLocalDraft(slug: string): Draft | undefined {
  try {
    return parseStoredDraft(window.localStorage.getItem(key(slug)));
  } catch {
    return undefined;
  }
}

function writeLocalDraft(slug: string, draft: Draft): boolean {
  try {
    window.localStorage.setItem(key(slug), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export interface DraftState {
  code: string;
  setCode: (code: string) => void;
  saveState: DraftSaveState;
}

/**
 * The editor's code for one problem. Every change is kept in localStorage shortly after it is
 * made (and at once when the page is left), and, with `sync`, in the account too. On opening,
 * the account's draft replaces the local one when it is newer and nothing was typed yet.
 */
export function useDraft(slug: string, starter: string, sync: DraftSync | undefined): DraftState {
  const [code, setCodeState] = useState(() => readLocalDraft(slug)?.code ?? starter);
  const [saveState, setSaveState] = useState<DraftSaveState>("saved-locally");
  const unsaved = useRef<Draft | null>(null);
  const touched = useRef(false);

  const flushLocal = useCallback(() => {
    if (!unsaved.current) return;
    if (writeLocalDraft(slug, unsaved.current)) setSaveState((state) => (state === "unsaved" ? "saved-locally" : state));
    unsaved.current = null;
  }, [slug]);

  const setCode = useCallback((next: string) => {
    touched.current = true;
    unsaved.current = { code: next, savedAt: Date.now() };
    setSaveState("unsaved");
    setCodeState(next);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each change of `code` restarts the wait (a debounce).
  useEffect(() => {
    if (!unsaved.current) return;
    const timer = setTimeout(flushLocal, LOCAL_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [code, flushLocal]);

  useEffect(() => {
    window.addEventListener("pagehide", flushLocal);
    return () => {
      window.removeEventListener("pagehide", flushLocal);
      flushLocal();
    };
  }, [flushLocal]);

  useEffect(() => {
    if (!sync) return;
    let current = true;
    sync.load(slug).then(
      (remote) => {
        if (!current || touched.current || !remote) return;
        const newer = pickNewerDraft(readLocalDraft(slug), remote);
        if (newer === remote) setCodeState(remote.code);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [slug, sync]);

  useEffect(() => {
    if (!sync || !touched.current) return;
    let current = true;
    const timer = setTimeout(() => {
      setSaveState("saving");
      sync.save(slug, code).then(
        () => current && setSaveState((state) => (state === "saving" ? "saved" : state)),
        () => current && setSaveState("sync-failed"),
      );
    }, SYNC_SAVE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [slug, code, sync]);

  return { code, setCode, saveState };
}
