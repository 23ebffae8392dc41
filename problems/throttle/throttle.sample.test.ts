import { describe, expect, it, jest } from "@jest/globals";
import { throttle } from "./solution";

/** A recorder: `fn` logs [time since creation, ...args]. */
function recorder() {
  const t0 = Date.now();
  const log: unknown[][] = [];
  const fn = (...args: unknown[]): void => {
    log.push([Date.now() - t0, ...args]);
  };
  return { fn, log };
}

describe("throttle (samples)", () => {
  it("delivers the first call at once and the latest call at the end of each window", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 100);
    send(10);
    jest.advanceTimersByTime(30);
    send(20);
    jest.advanceTimersByTime(30);
    send(30);
    jest.advanceTimersByTime(90); // t = 150
    send(40);
    jest.advanceTimersByTime(270); // t = 420
    send(50);
    expect(log).toEqual([
      [0, 10],
      [100, 30],
      [200, 40],
      [420, 50],
    ]);
  });

  it("with trailing: false, drops calls made inside the window", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 100, { trailing: false });
    send("a");
    jest.advanceTimersByTime(50);
    send("b");
    jest.advanceTimersByTime(100);
    send("c");
    expect(log).toEqual([
      [0, "a"],
      [150, "c"],
    ]);
  });

  it("cancel() drops the pending call", () => {
    const { fn, log } = recorder();
    const send = throttle(fn, 100);
    send("a");
    send("b");
    send.cancel();
    jest.advanceTimersByTime(500);
    expect(log).toEqual([[0, "a"]]);
  });
});
