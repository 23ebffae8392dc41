import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { LlmFeedback } from "../../../../server/src/scoring/llm.ts";
import { SecondOpinionView } from "./SecondOpinionView.tsx";

const FEEDBACK: LlmFeedback = {
  status: "ok",
  model: "fake-model-1",
  latencyMs: 40,
  usage: null,
  overall: "Good on why, thin on reliability.",
  complete: false,
  missing: [{ id: "scaling", title: "Scaling out", reason: "not in the reply" }],
  unknownCriteria: [],
  assessment: { errors: ["Says SQS guarantees ordering."], reasoning: "On the question; one wrong claim.", relevant: true, correct: false },
  outputMode: "json_schema",
  criteria: [
    {
      id: "why",
      title: "Why a queue",
      level: 3,
      scorerLevel: 1,
      flagged: true,
      evidence: [{ source: "answer", signal: "llm", label: "model's quote", quote: "decouple the services", start: 12, end: 33 }],
      droppedQuotes: 2,
      reasoning: "Decoupling is named; spikes are not.",
      suggestion: "Say what the queue absorbs.",
    },
  ],
};

const render = (feedback: LlmFeedback) => renderToStaticMarkup(createElement(SecondOpinionView, { feedback }));

describe("SecondOpinionView", () => {
  it("shows each criterion by title with its reasoning, level and verified quotes, and says how many quotes were dropped", () => {
    const html = render(FEEDBACK);
    expect(html).toContain("Why a queue");
    expect(html).not.toMatch(/>why</);
    expect(html).toContain("level 3 of 4 (scorer: 1)");
    expect(html).toContain("Decoupling is named; spikes are not.");
    expect(html).toContain("<q>decouple the services</q>");
    expect(html).toContain("2 quotes the model gave could not be found in the answer and are not shown.");
    expect(html).toContain("disagree by more than one level");
  });

  it("says the feedback is incomplete and names the criteria it lacks", () => {
    const html = render(FEEDBACK);
    expect(html).toContain("This feedback is incomplete.");
    expect(html).toContain("Scaling out (not in the reply)");
    expect(render({ ...FEEDBACK, complete: true, missing: [] })).not.toContain("incomplete");
  });

  it("says how many of the model's comments are withheld until the model answer is shown", () => {
    expect(render({ ...FEEDBACK, withheld: 2 })).toContain("2 comments of the model named part of the model answer and are withheld");
    expect(render({ ...FEEDBACK, withheld: 1 })).toContain("One comment of the model named part of the model answer and is withheld");
    expect(render({ ...FEEDBACK, withheld: 0 })).not.toContain("withheld");
  });

  it("shows the verdicts on relevance and correctness, with the errors found", () => {
    const html = render(FEEDBACK);
    expect(html).toContain("Relevant to the question:</strong> yes");
    expect(html).toContain("Technically correct:</strong> no");
    expect(html).toContain("Says SQS guarantees ordering.");
  });

  it("reads feedback kept before titles existed by its ids, as complete", () => {
    const legacy = JSON.parse(JSON.stringify({ ...FEEDBACK, complete: undefined, missing: undefined, assessment: undefined })) as LlmFeedback;
    if (legacy.status !== "ok") throw new Error("unreachable");
    const [first] = legacy.criteria;
    const html = render({ ...legacy, criteria: [{ ...first!, title: "", reasoning: "" }] });
    expect(html).toContain("why <span");
    expect(html).not.toContain("incomplete");
  });
});
