import { describe, expect, it } from "@jest/globals";
import { LRUCache } from "./solution";

describe("LRUCache (samples)", () => {
  it("returns stored values and undefined for missing keys", () => {
    const cache = new LRUCache<string, number>(2);
    cache.put("a", 1);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("zzz")).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it("evicts the least recently used entry when full", () => {
    const cache = new LRUCache<string, number>(2);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("c", 3);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBe(2);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("counts a get as a use", () => {
    const cache = new LRUCache<string, number>(2);
    cache.put("a", 1);
    cache.put("b", 2);
    expect(cache.get("a")).toBe(1);
    cache.put("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
  });
});
