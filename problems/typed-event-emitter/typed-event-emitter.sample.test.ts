import { describe, expect, it, jest } from "@jest/globals";
import { TypedEmitter } from "./solution";

type Events = {
  "cursor:moved": [userId: string, x: number, y: number];
  saved: [version: number];
};

describe("TypedEmitter (samples)", () => {
  it("calls listeners in registration order with the emitted arguments", () => {
    const bus = new TypedEmitter<Events>();
    const calls: string[] = [];
    bus.on("cursor:moved", (user, x, y) => calls.push(`a ${user} ${x},${y}`));
    bus.on("cursor:moved", (user) => calls.push(`b ${user}`));
    expect(bus.emit("cursor:moved", "u1", 10, 20)).toBe(true);
    expect(calls).toEqual(["a u1 10,20", "b u1"]);
    expect(bus.emit("saved", 3)).toBe(false);
  });

  it("once listeners run a single time; unsubscribe removes a listener", () => {
    const bus = new TypedEmitter<Events>();
    const onSaved = jest.fn();
    const onFirstSave = jest.fn();
    const unsubscribe = bus.on("saved", onSaved);
    bus.once("saved", onFirstSave);
    bus.emit("saved", 1);
    unsubscribe();
    bus.emit("saved", 2);
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(onFirstSave).toHaveBeenCalledTimes(1);
    expect(onFirstSave).toHaveBeenCalledWith(1);
    expect(bus.listenerCount("saved")).toBe(0);
  });

  it("does not call a listener removed earlier in the same emit, nor one added during it", () => {
    const bus = new TypedEmitter<Events>();
    const seen: string[] = [];
    const second = () => seen.push("second");
    const first = () => {
      seen.push("first");
      bus.off("saved", second);
      bus.on("saved", () => seen.push("late"));
    };
    bus.on("saved", first);
    bus.on("saved", second);
    bus.emit("saved", 1);
    expect(seen).toEqual(["first"]);
    bus.off("saved", first);
    bus.emit("saved", 2);
    expect(seen).toEqual(["first", "late"]);
  });
});
