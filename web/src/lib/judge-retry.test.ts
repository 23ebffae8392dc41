import { describe, expect, it, vi } from "vitest";
import { MAX_RETRY_WAIT_SECONDS, openWithOneRetry, refusalWaitSeconds, waitUnlessAborted } from "./judge-retry.ts";

const refusal = (status: number, retryAfterSeconds?: number) => Object.assign(new Error(`refused ${status}`), { status, retryAfterSeconds });

describe("refusalWaitSeconds", () => {
  it("reads the wait from a busy judge or a restarting server", () => {
    expect(refusalWaitSeconds(refusal(429, 7))).toBe(7);
    expect(refusalWaitSeconds(refusal(503, 5))).toBe(5);
    expect(refusalWaitSeconds(refusal(429, 0.2))).toBe(1);
    expect(refusalWaitSeconds(refusal(429, 10_000))).toBe(MAX_RETRY_WAIT_SECONDS);
  });

  it("does not retry other failures, or a refusal that names no wait", () => {
    expect(refusalWaitSeconds(refusal(500, 5))).toBeUndefined();
    expect(refusalWaitSeconds(refusal(400, 5))).toBeUndefined();
    expect(refusalWaitSeconds(refusal(429))).toBeUndefined();
    expect(refusalWaitSeconds(new TypeError("Failed to fetch"))).toBeUndefined();
  });
});

describe("openWithOneRetry", () => {
  const noWait = async () => {};

  it("waits the Retry-After once and answers with the second try", async () => {
    const open = vi.fn().mockRejectedValueOnce(refusal(429, 4)).mockResolvedValueOnce("stream");
    const waits: number[] = [];
    const slept: number[] = [];
    const result = await openWithOneRetry(open, (s) => waits.push(s), new AbortController().signal, async (ms) => void slept.push(ms));
    expect(result).toBe("stream");
    expect(open).toHaveBeenCalledTimes(2);
    expect(waits).toEqual([4]);
    expect(slept).toEqual([4_000]);
  });

  it("throws the second refusal instead of retrying again", async () => {
    const second = refusal(429, 9);
    const open = vi.fn().mockRejectedValueOnce(refusal(503, 5)).mockRejectedValueOnce(second);
    await expect(openWithOneRetry(open, () => {}, new AbortController().signal, noWait)).rejects.toBe(second);
    expect(open).toHaveBeenCalledTimes(2);
  });

  it("throws other failures at once", async () => {
    const failure = refusal(500, 5);
    const open = vi.fn().mockRejectedValue(failure);
    const onWait = vi.fn();
    await expect(openWithOneRetry(open, onWait, new AbortController().signal, noWait)).rejects.toBe(failure);
    expect(open).toHaveBeenCalledTimes(1);
    expect(onWait).not.toHaveBeenCalled();
  });

  it("stops waiting when aborted", async () => {
    const abort = new AbortController();
    const waiting = waitUnlessAborted(60_000, abort.signal);
    abort.abort(new Error("left the page"));
    await expect(waiting).rejects.toThrow("left the page");
  });
});
