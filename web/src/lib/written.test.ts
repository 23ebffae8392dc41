import { describe, expect, it } from "vitest";
import { draftFromAnswer, joinSections, STAR_PARTS } from "./written.ts";

describe("joinSections", () => {
  it("puts each filled section under its heading, in order, leaving empty ones out", () => {
    expect(joinSections(STAR_PARTS, { Result: " Cut p99 by 40%. ", Situation: "Checkout was slow.", Task: "   " })).toBe(
      "## Situation\nCheckout was slow.\n\n## Result\nCut p99 by 40%.",
    );
  });

  it("is empty when nothing is written", () => {
    expect(joinSections(STAR_PARTS, {})).toBe("");
  });
});

describe("draftFromAnswer", () => {
  it("reads a joined answer back into its sections", () => {
    const answer = joinSections(STAR_PARTS, { Situation: "Checkout was slow.", Result: "Cut p99 by 40%." });
    expect(draftFromAnswer(STAR_PARTS, answer)).toEqual({ mode: "sections", sections: { Situation: "Checkout was slow.", Result: "Cut p99 by 40%." }, free: "" });
  });

  it("keeps anything else as one free document", () => {
    expect(draftFromAnswer(STAR_PARTS, "Intro\n## Situation\nx")).toMatchObject({ mode: "free", free: "Intro\n## Situation\nx" });
    expect(draftFromAnswer(STAR_PARTS, "## Background\nx")).toMatchObject({ mode: "free" });
  });
});
