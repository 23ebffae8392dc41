import { describe, expect, it } from "vitest";
import { elapsedMs, formatClock, parseRound, remainingMs, startRound } from "./mock-round.ts";

const T0 = 1_700_000_000_000;

describe("mock round clock", () => {
  it("counts down from the chosen length", () => {
    const round = startRound(45, T0);
    expect(remainingMs(round, T0)).toBe(45 * 60_000);
    expect(remainingMs(round, T0 + 61_000)).toBe(45 * 60_000 - 61_000);
    expect(elapsedMs(round, T0 + 61_000)).toBe(61_000);
  });

  it("goes negative once the round overruns", () => {
    expect(remainingMs(startRound(15, T0), T0 + 16 * 60_000)).toBe(-60_000);
  });

  it("stops at the moment the round finished", () => {
    const round = { ...startRound(30, T0), finishedAt: T0 + 600_000 };
    expect(elapsedMs(round, T0 + 900_000)).toBe(600_000);
    expect(remainingMs(round, T0 + 900_000)).toBe(20 * 60_000);
  });

  it("never counts time before the start (a clock set back)", () => {
    expect(elapsedMs(startRound(30, T0), T0 - 5_000)).toBe(0);
  });
});

describe("formatClock", () => {
  it.each([
    [45 * 60_000, "45:00"],
    [245_000, "4:05"],
    [244_001, "4:05"],
    [999, "0:01"],
    [0, "0:00"],
    [3_723_000, "1:02:03"],
    [-61_000, "1:01"],
  ])("shows %i ms as %s", (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});

describe("parseRound", () => {
  it("reads a stored round and refuses anything malformed", () => {
    expect(parseRound({ startedAt: T0, durationMs: 60_000 })).toEqual({ startedAt: T0, durationMs: 60_000 });
    expect(parseRound({ startedAt: T0, durationMs: 60_000, finishedAt: T0 + 1 })).toEqual({ startedAt: T0, durationMs: 60_000, finishedAt: T0 + 1 });
    expect(parseRound({ startedAt: "now", durationMs: 60_000 })).toBeUndefined();
    expect(parseRound({ startedAt: T0, durationMs: 0 })).toBeUndefined();
    expect(parseRound({ startedAt: T0, durationMs: 1, finishedAt: "x" })).toBeUndefined();
    expect(parseRound("45")).toBeUndefined();
  });
});
