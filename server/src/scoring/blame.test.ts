import { describe, expect, it } from "vitest";
import { findBlame } from "./blame.ts";
import { analyzeText } from "./text.ts";

const kinds = (text: string) => findBlame(analyzeText(text)).map((h) => h.kind);

describe("findBlame", () => {
  it("finds others named as the cause", () => {
    expect(kinds("QA missed it.")).toEqual(["others-at-fault"]);
    expect(kinds("It was the PM's fault.")).toEqual(["others-at-fault"]);
    expect(kinds("It broke because ops didn't scale the cluster.")).toEqual(["others-at-fault"]);
    expect(kinds("The missed sprints were his fault.")).toEqual(["others-at-fault"]);
    expect(kinds("They should have caught it in review.")).toEqual(["they-should-have"]);
  });

  it("finds a dismissed review and a defended change", () => {
    expect(kinds("The postmortem was a waste of time.")).toEqual(["dismissed-review"]);
    expect(kinds("We skipped the retro that sprint.")).toEqual(["dismissed-review"]);
    expect(kinds("My change was fine; the config was wrong.")).toEqual(["defensive"]);
    expect(kinds("It was not my fault.")).toEqual(["defensive"]);
  });

  it("leaves honest ownership and blameless reviews alone", () => {
    expect(kinds("It was my fault, and I said so in the incident channel.")).toEqual([]);
    expect(kinds("It was nobody's fault; we ran a blameless postmortem.")).toEqual([]);
    expect(kinds("My change caused it. I should have tested retries, so I added the test.")).toEqual([]);
    expect(kinds("The fault tolerance of the queue was fine.")).toEqual([]);
    expect(kinds("It wasn't QA's fault: my change had no test.")).toEqual([]);
    // Facts about a struggling colleague are the situation, not blame.
    expect(kinds("He missed the deadline twice, because he didn't know the codebase.")).toEqual([]);
  });
});
