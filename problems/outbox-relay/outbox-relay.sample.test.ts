import { describe, expect, it, jest } from "@jest/globals";
import { type OutboxRow, OutboxRelay, type OutboxStore } from "./solution";

/** An in-memory outbox table. */
function memoryOutbox(rows: [id: number, aggregateId: string][]) {
  const table = rows.map(([id, aggregateId]) => ({ row: { id, aggregateId, topic: "orders", payload: { id } } as OutboxRow, sent: false }));
  const store: OutboxStore = {
    fetchUnsent: async (limit) =>
      table
        .filter((r) => !r.sent)
        .slice(0, limit)
        .map((r) => ({ ...r.row })),
    markSent: async (id) => {
      const entry = table.find((r) => r.row.id === id);
      if (entry) entry.sent = true;
    },
  };
  return { store, unsent: () => table.filter((r) => !r.sent).map((r) => r.row.id) };
}

describe("OutboxRelay (samples)", () => {
  it("publishes unsent rows in order and marks them sent", async () => {
    const outbox = memoryOutbox([
      [1, "A"],
      [2, "B"],
      [3, "A"],
    ]);
    const published: number[] = [];
    const relay = new OutboxRelay(outbox.store, async (row) => void published.push(row.id), { batchSize: 10, intervalMs: 1_000 });
    await expect(relay.tick()).resolves.toEqual({ published: [1, 2, 3], failed: [], deferred: [] });
    expect(published).toEqual([1, 2, 3]);
    expect(outbox.unsent()).toEqual([]);
  });

  it("defers later rows of an aggregate whose row failed, and retries on the next tick", async () => {
    const outbox = memoryOutbox([
      [1, "A"],
      [2, "B"],
      [3, "A"],
      [4, "C"],
    ]);
    let busDown = true;
    const relay = new OutboxRelay(
      outbox.store,
      async (row) => {
        if (busDown && row.id === 1) throw new Error("bus unavailable");
      },
      { batchSize: 10, intervalMs: 1_000 },
    );
    await expect(relay.tick()).resolves.toEqual({ published: [2, 4], failed: [1], deferred: [3] });
    expect(outbox.unsent()).toEqual([1, 3]);
    busDown = false;
    await expect(relay.tick()).resolves.toEqual({ published: [1, 3], failed: [], deferred: [] });
  });

  it("start() polls every intervalMs until stop()", async () => {
    const outbox = memoryOutbox([]);
    const fetches: number[] = [];
    const t0 = Date.now();
    const store: OutboxStore = {
      fetchUnsent: async (limit) => {
        fetches.push(Date.now() - t0);
        return outbox.store.fetchUnsent(limit);
      },
      markSent: outbox.store.markSent,
    };
    const relay = new OutboxRelay(store, async () => {}, { batchSize: 10, intervalMs: 500 });
    relay.start();
    await jest.advanceTimersByTimeAsync(1_200);
    relay.stop();
    await jest.advanceTimersByTimeAsync(5_000);
    expect(fetches).toEqual([0, 500, 1_000]);
  });
});
