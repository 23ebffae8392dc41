import { describe, expect, it, jest } from "@jest/globals";
import { throttle } from "./solution";

function recorder() {
  const t0 = Date.now();
  const log: unknown[][] = [];
  const fn = (...args: unknown[]): void => {
    log.push([Date.now() - t0, ...args]);
  };
  return { fn, log, at: () => log.map((entry) => entry[0]) };
}

describe("throttle: leading and trailing (defaults)", () => {
  it("never delivers a single call twice", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 100);
    send("only");
    jest.advanceTimersByTime(1_000);
    expect(log).toEqual([[0, "only"]]);
  });

  it("delivers the trailing call exactly when the window ends", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 100);
    send(1);
    send(2);
    jest.advanceTimersByTime(99);
    expect(log).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(log).toEqual([
      [0, 1],
      [100, 2],
    ]);
  });

  it("opens a new window after a trailing delivery, so deliveries stay waitMs apart", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 100);
    send("a"); // t = 0, delivered
    jest.advanceTimersByTime(50);
    send("b"); // t = 50, pending → delivered at 100, window 100–200
    jest.advanceTimersByTime(100);
    send("c"); // t = 150, inside the new window: pending → 200
    jest.advanceTimersByTime(49);
    expect(log).toEqual([
      [0, "a"],
      [100, "b"],
    ]);
    jest.advanceTimersByTime(1);
    expect(log).toEqual([
      [0, "a"],
      [100, "b"],
      [200, "c"],
    ]);
  });

  it("does not let a steady stream of calls extend the window", () => {
    const { fn, log, at } = recorder();
    const send = throttle(fn, 100);
    for (let t = 0; t < 1_000; t += 10) {
      send(t);
      jest.advanceTimersByTime(10);
    }
    jest.advanceTimersByTime(1_000);
    expect(at()).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1_000]);
    // Each trailing delivery carries the latest call of its window.
    expect(log[1]).toEqual([100, 90]);
    expect(log[10]).toEqual([1_000, 990]);
  });

  it("becomes idle when a window ends with nothing pending", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 100);
    send("a");
    jest.advanceTimersByTime(130);
    send("b"); // the window ended at 100 with nothing pending: delivered at once
    expect(log).toEqual([
      [0, "a"],
      [130, "b"],
    ]);
    jest.advanceTimersByTime(60);
    send("c"); // inside the window 130–230
    jest.advanceTimersByTime(100);
    expect(log).toEqual([
      [0, "a"],
      [130, "b"],
      [230, "c"],
    ]);
  });

  it("passes every argument and the `this` of the delivered call", () => {
    const seen: [string, number, string][] = [];
    function track(this: { id: string }, x: number, label: string): void {
      seen.push([this.id, x, label]);
    }
    const shared = throttle(track, 100);
    const a = { id: "a", track: shared };
    const b = { id: "b", track: shared };
    a.track(1, "one");
    a.track(2, "two");
    b.track(3, "three");
    jest.advanceTimersByTime(100);
    expect(seen).toEqual([
      ["a", 1, "one"],
      ["b", 3, "three"],
    ]);
  });
});

describe("throttle: options", () => {
  it("leading: false delivers the latest call at the end of the first window", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 100, { leading: false });
    send("a");
    expect(log).toEqual([]);
    jest.advanceTimersByTime(40);
    send("b");
    jest.advanceTimersByTime(60);
    expect(log).toEqual([[100, "b"]]);
    jest.advanceTimersByTime(500);
    expect(log).toEqual([[100, "b"]]);
    send("c"); // t = 600, idle: a new window, delivered at its end
    jest.advanceTimersByTime(100);
    expect(log).toEqual([
      [100, "b"],
      [700, "c"],
    ]);
  });

  it("trailing: false does not extend the window with dropped calls", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 100, { trailing: false });
    send("a");
    jest.advanceTimersByTime(50);
    send("b");
    jest.advanceTimersByTime(49);
    send("c"); // t = 99: dropped
    jest.advanceTimersByTime(1);
    send("d"); // t = 100: the window has ended, delivered at once
    jest.advanceTimersByTime(1_000);
    expect(log).toEqual([
      [0, "a"],
      [100, "d"],
    ]);
  });

  it("never calls fn when both leading and trailing are false", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 50, { leading: false, trailing: false });
    send(1);
    jest.advanceTimersByTime(20);
    send(2);
    jest.advanceTimersByTime(200);
    send(3);
    jest.advanceTimersByTime(200);
    expect(log).toEqual([]);
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])("rejects waitMs %p with a RangeError", (waitMs) => {
    expect(() => throttle(() => {}, waitMs)).toThrow(RangeError);
  });
});

describe("throttle: cancel and edge cases", () => {
  it("after cancel(), the next call is delivered at once", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 100);
    send("a");
    jest.advanceTimersByTime(20);
    send("b");
    send.cancel();
    jest.advanceTimersByTime(10);
    send("c");
    jest.advanceTimersByTime(500);
    expect(log).toEqual([
      [0, "a"],
      [30, "c"],
    ]);
  });

  it("cancel() while idle, or twice, changes nothing", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 100);
    send.cancel();
    send("a");
    jest.advanceTimersByTime(200);
    send.cancel();
    send.cancel();
    send("b");
    expect(log).toEqual([
      [0, "a"],
      [200, "b"],
    ]);
  });

  it("a call made from inside fn during a trailing delivery waits for the next window", () => {
    const t0 = Date.now();
    const log: [number, number][] = [];
    const send = throttle((n: number) => {
      log.push([Date.now() - t0, n]);
      if (n === 2) send(3);
    }, 100);
    send(1);
    send(2);
    jest.advanceTimersByTime(1_000);
    expect(log).toEqual([
      [0, 1],
      [100, 2],
      [200, 3],
    ]);
  });

  it("keeps separate throttled functions independent", () => {
    const f = recorder();
    const g = recorder();
    const tf = throttle(f.fn, 100);
    const tg = throttle(g.fn, 300);
    tf(1);
    tg(1);
    tf(2);
    tg(2);
    jest.advanceTimersByTime(300);
    expect(f.log).toEqual([
      [0, 1],
      [100, 2],
    ]);
    expect(g.log).toEqual([
      [0, 1],
      [300, 2],
    ]);
  });

  it("still opens the window when fn throws on a leading call", () => {
    const log: number[] = [];
    const send = throttle((n: number) => {
      log.push(n);
      if (n === 1) throw new Error("analytics endpoint down");
    }, 100);
    expect(() => send(1)).toThrow("analytics endpoint down");
    send(2); // still inside the window opened by the first call
    expect(log).toEqual([1]);
    jest.advanceTimersByTime(100);
    expect(log).toEqual([1, 2]);
  });
});
