import { describe, expect, it } from "vitest";
import { clockOffsetMs, msUntilNextTick, remainingMs, serverTimeAt, toMs } from "./attempt-clock.ts";
import { formatClock } from "./mock-round.ts";

const T0 = 1_700_000_000_000;

describe("the attempt clock, corrected for this browser's skew", () => {
  it("measures the server as ahead or behind, from the middle of the round trip", () => {
    // Sent at T0, answered at T0 + 200: the server read its clock at about T0 + 100.
    expect(clockOffsetMs(T0 + 100 + 90_000, T0, T0 + 200)).toBe(90_000);
    expect(clockOffsetMs(T0 + 100 - 90_000, T0, T0 + 200)).toBe(-90_000);
    expect(serverTimeAt(T0, 90_000)).toBe(T0 + 90_000);
  });

  it("counts down to the server's deadline, not the local clock's", () => {
    const deadline = T0 + 30 * 60_000;
    // This browser's clock is 2 minutes slow: the server is already 2 minutes further on.
    const offset = clockOffsetMs(T0 + 120_000, T0, T0);
    expect(remainingMs(deadline, T0, offset)).toBe(28 * 60_000);
    expect(formatClock(remainingMs(deadline, T0, offset))).toBe("28:00");
    // A clock 2 minutes fast: the server is behind it, so the full half hour is still left.
    expect(remainingMs(deadline, T0 + 120_000, -120_000)).toBe(30 * 60_000);
  });

  it("never goes below zero", () => {
    expect(remainingMs(T0, T0 + 5_000, 0)).toBe(0);
    expect(remainingMs(T0, T0 - 5_000, 10_000)).toBe(0);
  });

  it("ticks when the shown second changes", () => {
    expect(msUntilNextTick(61_000)).toBe(1000);
    expect(msUntilNextTick(60_250)).toBe(250);
    expect(msUntilNextTick(0)).toBe(1000);
  });

  it("reads the server's times as ISO strings or numbers", () => {
    expect(toMs("2023-11-14T22:13:20.000Z")).toBe(T0);
    expect(toMs(T0)).toBe(T0);
    expect(toMs(null)).toBeNull();
    expect(toMs("not a date")).toBeNull();
  });
});
