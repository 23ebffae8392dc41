import { describe, expect, it, jest } from "@jest/globals";
import { type Page, PaginationError, paginate } from "./solution";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A fake API over numbered pages: page i (0-based) holds `sizes[i]` items; the last page ends with null. */
function numberedApi(sizes: number[], latencyMs = 0) {
  const t0 = Date.now();
  const calls: (string | null)[] = [];
  const startedAt: number[] = [];
  let next = 0;
  const fetchPage = async (cursor: string | null): Promise<Page<string>> => {
    calls.push(cursor);
    startedAt.push(Date.now() - t0);
    const index = cursor === null ? 0 : Number(cursor.slice(1));
    if (latencyMs) await sleep(latencyMs);
    const items = Array.from({ length: sizes[index]! }, () => `item-${next++}`);
    return { items, nextCursor: index + 1 < sizes.length ? `p${index + 1}` : null };
  };
  return { fetchPage, calls, startedAt };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function collectUntilError<T>(iterable: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
  } catch (error) {
    return { items, error };
  }
  return { items, error: undefined };
}

describe("paginate: laziness", () => {
  it("fetches nothing until the first item is requested", async () => {
    const api = numberedApi([2, 2]);
    const iterator = paginate(api.fetchPage);
    await jest.advanceTimersByTimeAsync(100);
    expect(api.calls).toEqual([]);
    await expect(iterator.next()).resolves.toEqual({ value: "item-0", done: false });
    expect(api.calls).toEqual([null]);
  });

  it("fetches the next page only when an item beyond the current one is requested", async () => {
    const api = numberedApi([2, 2, 1]);
    const iterator = paginate(api.fetchPage);
    await iterator.next();
    await iterator.next(); // last item of page 0
    await jest.advanceTimersByTimeAsync(1_000);
    expect(api.calls).toEqual([null]);
    await expect(iterator.next()).resolves.toEqual({ value: "item-2", done: false });
    expect(api.calls).toEqual([null, "p1"]);
  });

  it("makes no further fetch after the consumer breaks out, even as time passes", async () => {
    const api = numberedApi([3, 3, 3], 10);
    const seen: string[] = [];
    for await (const item of paginate(api.fetchPage)) {
      seen.push(item);
      if (item === "item-3") break;
    }
    await jest.advanceTimersByTimeAsync(1_000);
    expect(seen).toEqual(["item-0", "item-1", "item-2", "item-3"]);
    expect(api.calls).toEqual([null, "p1"]);
  });
});

describe("paginate: pages", () => {
  it("keeps following cursors through runs of empty pages", async () => {
    const api = numberedApi([0, 0, 2, 0, 0, 1, 0]);
    await expect(collect(paginate(api.fetchPage))).resolves.toEqual(["item-0", "item-1", "item-2"]);
    expect(api.calls).toEqual([null, "p1", "p2", "p3", "p4", "p5", "p6"]);
  });

  it("ends after an empty first page with no cursor", async () => {
    const api = numberedApi([0]);
    await expect(collect(paginate(api.fetchPage))).resolves.toEqual([]);
    expect(api.calls).toEqual([null]);
  });

  it("yields falsy items", async () => {
    const pages: Page<unknown>[] = [
      { items: [0, "", null], nextCursor: "b" },
      { items: [false, undefined, 0], nextCursor: null },
    ];
    const fetchPage = async (cursor: string | null) => pages[cursor === null ? 0 : 1]!;
    await expect(collect(paginate(fetchPage))).resolves.toEqual([0, "", null, false, undefined, 0]);
  });
});

describe("paginate: guards", () => {
  it("detects a cycle through several cursors, without fetching the repeated one", async () => {
    const pages: Record<string, Page<string>> = {
      start: { items: ["a"], nextCursor: "x" },
      x: { items: ["b"], nextCursor: "y" },
      y: { items: ["c"], nextCursor: "x" },
    };
    const calls: (string | null)[] = [];
    const fetchPage = async (cursor: string | null) => {
      calls.push(cursor);
      return pages[cursor ?? "start"]!;
    };
    const { items, error } = await collectUntilError(paginate(fetchPage));
    expect(items).toEqual(["a", "b", "c"]);
    expect(error).toBeInstanceOf(PaginationError);
    expect(calls).toEqual([null, "x", "y"]);
  });

  it("allows exactly maxPages pages", async () => {
    const api = numberedApi([1, 1, 1]);
    await expect(collect(paginate(api.fetchPage, { maxPages: 3 }))).resolves.toEqual(["item-0", "item-1", "item-2"]);
  });

  it("throws before fetching page maxPages + 1, after yielding the items already fetched", async () => {
    const api = numberedApi([2, 2, 2, 2]);
    const { items, error } = await collectUntilError(paginate(api.fetchPage, { maxPages: 3 }));
    expect(items).toEqual(["item-0", "item-1", "item-2", "item-3", "item-4", "item-5"]);
    expect(error).toBeInstanceOf(PaginationError);
    expect(api.calls).toEqual([null, "p1", "p2"]);
  });

  it("stops an endless stream of fresh cursors at 1000 pages by default", async () => {
    let calls = 0;
    const fetchPage = async (): Promise<Page<number>> => {
      calls++;
      return { items: [calls], nextCursor: `cursor-${calls}` };
    };
    const { items, error } = await collectUntilError(paginate(fetchPage));
    expect(error).toBeInstanceOf(PaginationError);
    expect(calls).toBe(1_000);
    expect(items.length).toBe(1_000);
  });

  it("PaginationError is an Error with its own name", async () => {
    const fetchPage = async (): Promise<Page<number>> => ({ items: [], nextCursor: "same" });
    const { error } = await collectUntilError(paginate(fetchPage));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("PaginationError");
  });

  it("passes a fetch error to the consumer and ends the iteration", async () => {
    let calls = 0;
    const fetchPage = async (cursor: string | null): Promise<Page<string>> => {
      calls++;
      if (cursor === "p1") throw new Error("429 Too Many Requests");
      return { items: ["a", "b"], nextCursor: "p1" };
    };
    const iterator = paginate(fetchPage);
    await iterator.next();
    await iterator.next();
    await expect(iterator.next()).rejects.toThrow("429 Too Many Requests");
    await expect(iterator.next()).resolves.toEqual({ value: undefined, done: true });
    expect(calls).toBe(2);
  });

  it.each([{ maxPages: 0 }, { maxPages: 2.5 }, { minIntervalMs: -1 }, { minIntervalMs: Number.NaN }])(
    "rejects options %p with a RangeError",
    async (options) => {
      const fetchPage = jest.fn(async (): Promise<Page<number>> => ({ items: [1], nextCursor: null }));
      await expect(paginate(fetchPage, options).next()).rejects.toThrow(RangeError);
      expect(fetchPage).not.toHaveBeenCalled();
    },
  );
});

describe("paginate: rate limit", () => {
  it("spaces fetch starts by minIntervalMs, counting the fetch's own latency", async () => {
    const api = numberedApi([1, 1, 1, 1], 100);
    const all = collect(paginate(api.fetchPage, { minIntervalMs: 250 }));
    await jest.advanceTimersByTimeAsync(2_000);
    await expect(all).resolves.toEqual(["item-0", "item-1", "item-2", "item-3"]);
    expect(api.startedAt).toEqual([0, 250, 500, 750]);
  });

  it("does not wait when the consumer was slower than minIntervalMs", async () => {
    const api = numberedApi([1, 1, 1]);
    const consume = (async () => {
      for await (const _item of paginate(api.fetchPage, { minIntervalMs: 200 })) await sleep(300);
    })();
    await jest.advanceTimersByTimeAsync(2_000);
    await consume;
    expect(api.startedAt).toEqual([0, 300, 600]);
  });

  it("waits only the remainder when the consumer was quicker", async () => {
    const api = numberedApi([1, 1, 1]);
    const consume = (async () => {
      for await (const _item of paginate(api.fetchPage, { minIntervalMs: 200 })) await sleep(50);
    })();
    await jest.advanceTimersByTimeAsync(2_000);
    await consume;
    expect(api.startedAt).toEqual([0, 200, 400]);
  });

  it("does not delay the first fetch", async () => {
    const api = numberedApi([1]);
    const all = collect(paginate(api.fetchPage, { minIntervalMs: 10_000 }));
    await jest.advanceTimersByTimeAsync(0);
    await expect(all).resolves.toEqual(["item-0"]);
    expect(api.startedAt).toEqual([0]);
  });
});
