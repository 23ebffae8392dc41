import { useCallback, useEffect, useRef, useState } from "react";
import { attemptApi } from "./attempt-api.ts";
import { AutosaveQueue, type AutosaveStatus, type ItemWork, type LocalWork, restoreWork, type ServerWork } from "./attempt-autosave.ts";
import { toMs } from "./attempt-clock.ts";
import { isRecord, readStored, writeStored } from "./storage.ts";

const LOCAL_SAVE_DELAY_MS = 300;
/** Browsers refuse `keepalive` requests over 64 KB; a bigger last save relies on this browser's copy. */
const KEEPALIVE_MAX_CHARS = 60_000;

const localKey = (attemptId: string, position: number) => `rehearse:attempt:${attemptId}:${position}`;

function parseLocalWork(value: unknown): LocalWork | undefined {
  if (!isRecord(value) || typeof value.draft !== "string" || typeof value.changedAt !== "number") return undefined;
  return { draft: value.draft, changedAt: value.changedAt, ...(value.scene != null ? { scene: value.scene } : {}) };
}

/** This browser's copies are only a safety net while the attempt runs: once it has closed they go. */
export function forgetLocalWork(attemptId: string, positions: readonly number[]): void {
  for (const position of positions) writeStored(localKey(attemptId, position), undefined);
}

export interface AttemptDraftOptions {
  attemptId: string;
  position: number;
  /** The item's saved work as the server gave it. */
  server: ServerWork;
  /** How far the server's clock runs ahead of this browser's. */
  offsetMs: number;
  /** The server refused a save because the attempt has closed. */
  onClosed: () => void;
}

export interface AttemptDraft {
  /** What the item starts from: the newer of this browser's copy and the server's; undefined when neither has any. */
  initial: ItemWork | undefined;
  status: AutosaveStatus;
  /** Every change: kept in this browser at once, sent to the server a moment after typing stops. */
  change: (work: ItemWork) => void;
  /** Sends now: the focus left the work, the tab was hidden, the page is going. */
  flush: () => void;
}

/**
 * An attempt item's autosave. The newest work always lands in localStorage first (so a lost
 * connection or a closed tab loses nothing), then on the server, retried while it is unreachable.
 */
export function useAttemptDraft({ attemptId, position, server, offsetMs, onClosed }: AttemptDraftOptions): AttemptDraft {
  const key = localKey(attemptId, position);
  const [start] = useState(() => restoreWork(readStored(key, parseLocalWork), server));
  const [status, setStatus] = useState<AutosaveStatus>({ state: "idle" });
  const queue = useRef<AutosaveQueue | null>(null);
  const local = useRef<{ work: LocalWork | null; timer: number | undefined }>({ work: null, timer: undefined });
  const leaving = useRef(false);
  // A change made before the queue exists (a child reporting on mount) waits for it.
  const early = useRef<ItemWork | null>(null);
  const latest = useRef({ offsetMs, onClosed });
  latest.current = { offsetMs, onClosed };

  const flushLocal = useCallback(() => {
    window.clearTimeout(local.current.timer);
    if (local.current.work) writeStored(key, local.current.work);
    local.current.work = null;
  }, [key]);

  const flush = useCallback(() => {
    flushLocal();
    queue.current?.flush();
  }, [flushLocal]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the queue is made once per item; `server` and `start` are what it began from.
  useEffect(() => {
    const saved = !start.unsaved && server.draft !== null && server.savedAt !== null ? { work: start.work ?? { draft: server.draft }, at: server.savedAt } : undefined;
    const autosave = new AutosaveQueue({
      saved,
      onStatus: setStatus,
      onClosed: () => latest.current.onClosed(),
      save: async (work) => {
        const keepalive = leaving.current && JSON.stringify(work).length < KEEPALIVE_MAX_CHARS;
        const answer = await attemptApi.saveDraft(attemptId, position, work, keepalive);
        return { savedAt: toMs(answer.savedAt) ?? Date.now() + latest.current.offsetMs };
      },
    });
    queue.current = autosave;
    setStatus(autosave.current);
    // Work this browser kept but the server never got (the connection dropped, the tab closed): send it now.
    if (start.unsaved && start.work) {
      autosave.change(start.work);
      autosave.flush();
    }
    if (early.current) autosave.change(early.current);
    early.current = null;
    return () => {
      flushLocal();
      autosave.flush();
      autosave.stop();
      queue.current = null;
    };
  }, [attemptId, position, flushLocal]);

  useEffect(() => {
    const onHidden = () => document.visibilityState === "hidden" && flush();
    const onPageHide = () => {
      leaving.current = true;
      flush();
      leaving.current = false;
    };
    const onOnline = () => queue.current?.retryNow();
    // The focus leaving a field, or the window: save what is there now rather than after the pause.
    document.addEventListener("focusout", flush);
    window.addEventListener("blur", flush);
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      document.removeEventListener("focusout", flush);
      window.removeEventListener("blur", flush);
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [flush]);

  const change = useCallback(
    (work: ItemWork) => {
      // Stamped on the server's clock, so that on reopening it compares with the server's savedAt.
      local.current.work = { ...work, changedAt: Date.now() + latest.current.offsetMs };
      window.clearTimeout(local.current.timer);
      local.current.timer = window.setTimeout(flushLocal, LOCAL_SAVE_DELAY_MS);
      if (queue.current) queue.current.change(work);
      else early.current = work;
    },
    [flushLocal],
  );

  return { initial: start.work, status, change, flush };
}
