import { describe, expect, it } from "vitest";
import { findDesignSections } from "./design.ts";
import { findQuantities } from "./quantities.ts";
import { analyzeText } from "./text.ts";

function sections(text: string) {
  const found = findDesignSections(analyzeText(text), findQuantities(text));
  return Object.fromEntries(Object.values(found).filter((f) => f.present).map((f) => [f.section, { headed: f.headed, quote: text.slice(f.span!.start, f.span!.end) }]));
}

describe("findDesignSections", () => {
  it("recognises headed sections, with content under them", () => {
    const text = "## Requirements\nUsers upload photos and see them within a second.\n\n### Data Model:\nA photos table keyed by user id.\n\n## Cost\n";
    const s = sections(text);
    expect(s.requirements).toEqual({ headed: true, quote: "## Requirements\nUsers upload photos and see them within a second." });
    expect(s["data-model"]?.headed).toBe(true);
    // A heading with nothing under it is not a section.
    expect(s.cost).toBeUndefined();
  });

  it("recognises sections without headings from what the sentences say", () => {
    const text = [
      "The system must support 10,000 uploads a day and users should be able to share albums.",
      "At peak that is about 50 requests per second, and 2 TB of storage a year.",
      "Photos go to S3 and an API Gateway in front of a Lambda writes metadata to DynamoDB.",
      "Each photo row has the album id as partition key.",
      "We retry failed thumbnails with exponential backoff and send poison messages to a DLQ.",
      "CloudWatch alarms fire when the queue age grows.",
      "The trade-off is eventual consistency for album listings.",
    ].join(" ");
    const s = sections(text);
    expect(Object.keys(s)).toEqual(
      expect.arrayContaining(["data-model", "estimates", "high-level-design", "observability", "reliability", "requirements", "trade-offs"]),
    );
    for (const absent of ["api", "security", "cost"]) expect(s[absent], absent).toBeUndefined();
    expect(s.estimates?.quote).toBe("The system must support 10,000 uploads a day and users should be able to share albums.");
    expect(s["high-level-design"]?.quote).toMatch(/^Photos go to S3/);
    expect(Object.values(s).every((x) => !x.headed)).toBe(true);
  });

  it("needs a number for an estimate", () => {
    expect(sections("We estimate a lot of traffic at peak.").estimates).toBeUndefined();
    expect(sections("We estimate 3,000 writes per second at peak.").estimates).toBeDefined();
  });
});
