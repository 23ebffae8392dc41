import { describe, expect, it, jest } from "@jest/globals";
import { TypedEmitter } from "./solution";

type Events = {
  ping: [n: number];
  pong: [];
  message: [from: string, text: string];
};

describe("TypedEmitter: registration", () => {
  it("calls a function registered twice once per registration", () => {
    const bus = new TypedEmitter<Events>();
    const fn = jest.fn();
    bus.on("ping", fn);
    bus.on("ping", fn);
    bus.emit("ping", 7);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(bus.listenerCount("ping")).toBe(2);
  });

  it("off() removes only the most recently added registration of the function", () => {
    const bus = new TypedEmitter<Events>();
    const order: string[] = [];
    const a = () => order.push("a");
    const b = () => order.push("b");
    bus.on("pong", a);
    bus.on("pong", b);
    bus.on("pong", a);
    bus.off("pong", a);
    bus.emit("pong");
    expect(order).toEqual(["a", "b"]);
    expect(bus.listenerCount("pong")).toBe(2);
  });

  it("off() of an unknown listener or event does nothing", () => {
    const bus = new TypedEmitter<Events>();
    const fn = jest.fn();
    bus.on("ping", fn);
    bus.off("ping", () => {});
    bus.off("pong", () => {});
    bus.emit("ping", 1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("an unsubscribe function removes exactly its own registration, once", () => {
    const bus = new TypedEmitter<Events>();
    const seen: number[] = [];
    const fn = (n: number) => seen.push(n);
    const unsubscribeFirst = bus.on("ping", fn);
    bus.on("ping", fn);
    unsubscribeFirst();
    unsubscribeFirst(); // must not remove the second registration
    bus.emit("ping", 5);
    expect(seen).toEqual([5]);
    expect(bus.listenerCount("ping")).toBe(1);
  });

  it("off() can remove a once registration before it fires", () => {
    const bus = new TypedEmitter<Events>();
    const fn = jest.fn();
    bus.once("pong", fn);
    bus.off("pong", fn);
    expect(bus.emit("pong")).toBe(false);
    expect(fn).not.toHaveBeenCalled();
  });

  it("keeps events separate", () => {
    const bus = new TypedEmitter<Events>();
    const onPing = jest.fn();
    const onMessage = jest.fn();
    bus.on("ping", onPing);
    bus.on("message", onMessage);
    bus.emit("message", "ada", "hello");
    expect(onPing).not.toHaveBeenCalled();
    expect(onMessage).toHaveBeenCalledWith("ada", "hello");
    expect(bus.listenerCount("ping")).toBe(1);
    expect(bus.listenerCount("pong")).toBe(0);
  });

  it("does not share listeners between emitter instances", () => {
    const a = new TypedEmitter<Events>();
    const b = new TypedEmitter<Events>();
    const fn = jest.fn();
    a.on("pong", fn);
    expect(b.emit("pong")).toBe(false);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe("TypedEmitter: emit", () => {
  it("returns false once every registration has been removed", () => {
    const bus = new TypedEmitter<Events>();
    const fn = jest.fn();
    const unsubscribe = bus.on("pong", fn);
    bus.once("pong", fn);
    bus.off("pong", fn);
    unsubscribe();
    expect(bus.listenerCount("pong")).toBe(0);
    expect(bus.emit("pong")).toBe(false);
    expect(fn).not.toHaveBeenCalled();
  });

  it("does not call listeners added during an emit until the next emit", () => {
    const bus = new TypedEmitter<Events>();
    let registered = 0;
    const seen: string[] = [];
    const spawner = (n: number) => {
      seen.push(`spawner ${n}`);
      registered++;
      bus.on("ping", (m) => seen.push(`child ${m}`));
    };
    bus.on("ping", spawner);
    bus.emit("ping", 1);
    expect(seen).toEqual(["spawner 1"]);
    bus.emit("ping", 2);
    expect(seen).toEqual(["spawner 1", "spawner 2", "child 2"]);
    expect(registered).toBe(2);
    expect(bus.listenerCount("ping")).toBe(3);
  });

  it("does not call a listener removed by an earlier listener's unsubscribe", () => {
    const bus = new TypedEmitter<Events>();
    const seen: string[] = [];
    let unsubscribeC = () => {};
    bus.on("ping", () => {
      seen.push("a");
      unsubscribeC();
    });
    bus.on("ping", () => seen.push("b"));
    unsubscribeC = bus.on("ping", () => seen.push("c"));
    bus.on("ping", () => seen.push("d"));
    bus.emit("ping", 1);
    expect(seen).toEqual(["a", "b", "d"]);
  });

  it("does not skip the next listener when a listener removes itself", () => {
    const bus = new TypedEmitter<Events>();
    const seen: string[] = [];
    const selfRemoving = () => {
      seen.push("self");
      bus.off("pong", selfRemoving);
    };
    bus.on("pong", selfRemoving);
    bus.on("pong", () => seen.push("next"));
    bus.on("pong", () => seen.push("last"));
    bus.emit("pong");
    bus.emit("pong");
    expect(seen).toEqual(["self", "next", "last", "next", "last"]);
  });

  it("removes a once listener before calling it, so a re-entrant emit does not call it again", () => {
    const bus = new TypedEmitter<Events>();
    const seen: number[] = [];
    bus.once("ping", (n) => {
      seen.push(n);
      expect(bus.listenerCount("ping")).toBe(0);
      bus.emit("ping", n + 1);
    });
    bus.emit("ping", 1);
    expect(seen).toEqual([1]);
  });

  it("handles a once listener among others, and several once listeners in a row", () => {
    const bus = new TypedEmitter<Events>();
    const seen: string[] = [];
    bus.once("pong", () => seen.push("once-1"));
    bus.on("pong", () => seen.push("always"));
    bus.once("pong", () => seen.push("once-2"));
    bus.once("pong", () => seen.push("once-3"));
    bus.emit("pong");
    bus.emit("pong");
    expect(seen).toEqual(["once-1", "always", "once-2", "once-3", "always"]);
    expect(bus.listenerCount("pong")).toBe(1);
  });

  it("propagates a listener's error and skips the listeners after it", () => {
    const bus = new TypedEmitter<Events>();
    const after = jest.fn();
    bus.on("ping", () => {
      throw new Error("render failed");
    });
    bus.on("ping", after);
    expect(() => bus.emit("ping", 1)).toThrow("render failed");
    expect(after).not.toHaveBeenCalled();
  });

  it("removes a once listener even if it throws", () => {
    const bus = new TypedEmitter<Events>();
    const fn = jest.fn(() => {
      throw new Error("boom");
    });
    bus.once("pong", fn);
    expect(() => bus.emit("pong")).toThrow("boom");
    expect(bus.emit("pong")).toBe(false);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("handles 10,000 once listeners in one emit", () => {
    const bus = new TypedEmitter<Events>();
    let total = 0;
    for (let i = 0; i < 10_000; i++) bus.once("ping", (n) => (total += n));
    expect(bus.emit("ping", 2)).toBe(true);
    expect(total).toBe(20_000);
    expect(bus.listenerCount("ping")).toBe(0);
    expect(bus.emit("ping", 2)).toBe(false);
  });

  it("counts listeners correctly while an emit is running", () => {
    const bus = new TypedEmitter<Events>();
    const counts: number[] = [];
    bus.once("pong", () => counts.push(bus.listenerCount("pong")));
    bus.on("pong", () => counts.push(bus.listenerCount("pong")));
    bus.emit("pong");
    expect(counts).toEqual([1, 1]);
  });
});
