import { describe, expect, it, jest } from "@jest/globals";
import { type OutboxRow, OutboxRelay, type OutboxStore, type Publish } from "./solution";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Options {
  fetchMs?: number;
  markMs?: number;
  publishMs?: number;
  /** Row id → how many of its publish calls fail first. */
  publishFailures?: Record<number, number>;
  /** Row id → how many of its markSent calls fail first. */
  markFailures?: Record<number, number>;
}

/** An in-memory outbox and bus that log every call as "<time> <call> <id>". */
function world(rows: [id: number, aggregateId: string][], options: Options = {}) {
  const t0 = Date.now();
  const log: string[] = [];
  const at = () => Date.now() - t0;
  const table = rows.map(([id, aggregateId]) => ({ row: { id, aggregateId, topic: "orders", payload: { id } } as OutboxRow, sent: false }));
  const publishFailures = { ...options.publishFailures };
  const markFailures = { ...options.markFailures };
  const deliveries: number[] = [];
  const fetchLimits: number[] = [];

  const store: OutboxStore = {
    fetchUnsent: async (limit) => {
      fetchLimits.push(limit);
      log.push(`${at()} fetch`);
      if (options.fetchMs) await sleep(options.fetchMs);
      return table
        .filter((r) => !r.sent)
        .slice(0, limit)
        .map((r) => ({ ...r.row }));
    },
    markSent: async (id) => {
      log.push(`${at()} mark ${id}`);
      if (options.markMs) await sleep(options.markMs);
      if ((markFailures[id] ?? 0) > 0) {
        markFailures[id]!--;
        throw new Error(`database timeout marking ${id}`);
      }
      const entry = table.find((r) => r.row.id === id);
      if (entry) entry.sent = true;
    },
  };
  const publish: Publish = async (row) => {
    log.push(`${at()} publish ${row.id}`);
    if (options.publishMs) await sleep(options.publishMs);
    if ((publishFailures[row.id] ?? 0) > 0) {
      publishFailures[row.id]!--;
      throw new Error(`bus rejected ${row.id}`);
    }
    deliveries.push(row.id);
  };
  return {
    store,
    publish,
    log,
    deliveries,
    fetchLimits,
    unsent: () => table.filter((r) => !r.sent).map((r) => r.row.id),
    insert: (id: number, aggregateId: string) => table.push({ row: { id, aggregateId, topic: "orders", payload: { id } }, sent: false }),
  };
}

describe("OutboxRelay.tick", () => {
  it("publishes one row at a time and marks each sent before publishing the next", async () => {
    const w = world(
      [
        [1, "A"],
        [2, "B"],
      ],
      { publishMs: 10, markMs: 5 },
    );
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 10, intervalMs: 1_000 });
    const report = relay.tick();
    await jest.advanceTimersByTimeAsync(100);
    expect(await report).toEqual({ published: [1, 2], failed: [], deferred: [] });
    expect(w.log).toEqual(["0 fetch", "0 publish 1", "10 mark 1", "15 publish 2", "25 mark 2"]);
  });

  it("asks the store for batchSize rows and relays only those", async () => {
    const w = world([
      [1, "A"],
      [2, "A"],
      [3, "A"],
    ]);
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 2, intervalMs: 1_000 });
    expect(await relay.tick()).toEqual({ published: [1, 2], failed: [], deferred: [] });
    expect(w.fetchLimits).toEqual([2]);
    expect(w.unsent()).toEqual([3]);
  });

  it("does not mark a row whose publish failed", async () => {
    const w = world([[1, "A"]], { publishFailures: { 1: 1 } });
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 10, intervalMs: 1_000 });
    expect(await relay.tick()).toEqual({ published: [], failed: [1], deferred: [] });
    expect(w.log).toEqual(["0 fetch", "0 publish 1"]);
    expect(w.unsent()).toEqual([1]);
  });

  it("keeps other aggregates flowing past a failed row, deferring only its own aggregate", async () => {
    const w = world(
      [
        [1, "A"],
        [2, "B"],
        [3, "A"],
        [4, "B"],
        [5, "C"],
        [6, "A"],
      ],
      { publishFailures: { 2: 1 } },
    );
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 10, intervalMs: 1_000 });
    expect(await relay.tick()).toEqual({ published: [1, 3, 5, 6], failed: [2], deferred: [4] });
    expect(w.deliveries).toEqual([1, 3, 5, 6]);
    expect(await relay.tick()).toEqual({ published: [2, 4], failed: [], deferred: [] });
    expect(w.deliveries).toEqual([1, 3, 5, 6, 2, 4]);
  });

  it("treats a failed markSent as a failure and re-publishes the row later (at least once)", async () => {
    const w = world(
      [
        [1, "A"],
        [2, "A"],
        [3, "B"],
      ],
      { markFailures: { 1: 1 } },
    );
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 10, intervalMs: 1_000 });
    expect(await relay.tick()).toEqual({ published: [3], failed: [1], deferred: [2] });
    expect(await relay.tick()).toEqual({ published: [1, 2], failed: [], deferred: [] });
    expect(w.deliveries).toEqual([1, 3, 1, 2]);
    expect(w.unsent()).toEqual([]);
  });

  it("treats a publish that throws synchronously as a failed row", async () => {
    const w = world([
      [1, "A"],
      [2, "B"],
    ]);
    const publish: Publish = (row) => {
      if (row.id === 1) throw new Error("serializer crashed");
      return w.publish(row);
    };
    const relay = new OutboxRelay(w.store, publish, { batchSize: 10, intervalMs: 1_000 });
    expect(await relay.tick()).toEqual({ published: [2], failed: [1], deferred: [] });
  });

  it("rejects when the store cannot be read", async () => {
    const store: OutboxStore = {
      fetchUnsent: async () => {
        throw new Error("connection refused");
      },
      markSent: async () => {},
    };
    const relay = new OutboxRelay(store, async () => {}, { batchSize: 10, intervalMs: 1_000 });
    await expect(relay.tick()).rejects.toThrow("connection refused");
    // ...and a later tick tries again.
    await expect(relay.tick()).rejects.toThrow("connection refused");
  });

  it("returns the running tick instead of starting an overlapping one", async () => {
    const w = world(
      [
        [1, "A"],
        [2, "B"],
      ],
      { publishMs: 50 },
    );
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 10, intervalMs: 1_000 });
    const first = relay.tick();
    await jest.advanceTimersByTimeAsync(20);
    const second = relay.tick();
    expect(second).toBe(first);
    await jest.advanceTimersByTimeAsync(100);
    expect(await first).toEqual({ published: [1, 2], failed: [], deferred: [] });
    expect(w.deliveries).toEqual([1, 2]);
    // Once settled, a new tick runs.
    w.insert(3, "C");
    expect(await relay.tick()).toEqual({ published: [3], failed: [], deferred: [] });
  });

  it("reports nothing for an empty outbox", async () => {
    const w = world([]);
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 10, intervalMs: 1_000 });
    expect(await relay.tick()).toEqual({ published: [], failed: [], deferred: [] });
    expect(w.log).toEqual(["0 fetch"]);
  });
});

describe("OutboxRelay.start", () => {
  it("schedules the next tick intervalMs after the previous one settled", async () => {
    const w = world([[1, "A"]], { fetchMs: 30 });
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 10, intervalMs: 100 });
    relay.start();
    await jest.advanceTimersByTimeAsync(300);
    relay.stop();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(w.log.filter((l) => l.endsWith("fetch"))).toEqual(["0 fetch", "130 fetch", "260 fetch"]);
    expect(w.deliveries).toEqual([1]);
  });

  it("drains a backlog without waiting while batches come back full and clean", async () => {
    const w = world([
      [1, "A"],
      [2, "B"],
      [3, "C"],
      [4, "D"],
      [5, "E"],
    ]);
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 2, intervalMs: 100 });
    relay.start();
    await jest.advanceTimersByTimeAsync(150);
    relay.stop();
    // Full batches at t = 0 and t = 0, then a partial one at t = 0, then the next poll at 100.
    expect(w.log.filter((l) => l.endsWith("fetch"))).toEqual(["0 fetch", "0 fetch", "0 fetch", "100 fetch"]);
    expect(w.deliveries).toEqual([1, 2, 3, 4, 5]);
  });

  it("waits intervalMs after a full batch that had a failure", async () => {
    const w = world(
      [
        [1, "A"],
        [2, "B"],
      ],
      { publishFailures: { 1: 100 } },
    );
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 2, intervalMs: 100 });
    relay.start();
    await jest.advanceTimersByTimeAsync(250);
    relay.stop();
    expect(w.log.filter((l) => l.endsWith("fetch"))).toEqual(["0 fetch", "100 fetch", "200 fetch"]);
  });

  it("keeps polling after a tick fails, reporting the error to onError", async () => {
    let calls = 0;
    const store: OutboxStore = {
      fetchUnsent: async () => {
        calls++;
        if (calls <= 2) throw new Error(`db down ${calls}`);
        return [];
      },
      markSent: async () => {},
    };
    const onError = jest.fn();
    const relay = new OutboxRelay(store, async () => {}, { batchSize: 10, intervalMs: 100 });
    const withHandler = new OutboxRelay(store, async () => {}, { batchSize: 10, intervalMs: 100, onError });
    withHandler.start();
    await jest.advanceTimersByTimeAsync(250);
    withHandler.stop();
    expect(calls).toBe(3);
    expect(onError).toHaveBeenCalledTimes(2);
    expect((onError.mock.calls[1]![0] as Error).message).toBe("db down 2");
    // Without onError, failures are swallowed and the loop survives.
    calls = 0;
    relay.start();
    await jest.advanceTimersByTimeAsync(250);
    relay.stop();
    expect(calls).toBe(3);
  });

  it("lets a running tick finish after stop(), but starts no other", async () => {
    const w = world(
      [
        [1, "A"],
        [2, "B"],
      ],
      { publishMs: 50 },
    );
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 10, intervalMs: 100 });
    relay.start();
    await jest.advanceTimersByTimeAsync(10);
    relay.stop();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(w.deliveries).toEqual([1, 2]);
    expect(w.log.filter((l) => l.endsWith("fetch"))).toEqual(["0 fetch"]);
  });

  it("ignores a second start(), and can be started again after stop()", async () => {
    const w = world([]);
    const relay = new OutboxRelay(w.store, w.publish, { batchSize: 10, intervalMs: 100 });
    relay.start();
    relay.start();
    await jest.advanceTimersByTimeAsync(250);
    relay.stop();
    expect(w.log).toEqual(["0 fetch", "100 fetch", "200 fetch"]);
    await jest.advanceTimersByTimeAsync(1_000); // t = 1250
    relay.start();
    await jest.advanceTimersByTimeAsync(150);
    relay.stop();
    expect(w.log).toEqual(["0 fetch", "100 fetch", "200 fetch", "1250 fetch", "1350 fetch"]);
  });

  it.each([
    { batchSize: 0, intervalMs: 100 },
    { batchSize: 1.5, intervalMs: 100 },
    { batchSize: 10, intervalMs: 0 },
    { batchSize: 10, intervalMs: Number.NaN },
  ])("rejects options %p with a RangeError", (options) => {
    expect(() => new OutboxRelay(world([]).store, async () => {}, options)).toThrow(RangeError);
  });
});
