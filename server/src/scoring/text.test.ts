import { describe, expect, it } from "vitest";
import { analyzeText, quoteAround } from "./text.ts";

describe("analyzeText", () => {
  it("keeps offsets into the original text, and stems words", () => {
    const text = "  Caching helps.\nWe didn't add   retries.";
    const t = analyzeText(text);
    for (const token of t.tokens) expect(text.slice(token.start, token.end).toLowerCase().replace("’", "'")).toBe(token.lower);
    expect(t.tokens.map((x) => x.stem)).toEqual(["cach", "help", "we", "didn't", "add", "retri"]);
    expect(t.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Caching helps.", "We didn't add   retries."]);
  });

  it("splits sentences at . ! ? and line breaks, not at e.g. or inside Node.js", () => {
    const text = "Use a queue, e.g. SQS, for this! Then Node.js reads it? Yes\n- a bullet";
    const t = analyzeText(text);
    expect(t.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Use a queue, e.g. SQS, for this!", "Then Node.js reads it?", "Yes", "- a bullet"]);
    expect(t.tokens.map((x) => x.lower)).toContain("node.js");
  });

  it("marks where clauses start: after punctuation, and at words like but", () => {
    const t = analyzeText("No cache, so we use a CDN but not Redis");
    const starts = t.tokens.filter((x) => x.clauseStart).map((x) => x.lower);
    expect(starts).toEqual(["no", "so", "but"]);
  });
});

describe("quoteAround", () => {
  it("quotes the sentence, exactly as written", () => {
    const text = "First part. The DLQ keeps failed messages for 14 days. Last part.";
    const t = analyzeText(text);
    const at = text.indexOf("DLQ");
    const q = quoteAround(t, at, at + 3);
    expect(q.quote).toBe("The DLQ keeps failed messages for 14 days.");
    expect(text.slice(q.start, q.end)).toBe(q.quote);
  });

  it("cuts a very long sentence to a window around the match, at word boundaries", () => {
    const text = `${"word ".repeat(100)}the idempotency key ${"more ".repeat(100)}end.`;
    const t = analyzeText(text);
    const at = text.indexOf("idempotency");
    const q = quoteAround(t, at, at + "idempotency key".length);
    expect(q.quote.length).toBeLessThanOrEqual(230);
    expect(q.quote).toContain("the idempotency key");
    expect(text.slice(q.start, q.end)).toBe(q.quote);
    expect(q.quote).toMatch(/^\w+ .* \w+$/);
  });
});
