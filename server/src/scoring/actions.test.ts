import { describe, expect, it } from "vitest";
import { findActions } from "./actions.ts";
import { analyzeText } from "./text.ts";

function actions(text: string) {
  const t = analyzeText(text);
  return findActions(t).map((a) => `${a.subject} ${t.tokens[a.verb]!.lower}`);
}

describe("findActions", () => {
  it("takes any verb after I or we, not a fixed list", () => {
    expect(actions("I apologised to her. I set up a canary. I rewrote the query. I paired with Sam. I called the customer.")).toEqual([
      "i apologised",
      "i set",
      "i rewrote",
      "i paired",
      "i called",
    ]);
    expect(actions("Then I quickly rolled it back, and we shipped the fix.")).toEqual(["i rolled", "we shipped"]);
    expect(actions("I had changed the retry logic, and I had a one-on-one with her.")).toEqual(["i had", "i had"]);
  });

  it("leaves out what was not done: negated, hedged, wished, or a state", () => {
    expect(actions("I didn't tell anyone. I did not roll back. I never wrote tests.")).toEqual([]);
    expect(actions("I would have rolled back. I should have tested it. I could have asked.")).toEqual([]);
    expect(actions("I was the tech lead. I thought it was fine. I wanted to help. I had to fix it.")).toEqual([]);
  });
});
