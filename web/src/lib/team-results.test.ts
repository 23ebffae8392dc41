import { describe, expect, it } from "vitest";
import { formatDuration, itemOutcome, type ResultAttemptInput, resultsTable } from "./team-results.ts";

const coding = { position: 1, kind: "coding", title: "Two sum", points: 10 };
const design = { position: 2, kind: "design", title: "Chat", points: 5 };

const attempt = (over: Partial<ResultAttemptInput>): ResultAttemptInput => ({
  id: "a1",
  candidate: { name: "Ada", email: "ada@example.com" },
  status: "submitted",
  timeTakenMs: 65 * 60_000,
  awardedPoints: 12.5,
  maxPoints: 15,
  items: [
    { ...coding, awardedPoints: 10, verdict: "Accepted", passed: 12, total: 12 },
    { ...design, awardedPoints: 2.5, verdict: null, score: 50 },
  ],
  ...over,
});

describe("resultsTable", () => {
  it("puts candidates side by side, a column per item, with points, outcome and total", () => {
    const { columns, rows } = resultsTable([attempt({})]);
    expect(columns).toEqual([coding, design]);
    expect(rows).toEqual([
      {
        id: "a1",
        candidate: "Ada",
        email: "ada@example.com",
        status: "Submitted",
        cells: [
          { points: "10 / 10", outcome: "Accepted · 12/12 tests", tone: "full" },
          { points: "2.5 / 5", outcome: "Score 50/100", tone: "partial" },
        ],
        total: "12.5 / 15",
        timeTaken: "1 h 05 min",
      },
    ]);
  });

  it("shows a running attempt as not graded yet, a closed one without work as no answer, and a missing item as a gap", () => {
    const running = attempt({ id: "a2", status: "in_progress", candidate: { name: "", email: "bo@example.com" }, awardedPoints: null, timeTakenMs: null, items: [{ ...coding, awardedPoints: null, verdict: null }] });
    const expired = attempt({
      id: "a3",
      status: "expired",
      awardedPoints: 0,
      items: [
        { ...coding, awardedPoints: 0, verdict: "Wrong Answer", passed: 3, total: 12 },
        { ...design, awardedPoints: 0, verdict: null, score: null },
      ],
    });
    const { rows } = resultsTable([attempt({}), running, expired]);
    expect(rows[1]).toMatchObject({
      candidate: "bo@example.com",
      status: "In progress",
      cells: [{ points: "— / 10", outcome: "Not graded yet", tone: "pending" }, undefined],
      total: "— / 15",
      timeTaken: "—",
    });
    expect(rows[2]).toMatchObject({
      status: "Time ran out",
      cells: [
        { points: "0 / 10", outcome: "Wrong Answer · 3/12 tests", tone: "none" },
        { points: "0 / 5", outcome: "No answer", tone: "none" },
      ],
      total: "0 / 15",
    });
  });

  it("takes column titles from the first attempt holding each position, sorted by position", () => {
    const later = attempt({ id: "b", items: [{ ...design, position: 3, title: "Chat v2" }] });
    expect(resultsTable([later, attempt({})]).columns.map((c) => `${c.position}:${c.title}`)).toEqual(["1:Two sum", "2:Chat", "3:Chat v2"]);
  });
});

describe("formatDuration", () => {
  it("reads as seconds, minutes, or hours and minutes", () => {
    expect(formatDuration(35_400)).toBe("35 s");
    expect(formatDuration(42 * 60_000 + 10_000)).toBe("42 min");
    expect(formatDuration(2 * 3_600_000)).toBe("2 h 00 min");
    expect(formatDuration(null)).toBe("—");
  });
});

describe("itemOutcome", () => {
  it("says no answer when there is neither a verdict nor a score", () => {
    expect(itemOutcome({ ...coding, verdict: null, score: null })).toBe("No answer");
    expect(itemOutcome({ ...coding, verdict: "Compile Error", passed: 0, total: 0 })).toBe("Compile Error");
  });
});
