import { describe, expect, it } from "vitest";
import { findQuantities } from "./quantities.ts";
import { analyzeStar } from "./star.ts";
import { analyzeText } from "./text.ts";

function star(text: string) {
  const t = analyzeText(text);
  const a = analyzeStar(t, findQuantities(text));
  const quote = (part: keyof typeof a.parts) => {
    const i = a.parts[part].evidenceSentence;
    return i === undefined ? undefined : text.slice(t.sentences[i]!.start, t.sentences[i]!.end);
  };
  return { ...a, quote };
}

const UNHEADED = [
  "At my last company our checkout service kept timing out during sales.",
  "My job was to get p99 latency under control before Black Friday.",
  "I profiled the service and found an N+1 query in the cart code.",
  "I rewrote the query, added a cache for prices and set up a load test.",
  "As a result p99 latency dropped from 2 s to 300 ms and we had no timeouts that Black Friday.",
].join(" ");

describe("analyzeStar", () => {
  it("finds the four parts of an unheaded story from cue phrases and position", () => {
    const s = star(UNHEADED);
    expect(s.headed).toBe(false);
    expect(s.quote("situation")).toBe("At my last company our checkout service kept timing out during sales.");
    expect(s.quote("task")).toBe("My job was to get p99 latency under control before Black Friday.");
    expect(s.quote("action")).toMatch(/^I (profiled|rewrote)/);
    expect(s.quote("result")).toMatch(/^As a result/);
    for (const p of ["situation", "task", "action", "result"] as const) expect(s.parts[p].present, p).toBe(true);
  });

  it("follows headings, in any of their usual spellings", () => {
    const text = [
      "**Context**",
      "Our team owned the billing service, and invoices were going out late.",
      "Goal: ship the new invoicing flow in six weeks.",
      "## What I did",
      "I split the work into three milestones and paired with the junior engineers.",
      "Outcome - we shipped in five weeks and late invoices fell by 90%.",
    ].join("\n");
    const s = star(text);
    expect(s.headed).toBe(true);
    expect(s.quote("situation")).toBe("Our team owned the billing service, and invoices were going out late.");
    expect(s.quote("task")).toBe("Goal: ship the new invoicing flow in six weeks.");
    expect(s.quote("action")).toBe("I split the work into three milestones and paired with the junior engineers.");
    expect(s.parts.result.present).toBe(true);
  });

  it("reads the parts from what is said, whatever the headings", () => {
    const plain = star(UNHEADED);
    const sentences = UNHEADED.split(/(?<=\.) /);
    const odd = star(`What happened and what I did:\n${sentences.slice(0, 4).join(" ")}\n\nResult and what changed:\n${sentences[4]}`);
    const misheaded = star(`Situation:\n${sentences.slice(0, 3).join(" ")}\nTask:\n${sentences.slice(3).join(" ")}`);
    for (const s of [odd, misheaded]) {
      for (const p of ["situation", "task", "action", "result"] as const) {
        expect(s.parts[p].present, p).toBe(true);
        expect(s.quote(p), p).toBe(plain.quote(p));
      }
    }
  });

  it("counts a Result of lessons alone as a result without an outcome", () => {
    const lessons = star(UNHEADED.replace(/As a result.*$/, "I learned that profiling comes before guessing."));
    expect(lessons.parts.result.present).toBe(true);
    expect(lessons.resultHasOutcome).toBe(false);
    expect(star(UNHEADED).resultHasOutcome).toBe(true);
  });

  it("counts actions taken, not ones negated or hedged", () => {
    const s = star("I should have tested it. I didn't roll back. We rolled it back. I apologised and I set up an alert.");
    expect(s.ownership).toEqual({ i: 2, we: 1 });
  });

  it("does not claim a part from position alone", () => {
    const s = star("The weather was nice. The office had plants. Lunch was fine.");
    for (const p of ["task", "action", "result"] as const) expect(s.parts[p].present, p).toBe(false);
  });

  it("counts I against we in the actions", () => {
    const we = star(`${UNHEADED.replace("I profiled", "We profiled").replace("I rewrote", "We rewrote")}`);
    expect(we.ownership.we).toBeGreaterThan(we.ownership.i);
    const i = star(UNHEADED);
    expect(i.ownership.i).toBeGreaterThan(i.ownership.we);
  });

  it("measures the share of the story spent on actions", () => {
    const s = star(UNHEADED);
    expect(s.actionShare).toBeGreaterThan(0.2);
    expect(s.actionShare).toBeLessThan(0.6);
  });
});
