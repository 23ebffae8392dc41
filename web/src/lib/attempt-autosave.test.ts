import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutosaveQueue, type AutosaveStatus, type ItemWork, RETRY_DELAYS_MS, restoreWork, SAVE_DELAY_MS, saveFailure } from "./attempt-autosave.ts";

const T0 = 1_700_000_000_000;

class HttpError extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`status ${status}`);
    this.status = status;
  }
}

/** A server whose answers the test decides, one call at a time. */
function fakeServer() {
  const calls: { work: ItemWork; resolve: (savedAt: number) => void; reject: (error: unknown) => void }[] = [];
  const save = (work: ItemWork) =>
    new Promise<{ savedAt: number }>((resolve, reject) => {
      calls.push({ work, resolve: (savedAt) => resolve({ savedAt }), reject });
    });
  return { calls, save };
}

function queueWith(server: ReturnType<typeof fakeServer>, extra: { saved?: { work: ItemWork; at: number }; onClosed?: () => void } = {}) {
  const statuses: AutosaveStatus[] = [];
  const queue = new AutosaveQueue({ save: server.save, onStatus: (s) => statuses.push(s), ...extra });
  return { queue, statuses, last: () => statuses.at(-1) };
}

describe("restoreWork: the newer of this browser's copy and the server's", () => {
  it("takes the server's when there is no local copy", () => {
    expect(restoreWork(undefined, { draft: "server", savedAt: T0 })).toEqual({ work: { draft: "server" }, unsaved: false });
    expect(restoreWork(undefined, { draft: null, savedAt: null })).toEqual({ work: undefined, unsaved: false });
  });

  it("takes the local copy, still to be saved, when it changed after the server's save", () => {
    const local = { draft: "typed offline", changedAt: T0 + 5_000 };
    expect(restoreWork(local, { draft: "server", savedAt: T0 })).toEqual({ work: { draft: "typed offline" }, unsaved: true });
  });

  it("takes the server's when it was saved later (another device)", () => {
    const local = { draft: "old here", changedAt: T0 };
    expect(restoreWork(local, { draft: "newer elsewhere", savedAt: T0 + 1 })).toEqual({ work: { draft: "newer elsewhere" }, unsaved: false });
  });

  it("takes the local copy when the server has none", () => {
    expect(restoreWork({ draft: "x", changedAt: T0 }, { draft: null, savedAt: null })).toEqual({ work: { draft: "x" }, unsaved: true });
  });

  it("has nothing to save when both hold the same work, scene included", () => {
    const scene = { elements: [{ id: "a" }] };
    const local = { draft: "same", scene: { elements: [{ id: "a" }] }, changedAt: T0 + 9_000 };
    expect(restoreWork(local, { draft: "same", scene, savedAt: T0 })).toEqual({ work: { draft: "same", scene }, unsaved: false });
  });

  it("counts a changed whiteboard as changed work", () => {
    const local = { draft: "same", scene: { elements: [{ id: "b" }] }, changedAt: T0 + 1 };
    expect(restoreWork(local, { draft: "same", scene: { elements: [] }, savedAt: T0 }).unsaved).toBe(true);
  });
});

describe("saveFailure", () => {
  it("tells a closed attempt from a lost connection and from a refusal", () => {
    expect(saveFailure(new HttpError(409))).toBe("closed");
    expect(saveFailure(new HttpError(0))).toBe("retry");
    expect(saveFailure(new HttpError(503))).toBe("retry");
    expect(saveFailure(new HttpError(429))).toBe("retry");
    expect(saveFailure(new TypeError("Failed to fetch"))).toBe("retry");
    expect(saveFailure(new HttpError(422))).toBe("fail");
  });
});

describe("AutosaveQueue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves once, the latest work, after changes stop for a moment", async () => {
    const server = fakeServer();
    const { queue, last } = queueWith(server);
    queue.change({ draft: "a" });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
    queue.change({ draft: "ab" });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
    expect(server.calls).toHaveLength(0);
    expect(last()).toEqual({ state: "pending" });
    await vi.advanceTimersByTimeAsync(100);
    expect(server.calls.map((c) => c.work.draft)).toEqual(["ab"]);
    expect(last()).toEqual({ state: "saving" });
    server.calls[0]?.resolve(T0);
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ state: "saved", at: T0 });
    expect(queue.dirty).toBe(false);
  });

  it("saves at once when flushed", async () => {
    const server = fakeServer();
    const { queue } = queueWith(server);
    queue.change({ draft: "leaving" });
    queue.flush();
    expect(server.calls.map((c) => c.work.draft)).toEqual(["leaving"]);
  });

  it("never runs two saves at once, and sends what changed during a save right after it", async () => {
    const server = fakeServer();
    const { queue, last } = queueWith(server);
    queue.change({ draft: "one" });
    queue.flush();
    queue.change({ draft: "two" });
    queue.flush();
    expect(server.calls).toHaveLength(1);
    server.calls[0]?.resolve(T0);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.map((c) => c.work.draft)).toEqual(["one", "two"]);
    server.calls[1]?.resolve(T0 + 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ state: "saved", at: T0 + 1 });
  });

  it("still sends a change made during a save when the page goes away before that save returns", async () => {
    const server = fakeServer();
    const { queue } = queueWith(server);
    queue.change({ draft: "one" });
    queue.flush();
    queue.change({ draft: "one, then more" });
    // Leaving the item: flush, then stop, while "one" is still in flight.
    queue.flush();
    queue.stop();
    server.calls[0]?.resolve(T0);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.map((c) => c.work.draft)).toEqual(["one", "one, then more"]);
    queue.change({ draft: "after leaving" });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(server.calls).toHaveLength(2);
  });

  it("retries with growing waits while offline, keeping the newest work, and saves it when back", async () => {
    const server = fakeServer();
    const { queue, last } = queueWith(server);
    queue.change({ draft: "v1" });
    queue.flush();
    server.calls[0]?.reject(new HttpError(0));
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ state: "offline", retryInMs: RETRY_DELAYS_MS[0] });
    expect(queue.dirty).toBe(true);

    queue.change({ draft: "v2" });
    expect(last()).toEqual({ state: "offline", retryInMs: RETRY_DELAYS_MS[0] });
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]);
    expect(server.calls.map((c) => c.work.draft)).toEqual(["v1", "v2"]);
    server.calls[1]?.reject(new HttpError(502));
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ state: "offline", retryInMs: RETRY_DELAYS_MS[1] });

    // The browser says the network is back: no need to wait out the back-off.
    queue.retryNow();
    expect(server.calls.map((c) => c.work.draft)).toEqual(["v1", "v2", "v2"]);
    server.calls[2]?.resolve(T0 + 9);
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ state: "saved", at: T0 + 9 });
    expect(queue.dirty).toBe(false);
  });

  it("stops for good when the server says the attempt has closed", async () => {
    const server = fakeServer();
    const onClosed = vi.fn();
    const { queue, last } = queueWith(server, { onClosed });
    queue.change({ draft: "late" });
    queue.flush();
    server.calls[0]?.reject(new HttpError(409));
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toEqual({ state: "closed" });
    expect(onClosed).toHaveBeenCalledOnce();
    queue.change({ draft: "later" });
    queue.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.calls).toHaveLength(1);
  });

  it("reports a refusal and tries again on the next change", async () => {
    const server = fakeServer();
    const { queue, last } = queueWith(server);
    queue.change({ draft: "x".repeat(10) });
    queue.flush();
    server.calls[0]?.reject(new HttpError(422));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(last()).toEqual({ state: "failed", message: "status 422" });
    expect(server.calls).toHaveLength(1);
    queue.change({ draft: "shorter" });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(server.calls.map((c) => c.work.draft)).toEqual(["x".repeat(10), "shorter"]);
  });

  it("does not save what the server already holds", async () => {
    const server = fakeServer();
    const { queue, last } = queueWith(server, { saved: { work: { draft: "kept", scene: { elements: [] } }, at: T0 } });
    expect(queue.current).toEqual({ state: "saved", at: T0 });
    // The whiteboard reports its scene on mounting: the same scene, so nothing to send.
    queue.change({ draft: "kept", scene: { elements: [] } });
    queue.change({ draft: "kept!" });
    queue.change({ draft: "kept", scene: { elements: [] } });
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(server.calls).toHaveLength(0);
    expect(last()).toEqual({ state: "saved", at: T0 });
  });
});
