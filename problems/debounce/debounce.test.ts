import { beforeEach, describe, expect, it, jest } from "@jest/globals";
import { debounce } from "./solution";

beforeEach(() => {
  jest.useFakeTimers();
});

describe("debounce: trailing (default)", () => {
  it("waits exactly waitMs after the latest call", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 100);
    debounced();
    jest.advanceTimersByTime(60);
    debounced();
    jest.advanceTimersByTime(60);
    debounced();
    jest.advanceTimersByTime(99);
    expect(fn).toHaveBeenCalledTimes(0);
    jest.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("delivers every argument of the latest call", () => {
    const fn = jest.fn((_a: number, _b: string, _c: { ok: boolean }) => {});
    const debounced = debounce(fn, 50);
    debounced(1, "one", { ok: false });
    debounced(2, "two", { ok: true });
    jest.advanceTimersByTime(50);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith(2, "two", { ok: true });
  });

  it("starts a new burst after the previous one ended", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 100);
    debounced("first");
    jest.advanceTimersByTime(100);
    debounced("second");
    jest.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn).toHaveBeenCalledWith("first");
    expect(fn).toHaveBeenCalledWith("second");
  });

  it("calls fn with the `this` of the latest call", () => {
    const seen: string[] = [];
    function record(this: { name: string }): void {
      seen.push(this.name);
    }
    const shared = debounce(record, 100);
    const a = { name: "a", save: shared };
    const b = { name: "b", save: shared };
    a.save();
    b.save();
    jest.advanceTimersByTime(100);
    expect(seen).toEqual(["b"]);
  });

  it("keeps separate debounced functions independent", () => {
    const f = jest.fn();
    const g = jest.fn();
    const df = debounce(f, 100);
    const dg = debounce(g, 300);
    df();
    dg();
    jest.advanceTimersByTime(100);
    expect(f).toHaveBeenCalledTimes(1);
    expect(g).toHaveBeenCalledTimes(0);
    jest.advanceTimersByTime(200);
    expect(g).toHaveBeenCalledTimes(1);
  });
});

describe("debounce: leading", () => {
  it("leading + trailing: first call now, latest call at the end of the burst", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 100, { leading: true, trailing: true });
    debounced("a");
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith("a");
    jest.advanceTimersByTime(50);
    debounced("b");
    debounced("c");
    jest.advanceTimersByTime(99);
    expect(fn).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn).toHaveBeenCalledWith("c");
    expect(fn).not.toHaveBeenCalledWith("b");
  });

  it("leading only: the burst lasts until waitMs after the LATEST call", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 100, { leading: true, trailing: false });
    debounced(1); // t = 0: delivered
    jest.advanceTimersByTime(50);
    debounced(2); // t = 50: burst now ends at 150
    jest.advanceTimersByTime(70);
    debounced(3); // t = 120: still in the burst, which now ends at 220
    jest.advanceTimersByTime(95);
    debounced(4); // t = 215: still in the burst
    expect(fn).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(100);
    debounced(5); // t = 315: the burst ended at 315, this starts a new one
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn).toHaveBeenCalledWith(5);
    jest.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("never calls fn when both leading and trailing are false", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 10, { leading: false, trailing: false });
    debounced();
    debounced();
    jest.advanceTimersByTime(100);
    debounced();
    jest.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(0);
  });
});

describe("debounce: cancel and flush", () => {
  it("after cancel(), the next call starts a new burst", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 100, { leading: true });
    debounced("a");
    debounced("b");
    debounced.cancel();
    debounced("c");
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn).toHaveBeenCalledWith("c");
    jest.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn).not.toHaveBeenCalledWith("b");
  });

  it("flush() delivers the pending call now, and not again later", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 100);
    debounced("a");
    debounced("b");
    debounced.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith("b");
    jest.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("flush() and cancel() with nothing pending do nothing", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 100);
    debounced.flush();
    debounced.cancel();
    debounced("x");
    jest.advanceTimersByTime(100);
    debounced.flush();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("flush() after a lone leading call delivers nothing more, and ends the burst", () => {
    const fn = jest.fn();
    const debounced = debounce(fn, 100, { leading: true, trailing: true });
    debounced("a");
    debounced.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    debounced("b"); // a new burst: delivered at once
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn).toHaveBeenCalledWith("b");
    jest.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});

describe("debounce: arguments", () => {
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects waitMs %p", (waitMs) => {
    expect(() => debounce(() => {}, waitMs)).toThrow(RangeError);
  });
});
