import { describe, expect, it } from "vitest";
import { COMEBACK_GRACE_MS, COMEBACK_SLACK_MS, ComebackTickets } from "./comeback-tickets.ts";

function clocked(capacity: number) {
  let now = 10_000;
  const tickets = new ComebackTickets(capacity, () => now);
  return { tickets, advance: (ms: number) => (now += ms) };
}

describe("ComebackTickets", () => {
  it("admits a refused client that comes back when told, once", () => {
    const { tickets, advance } = clocked(4);
    expect(tickets.issue("ana", 8)).toBe(true);
    advance(8_000);
    expect(tickets.redeem("ana")).toBe(true);
    expect(tickets.redeem("ana")).toBe(false);
  });

  it("keeps the place of one who comes back early, and tells it the time left", () => {
    const { tickets, advance } = clocked(4);
    tickets.issue("ana", 10);
    advance(3_000);
    expect(tickets.redeem("ana")).toBe(false);
    expect(tickets.secondsUntilDue("ana")).toBe(6);
    // Asking again does not push the time back.
    expect(tickets.issue("ana", 30)).toBe(true);
    advance(10_000 - 3_000 - COMEBACK_SLACK_MS);
    expect(tickets.redeem("ana")).toBe(true);
  });

  it("lets a ticket lapse after the grace period, so a client that never returns holds no place", () => {
    const { tickets, advance } = clocked(4);
    tickets.issue("ana", 2);
    expect(tickets.outstanding).toBe(1);
    advance(2_000 + COMEBACK_GRACE_MS + 1);
    expect(tickets.outstanding).toBe(0);
    expect(tickets.redeem("ana")).toBe(false);
  });

  it("issues no more than its capacity, which bounds how far the queue can overflow", () => {
    const { tickets } = clocked(2);
    expect([tickets.issue("a", 5), tickets.issue("b", 5), tickets.issue("c", 5)]).toEqual([true, true, false]);
    expect(tickets.outstanding).toBe(2);
    expect(tickets.redeem("c")).toBe(false);
  });

  it("gives nothing to a client that holds no ticket", () => {
    const { tickets } = clocked(2);
    expect(tickets.redeem("stranger")).toBe(false);
    expect(tickets.secondsUntilDue("stranger")).toBeUndefined();
  });
});
