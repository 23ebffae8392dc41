import { describe, expect, it, jest } from "@jest/globals";
import { IdempotencyConflictError, IdempotencyStore, type StoredResponse } from "./solution";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("IdempotencyStore (samples)", () => {
  it("replays the stored response for a retry with the same key and payload", async () => {
    const store = new IdempotencyStore({ ttlMs: 60_000 });
    const charge = jest.fn(async (): Promise<StoredResponse> => ({ status: 201, body: { id: "ch_1" } }));
    const first = await store.execute("k-1", { amount: 100, currency: "EUR" }, charge);
    const retry = await store.execute("k-1", { currency: "EUR", amount: 100 }, charge);
    expect(first).toEqual({ response: { status: 201, body: { id: "ch_1" } }, replayed: false });
    expect(retry).toEqual({ response: { status: 201, body: { id: "ch_1" } }, replayed: true });
    expect(charge).toHaveBeenCalledTimes(1);
  });

  it("rejects a reused key with a different payload", async () => {
    const store = new IdempotencyStore({ ttlMs: 60_000 });
    const charge = jest.fn(async (): Promise<StoredResponse> => ({ status: 201, body: { id: "ch_1" } }));
    await store.execute("k-1", { amount: 100 }, charge);
    await expect(store.execute("k-1", { amount: 500 }, charge)).rejects.toThrow(IdempotencyConflictError);
    expect(charge).toHaveBeenCalledTimes(1);
  });

  it("shares one execution between concurrent requests with the same key", async () => {
    const store = new IdempotencyStore({ ttlMs: 60_000 });
    const charge = jest.fn(async (): Promise<StoredResponse> => {
      await sleep(200);
      return { status: 201, body: { id: "ch_9" } };
    });
    const a = store.execute("k-9", { amount: 1 }, charge);
    await jest.advanceTimersByTimeAsync(50);
    const b = store.execute("k-9", { amount: 1 }, charge);
    await jest.advanceTimersByTimeAsync(150);
    await expect(a).resolves.toEqual({ response: { status: 201, body: { id: "ch_9" } }, replayed: false });
    await expect(b).resolves.toEqual({ response: { status: 201, body: { id: "ch_9" } }, replayed: true });
    expect(charge).toHaveBeenCalledTimes(1);
  });
});
