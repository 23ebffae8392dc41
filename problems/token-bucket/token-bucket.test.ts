import { beforeEach, describe, expect, it, jest } from "@jest/globals";
import { TokenBucket } from "./solution";

const T0 = 1_700_000_000_000;

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(T0);
});

describe("TokenBucket: refill", () => {
  it("never holds more than capacity, however long it idles", () => {
    const bucket = new TokenBucket(4, 10);
    jest.advanceTimersByTime(60 * 60 * 1000);
    expect(bucket.available()).toBe(4);
    bucket.tryRemove(4);
    jest.advanceTimersByTime(60 * 60 * 1000);
    expect(bucket.available()).toBe(4);
    expect(bucket.tryRemove(4)).toBe(true);
    expect(bucket.tryRemove()).toBe(false);
  });

  it("keeps fractional refill between frequent calls", () => {
    const bucket = new TokenBucket(2, 1);
    bucket.tryRemove(2);
    jest.advanceTimersByTime(600);
    expect(bucket.tryRemove()).toBe(false); // 0.6
    jest.advanceTimersByTime(600);
    expect(bucket.tryRemove()).toBe(true); // 1.2 → 0.2
    jest.advanceTimersByTime(600);
    expect(bucket.tryRemove()).toBe(false); // 0.8
    jest.advanceTimersByTime(600);
    expect(bucket.tryRemove()).toBe(true); // 1.4 → 0.4
    expect(bucket.available()).toBeCloseTo(0.4);
  });

  it("does not lose time when it is polled constantly", () => {
    const bucket = new TokenBucket(1, 2);
    bucket.tryRemove();
    let granted = 0;
    for (let ms = 1; ms <= 10_000; ms++) {
      jest.advanceTimersByTime(1);
      bucket.available();
      if (bucket.tryRemove()) granted++;
    }
    expect(granted).toBe(20);
  });

  it("grants the next token at exactly the right millisecond (exact accounting)", () => {
    const bucket = new TokenBucket(1, 100);
    bucket.tryRemove();
    const grantedAt: number[] = [];
    for (let ms = 1; ms <= 50; ms++) {
      jest.advanceTimersByTime(1);
      if (bucket.tryRemove()) grantedAt.push(ms);
    }
    expect(grantedAt).toEqual([10, 20, 30, 40, 50]);
  });

  it("allows the burst, then exactly the sustained rate", () => {
    const bucket = new TokenBucket(10, 5);
    let granted = 0;
    for (let t = 0; t <= 10_000; t += 10) {
      if (t > 0) jest.advanceTimersByTime(10);
      if (bucket.tryRemove()) granted++;
    }
    expect(granted).toBe(60);
  });

  it("never refills when refillPerSecond is 0", () => {
    const bucket = new TokenBucket(2, 0);
    expect(bucket.tryRemove(2)).toBe(true);
    jest.advanceTimersByTime(365 * 24 * 3600 * 1000);
    expect(bucket.available()).toBe(0);
    expect(bucket.tryRemove()).toBe(false);
  });

  it("starts full at construction, not at the first call", () => {
    const bucket = new TokenBucket(3, 1);
    jest.advanceTimersByTime(5_000);
    expect(bucket.available()).toBe(3);
  });
});

describe("TokenBucket: removal", () => {
  it("a refused request takes nothing and keeps accumulating", () => {
    const bucket = new TokenBucket(5, 1);
    bucket.tryRemove(5);
    jest.advanceTimersByTime(2_500);
    expect(bucket.tryRemove(3)).toBe(false);
    expect(bucket.available()).toBeCloseTo(2.5);
    jest.advanceTimersByTime(500);
    expect(bucket.tryRemove(3)).toBe(true);
    expect(bucket.available()).toBeCloseTo(0);
  });

  it("refuses a request larger than capacity without taking anything", () => {
    const bucket = new TokenBucket(3, 1);
    expect(bucket.tryRemove(4)).toBe(false);
    expect(bucket.available()).toBe(3);
  });

  it("accepts fractional requests", () => {
    const bucket = new TokenBucket(1, 1);
    expect(bucket.tryRemove(0.5)).toBe(true);
    expect(bucket.tryRemove(0.5)).toBe(true);
    expect(bucket.tryRemove(0.5)).toBe(false);
    jest.advanceTimersByTime(250);
    expect(bucket.tryRemove(0.25)).toBe(true);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("rejects n = %p", (n) => {
    const bucket = new TokenBucket(3, 1);
    expect(() => bucket.tryRemove(n)).toThrow(RangeError);
    expect(bucket.available()).toBe(3);
  });

  it("keeps buckets independent", () => {
    const a = new TokenBucket(1, 1);
    const b = new TokenBucket(1, 1);
    expect(a.tryRemove()).toBe(true);
    expect(b.tryRemove()).toBe(true);
    expect(a.tryRemove()).toBe(false);
    jest.advanceTimersByTime(1_000);
    expect(a.tryRemove()).toBe(true);
    expect(b.available()).toBe(1);
  });
});

describe("TokenBucket: construction and clock", () => {
  it.each([
    [0, 1],
    [-5, 1],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
    [5, -1],
    [5, Number.NaN],
    [5, Number.POSITIVE_INFINITY],
  ])("rejects capacity %p with refillPerSecond %p", (capacity, refillPerSecond) => {
    expect(() => new TokenBucket(capacity, refillPerSecond)).toThrow(RangeError);
  });

  it("treats a clock that moves backwards as no time passing", () => {
    const bucket = new TokenBucket(5, 1);
    bucket.tryRemove(5);
    jest.setSystemTime(T0 - 10_000);
    expect(bucket.available()).toBe(0);
    expect(bucket.tryRemove()).toBe(false);
    jest.setSystemTime(T0 + 60_000);
    expect(bucket.available()).toBe(5);
  });
});
