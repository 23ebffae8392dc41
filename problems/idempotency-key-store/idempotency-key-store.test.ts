import { describe, expect, it, jest } from "@jest/globals";
import { IdempotencyConflictError, IdempotencyStore, type StoredResponse } from "./solution";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A handler that takes `ms` of virtual time and answers with `status` and a numbered body. */
function handler(status: number, ms = 0) {
  let calls = 0;
  const fn = jest.fn(async (): Promise<StoredResponse> => {
    const n = ++calls;
    if (ms > 0) await sleep(ms);
    return { status, body: { execution: n } };
  });
  return fn;
}

const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

describe("IdempotencyStore: payload fingerprints", () => {
  it("treats payloads as equal regardless of key order, at every level", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const h = handler(201);
    await store.execute("k", { order: { sku: "A", qty: 2 }, tags: ["x", "y"], note: null }, h);
    const again = await store.execute("k", { tags: ["x", "y"], note: null, order: { qty: 2, sku: "A" } }, h);
    expect(again.replayed).toBe(true);
    expect(h).toHaveBeenCalledTimes(1);
  });

  it("treats array order and value types as significant", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const h = handler(201);
    await store.execute("arr", { items: [1, 2] }, h);
    await expect(store.execute("arr", { items: [2, 1] }, h)).rejects.toThrow(IdempotencyConflictError);
    await store.execute("typ", { amount: 100 }, h);
    await expect(store.execute("typ", { amount: "100" }, h)).rejects.toThrow(IdempotencyConflictError);
    await store.execute("nested", { a: { b: 1 } }, h);
    await expect(store.execute("nested", { a: { b: 1, c: 2 } }, h)).rejects.toThrow(IdempotencyConflictError);
    expect(h).toHaveBeenCalledTimes(3);
  });

  it("handles primitive and null payloads", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const h = handler(200);
    await store.execute("n", null, h);
    expect((await store.execute("n", null, h)).replayed).toBe(true);
    await store.execute("s", "refund", h);
    await expect(store.execute("s", "charge", h)).rejects.toThrow(IdempotencyConflictError);
    expect(h).toHaveBeenCalledTimes(2);
  });

  it("names the key in the conflict error", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    await store.execute("order-77", { a: 1 }, handler(201));
    const outcome = await settle(store.execute("order-77", { a: 2 }, handler(201)));
    expect(outcome.ok).toBe(false);
    const error = outcome.ok ? undefined : outcome.error;
    expect(error).toBeInstanceOf(IdempotencyConflictError);
    expect(error).toBeInstanceOf(Error);
    expect((error as IdempotencyConflictError).key).toBe("order-77");
    expect((error as Error).name).toBe("IdempotencyConflictError");
  });

  it("keeps different keys independent", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const h = handler(201);
    const a = await store.execute("a", { amount: 1 }, h);
    const b = await store.execute("b", { amount: 1 }, h);
    expect(a.response.body).toEqual({ execution: 1 });
    expect(b.response.body).toEqual({ execution: 2 });
    expect(b.replayed).toBe(false);
  });
});

describe("IdempotencyStore: expiry", () => {
  it("expires a stored response ttlMs after the handler completed, not after it started", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const h = handler(201, 300);
    const first = store.execute("k", { a: 1 }, h);
    await jest.advanceTimersByTimeAsync(300); // completed at t = 300
    await first;
    await jest.advanceTimersByTimeAsync(999); // t = 1299
    expect((await store.execute("k", { a: 1 }, h)).replayed).toBe(true);
    await jest.advanceTimersByTimeAsync(1); // t = 1300: expired
    const fresh = store.execute("k", { a: 1 }, h);
    await jest.advanceTimersByTimeAsync(300);
    expect(await fresh).toEqual({ response: { status: 201, body: { execution: 2 } }, replayed: false });
    expect(h).toHaveBeenCalledTimes(2);
  });

  it("lets an expired key be reused with a different payload", async () => {
    const store = new IdempotencyStore({ ttlMs: 500 });
    const h = handler(201);
    await store.execute("k", { amount: 100 }, h);
    jest.advanceTimersByTime(500);
    const reused = await store.execute("k", { amount: 999 }, h);
    expect(reused.replayed).toBe(false);
    expect(h).toHaveBeenCalledTimes(2);
  });

  it("never expires an execution that is still in flight", async () => {
    const store = new IdempotencyStore({ ttlMs: 100 });
    const h = handler(201, 1_000);
    const first = store.execute("slow", { a: 1 }, h);
    await jest.advanceTimersByTimeAsync(500);
    const retry = store.execute("slow", { a: 1 }, h);
    await jest.advanceTimersByTimeAsync(500);
    expect((await first).replayed).toBe(false);
    expect(await retry).toEqual({ response: { status: 201, body: { execution: 1 } }, replayed: true });
    expect(h).toHaveBeenCalledTimes(1);
  });
});

describe("IdempotencyStore: in-flight requests", () => {
  it("shares one execution between several requests arriving in the same tick", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const h = handler(201, 100);
    const all = Promise.all([store.execute("k", { a: 1 }, h), store.execute("k", { a: 1 }, h), store.execute("k", { a: 1 }, h)]);
    await jest.advanceTimersByTimeAsync(100);
    const results = await all;
    expect(h).toHaveBeenCalledTimes(1);
    expect(results.map((r) => r.replayed)).toEqual([false, true, true]);
    expect(results.every((r) => (r.response.body as { execution: number }).execution === 1)).toBe(true);
  });

  it("rejects a different payload at once while the first request is still running", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const h = handler(201, 1_000);
    const first = store.execute("k", { a: 1 }, h);
    const t0 = Date.now();
    const conflicting = await settle(store.execute("k", { a: 2 }, h));
    expect(Date.now() - t0).toBe(0);
    expect(conflicting.ok).toBe(false);
    expect(conflicting.ok ? undefined : conflicting.error).toBeInstanceOf(IdempotencyConflictError);
    await jest.advanceTimersByTimeAsync(1_000);
    expect((await first).replayed).toBe(false);
    expect(h).toHaveBeenCalledTimes(1);
  });

  it("rejects every waiting request with the handler's error, and stores nothing", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const failure = new Error("card network timeout");
    const failing = jest.fn(async (): Promise<StoredResponse> => {
      await sleep(100);
      throw failure;
    });
    const a = settle(store.execute("k", { a: 1 }, failing));
    const b = settle(store.execute("k", { a: 1 }, failing));
    await jest.advanceTimersByTimeAsync(100);
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.ok ? undefined : ra.error).toBe(failure);
    expect(rb.ok ? undefined : rb.error).toBe(failure);
    expect(failing).toHaveBeenCalledTimes(1);

    const h = handler(201);
    const retried = await store.execute("k", { a: 1 }, h);
    expect(retried.replayed).toBe(false);
    expect(h).toHaveBeenCalledTimes(1);
  });

  it("treats a handler that throws synchronously as a failed execution", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const throwsNow = (): Promise<StoredResponse> => {
      throw new Error("validation crashed");
    };
    let pending: Promise<unknown> | undefined;
    expect(() => {
      pending = store.execute("k", { a: 1 }, throwsNow);
    }).not.toThrow();
    await expect(pending).rejects.toThrow("validation crashed");
    // Nothing was stored, not even the payload: another payload may use the key now.
    const h = handler(201);
    expect((await store.execute("k", { a: 2 }, h)).replayed).toBe(false);
  });
});

describe("IdempotencyStore: what is stored", () => {
  it("delivers a 5xx response to every waiter without storing it", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const unavailable = handler(503, 50);
    const a = store.execute("k", { a: 1 }, unavailable);
    const b = store.execute("k", { a: 1 }, unavailable);
    await jest.advanceTimersByTimeAsync(50);
    expect(await a).toEqual({ response: { status: 503, body: { execution: 1 } }, replayed: false });
    expect(await b).toEqual({ response: { status: 503, body: { execution: 1 } }, replayed: true });
    const ok = handler(201);
    expect(await store.execute("k", { a: 1 }, ok)).toEqual({ response: { status: 201, body: { execution: 1 } }, replayed: false });
    expect(unavailable).toHaveBeenCalledTimes(1);
  });

  it("stores 4xx responses, which are final", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const declined = handler(402);
    await store.execute("k", { a: 1 }, declined);
    const replay = await store.execute("k", { a: 1 }, declined);
    expect(replay).toEqual({ response: { status: 402, body: { execution: 1 } }, replayed: true });
    expect(declined).toHaveBeenCalledTimes(1);
  });

  it("stores a 499 but not a 500", async () => {
    const store = new IdempotencyStore({ ttlMs: 1_000 });
    const h499 = handler(499);
    const h500 = handler(500);
    await store.execute("a", 1, h499);
    await store.execute("a", 1, h499);
    await store.execute("b", 1, h500);
    await store.execute("b", 1, h500);
    expect(h499).toHaveBeenCalledTimes(1);
    expect(h500).toHaveBeenCalledTimes(2);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("rejects ttlMs %p with a RangeError", (ttlMs) => {
    expect(() => new IdempotencyStore({ ttlMs })).toThrow(RangeError);
  });
});
