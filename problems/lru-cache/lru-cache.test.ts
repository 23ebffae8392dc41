import { beforeEach, describe, expect, it, jest } from "@jest/globals";
import { LRUCache } from "./solution";

describe("LRUCache: construction", () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects capacity %p", (capacity) => {
    expect(() => new LRUCache<string, number>(capacity)).toThrow(RangeError);
  });

  it("exposes its capacity and starts empty", () => {
    const cache = new LRUCache<string, number>(3);
    expect(cache.capacity).toBe(3);
    expect(cache.size).toBe(0);
  });
});

describe("LRUCache: behaviour", () => {
  let cache: LRUCache<string, number>;
  beforeEach(() => {
    cache = new LRUCache<string, number>(3);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("c", 3);
  });

  it("replaces the value of an existing key without evicting when full", () => {
    cache.put("b", 20);
    expect(cache.size).toBe(3);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("b")).toBe(20);
    expect(cache.get("c")).toBe(3);
  });

  it("counts an update as a use", () => {
    cache.put("a", 10);
    cache.put("d", 4);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(10);
  });

  it("evicts in least-recently-used order over several inserts", () => {
    cache.get("a");
    cache.put("d", 4); // evicts b
    cache.put("e", 5); // evicts c
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("c")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("d")).toBe(4);
    expect(cache.get("e")).toBe(5);
    expect(cache.size).toBe(3);
  });

  it("does not change recency or size when a missing key is read", () => {
    expect(cache.get("nope")).toBeUndefined();
    cache.put("d", 4);
    expect(cache.size).toBe(3);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBe(2);
  });
});

describe("LRUCache: edge cases", () => {
  it("works with capacity 1", () => {
    const cache = new LRUCache<string, string>(1);
    cache.put("x", "first");
    cache.put("y", "second");
    expect(cache.get("x")).toBeUndefined();
    expect(cache.get("y")).toBe("second");
    cache.put("y", "third");
    expect(cache.get("y")).toBe("third");
    expect(cache.size).toBe(1);
  });

  it("treats falsy values as present, and reading them counts as a use", () => {
    const cache = new LRUCache<string, unknown>(4);
    cache.put("zero", 0);
    cache.put("empty", "");
    cache.put("no", false);
    cache.put("nothing", null);
    expect(cache.get("zero")).toBe(0);
    expect(cache.get("empty")).toBe("");
    expect(cache.get("no")).toBe(false);
    expect(cache.get("nothing")).toBeNull();
    cache.get("zero");
    cache.put("new", 1); // "empty" is now the least recently used
    expect(cache.get("empty")).toBeUndefined();
    expect(cache.get("zero")).toBe(0);
  });

  it("compares object keys by identity", () => {
    const cache = new LRUCache<object, string>(2);
    const k1 = { id: 1 };
    const k2 = { id: 1 };
    cache.put(k1, "one");
    expect(cache.get(k2)).toBeUndefined();
    cache.put(k2, "two");
    expect(cache.get(k1)).toBe("one");
    expect(cache.get(k2)).toBe("two");
    expect(cache.size).toBe(2);
  });
});

describe("LRUCache: onEvict", () => {
  it("reports each evicted entry with its key and value", () => {
    const onEvict = jest.fn();
    const cache = new LRUCache<string, number>(2, onEvict);
    cache.put("a", 1);
    cache.put("b", 2);
    expect(onEvict).toHaveBeenCalledTimes(0);
    cache.put("c", 3);
    expect(onEvict).toHaveBeenCalledTimes(1);
    expect(onEvict).toHaveBeenCalledWith("a", 1);
    cache.get("b");
    cache.put("d", 4);
    expect(onEvict).toHaveBeenCalledTimes(2);
    expect(onEvict).toHaveBeenCalledWith("c", 3);
  });

  it("is not called when a value is replaced", () => {
    const onEvict = jest.fn();
    const cache = new LRUCache<string, number>(2, onEvict);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("a", 100);
    cache.put("b", 200);
    expect(onEvict).toHaveBeenCalledTimes(0);
    expect(cache.size).toBe(2);
  });
});

/** A deliberately simple model: an array ordered from least to most recently used. */
class ModelLRU {
  readonly entries: Array<[number, number]> = [];
  readonly capacity: number;
  constructor(capacity: number) {
    this.capacity = capacity;
  }
  get(key: number): number | undefined {
    const i = this.entries.findIndex(([k]) => k === key);
    if (i < 0) return undefined;
    const [entry] = this.entries.splice(i, 1);
    this.entries.push(entry!);
    return entry![1];
  }
  put(key: number, value: number): void {
    const i = this.entries.findIndex(([k]) => k === key);
    if (i >= 0) this.entries.splice(i, 1);
    else if (this.entries.length === this.capacity) this.entries.shift();
    this.entries.push([key, value]);
  }
}

describe("LRUCache: against a model", () => {
  it("agrees with a reference model on 5,000 mixed operations", () => {
    const cache = new LRUCache<number, number>(7);
    const model = new ModelLRU(7);
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const mismatches: string[] = [];
    for (let op = 0; op < 5000; op++) {
      const key = random(12);
      if (random(2) === 0) {
        const got = cache.get(key);
        const want = model.get(key);
        if (got !== want) mismatches.push(`op ${op}: get(${key}) returned ${got}, expected ${want}`);
      } else {
        cache.put(key, op);
        model.put(key, op);
      }
      if (cache.size !== model.entries.length) mismatches.push(`op ${op}: size ${cache.size}, expected ${model.entries.length}`);
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it("evicts in exact LRU order when every insert forces an eviction", () => {
    const capacity = 1_000;
    const cache = new LRUCache<number, number>(capacity);
    for (let k = 0; k < capacity; k++) cache.put(k, k);
    // Round r reads key r, then inserts a new key. Only rounds 0, 1,000 and 2,000 find
    // their key: every other key r was evicted in round r - 1, having become the oldest.
    let hits = 0;
    for (let round = 0; round < 2_500; round++) {
      if (cache.get(round) === round) hits++;
      cache.put(capacity + round, capacity + round);
    }
    expect(hits).toBe(3);
    expect(cache.size).toBe(capacity);
  });

  it("keeps get and put O(1) with 50,000 entries and 200,000 operations", () => {
    const capacity = 50_000;
    const cache = new LRUCache<number, number>(capacity);
    for (let k = 0; k < capacity; k++) cache.put(k, -k);
    // 7919 is coprime with 50,000, so each block of 50,000 reads touches every key once.
    let hits = 0;
    for (let r = 0; r < 150_000; r++) {
      const key = (r * 7919) % capacity;
      if (cache.get(key) === -key) hits++;
    }
    expect(hits).toBe(150_000);
    // The last block decides recency: its first 1,000 keys are now the oldest.
    for (let k = 0; k < 1_000; k++) cache.put(capacity + k, k);
    expect(cache.size).toBe(capacity);
    expect(cache.get(0)).toBeUndefined();
    expect(cache.get((999 * 7919) % capacity)).toBeUndefined();
    expect(cache.get((1_000 * 7919) % capacity)).toBe(-((1_000 * 7919) % capacity));
    expect(cache.get(capacity + 999)).toBe(999);
  });
});
