/** What an attempt item keeps: the code or written answer, and for design items the whiteboard. */
export interface ItemWork {
  draft: string;
  scene?: unknown;
}

/** This browser's copy of an item's work; `changedAt` is on the server's clock (see attempt-clock.ts). */
export interface LocalWork extends ItemWork {
  changedAt: number;
}

/** The server's copy, as the item answer gives it. */
export interface ServerWork {
  draft: string | null;
  scene?: unknown;
  savedAt: number | null;
}

export type AutosaveStatus =
  | { state: "idle" }
  | { state: "pending" }
  | { state: "saving" }
  | { state: "saved"; at: number }
  | { state: "offline"; retryInMs: number }
  | { state: "failed"; message: string }
  | { state: "closed" };

export const SAVE_DELAY_MS = 1500;
/** Waits between retries while the server cannot be reached; the last repeats. */
export const RETRY_DELAYS_MS = [2000, 5000, 10_000, 20_000, 30_000] as const;

const sameWork = (a: ItemWork, b: ItemWork) => a.draft === b.draft && JSON.stringify(a.scene ?? null) === JSON.stringify(b.scene ?? null);

/**
 * Where to start on opening an item: this browser's copy when it was changed after the server's
 * was saved (the connection was lost, or the tab closed before the save got through), else the
 * server's. `unsaved` says the chosen work still has to reach the server.
 */
export function restoreWork(local: LocalWork | undefined, server: ServerWork): { work: ItemWork | undefined; unsaved: boolean } {
  const remote: ItemWork | undefined = server.draft === null ? undefined : { draft: server.draft, ...(server.scene != null ? { scene: server.scene } : {}) };
  if (!local) return { work: remote, unsaved: false };
  const mine: ItemWork = { draft: local.draft, ...(local.scene != null ? { scene: local.scene } : {}) };
  if (remote && sameWork(mine, remote)) return { work: remote, unsaved: false };
  if (!remote || server.savedAt === null || local.changedAt > server.savedAt) return { work: mine, unsaved: true };
  return { work: remote, unsaved: false };
}

/** What to do when a save fails: 409 means the attempt closed; no answer or a server fault is worth retrying. */
export function saveFailure(error: unknown): "closed" | "retry" | "fail" {
  const status = typeof error === "object" && error !== null && "status" in error && typeof error.status === "number" ? error.status : 0;
  if (status === 409) return "closed";
  if (status === 0 || status === 408 || status === 429 || status >= 500) return "retry";
  return "fail";
}

interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const windowTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface AutosaveOptions {
  save(work: ItemWork): Promise<{ savedAt: number }>;
  onStatus(status: AutosaveStatus): void;
  /** The server refused because the attempt has closed (its time ran out, or it was handed in). */
  onClosed?(): void;
  /** The work the server already holds (saving it again is skipped), and when it was saved. */
  saved?: { work: ItemWork; at: number } | undefined;
  delayMs?: number;
  timers?: Timers;
}

/**
 * Saves the latest work a moment after changes stop (one save at a time, the newest work
 * winning), at once when flushed, and again and again while the server cannot be reached.
 */
export class AutosaveQueue {
  private unsaved: ItemWork | null = null;
  private lastSaved: ItemWork | undefined;
  private lastSavedAt: number | undefined;
  private saving = false;
  private again = false;
  private timer: unknown;
  private failures = 0;
  private status: AutosaveStatus = { state: "idle" };
  private stopped = false;
  /** The attempt closed: nothing more may be sent. (Merely stopped, a save already queued still goes out.) */
  private closed = false;
  private readonly options: AutosaveOptions;
  private readonly timers: Timers;

  constructor(options: AutosaveOptions) {
    this.options = options;
    this.timers = options.timers ?? windowTimers;
    this.lastSaved = options.saved?.work;
    this.lastSavedAt = options.saved?.at;
    if (this.lastSavedAt !== undefined) this.status = { state: "saved", at: this.lastSavedAt };
  }

  get current(): AutosaveStatus {
    return this.status;
  }

  /** True while some change has not reached the server. */
  get dirty(): boolean {
    return this.unsaved !== null || this.saving;
  }

  change(work: ItemWork): void {
    if (this.stopped) return;
    if (!this.saving && this.lastSaved && sameWork(work, this.lastSaved)) {
      // Changed back to what the server holds: nothing to save after all.
      this.unsaved = null;
      this.cancelTimer();
      if (this.status.state === "pending" || this.status.state === "offline" || this.status.state === "failed") {
        this.setStatus(this.lastSavedAt === undefined ? { state: "idle" } : { state: "saved", at: this.lastSavedAt });
      }
      return;
    }
    this.unsaved = work;
    if (this.status.state !== "saving" && this.status.state !== "offline") this.setStatus({ state: "pending" });
    if (this.status.state !== "offline") this.schedule(this.options.delayMs ?? SAVE_DELAY_MS);
  }

  /** Saves now (leaving the page, the tab hidden, the deadline near). */
  flush(): void {
    if (this.stopped || !this.unsaved) return;
    this.cancelTimer();
    void this.send();
  }

  /** The connection is back: retry without waiting out the back-off. */
  retryNow(): void {
    if (this.status.state === "offline") this.flush();
  }

  /**
   * No more changes: the page is going away (call flush first), or the attempt has closed. A
   * change made while a save was in flight is still sent once that save returns, unless closed.
   */
  stop(closed = false): void {
    this.stopped = true;
    this.cancelTimer();
    if (closed) {
      this.closed = true;
      this.setStatus({ state: "closed" });
    }
  }

  private async send(): Promise<void> {
    if (this.saving) {
      this.again = true;
      return;
    }
    const work = this.unsaved;
    if (!work || this.closed) return;
    this.unsaved = null;
    this.saving = true;
    this.setStatus({ state: "saving" });
    try {
      const { savedAt } = await this.options.save(work);
      this.failures = 0;
      this.lastSaved = work;
      this.lastSavedAt = savedAt;
      this.afterSave({ state: "saved", at: savedAt });
    } catch (error) {
      if (this.stopped) {
        this.saving = false;
        return;
      }
      // A newer change supersedes the failed one; otherwise the failed one is still to save.
      this.unsaved ??= work;
      const failure = saveFailure(error);
      if (failure === "closed") {
        this.saving = false;
        this.stop(true);
        this.options.onClosed?.();
        return;
      }
      if (failure === "retry") {
        const wait = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)] ?? SAVE_DELAY_MS;
        this.failures += 1;
        this.saving = false;
        this.again = false;
        this.setStatus({ state: "offline", retryInMs: wait });
        this.schedule(wait);
        return;
      }
      this.afterSave({ state: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  private afterSave(status: AutosaveStatus): void {
    this.saving = false;
    if (this.closed) return;
    const again = this.again || this.stopped;
    this.again = false;
    if (this.unsaved && again) {
      void this.send();
      return;
    }
    this.setStatus(this.unsaved && status.state === "saved" ? { state: "pending" } : status);
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.timers.set(() => {
      this.timer = undefined;
      void this.send();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }

  private setStatus(status: AutosaveStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }
}
