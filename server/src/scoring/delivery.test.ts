import { describe, expect, it } from "vitest";
import { analyzeDelivery } from "./delivery.ts";
import { analyzeText } from "./text.ts";

describe("analyzeDelivery", () => {
  it("estimates speaking time at 130 to 150 words a minute", () => {
    const d = analyzeDelivery(analyzeText("word ".repeat(300)));
    expect(d.words).toBe(300);
    expect(d.speakingSeconds).toEqual({ min: 120, max: 138 });
  });

  it("counts fillers, but not the same words used for what they mean", () => {
    const text =
      "So basically I just, like, rewrote it. It was kind of slow, you know. What kind of database? " +
      "Tools like Redis. I actually measured it. A sort of index would help, sort of.";
    const d = analyzeDelivery(analyzeText(text));
    const counts = Object.fromEntries(d.fillers.map((f) => [f.filler, f.count]));
    expect(counts).toEqual({ basically: 1, just: 1, like: 1, "kind of": 1, "you know": 1, actually: 1, "sort of": 1 });
    expect(d.fillerRate).toBeGreaterThan(0);
  });
});
