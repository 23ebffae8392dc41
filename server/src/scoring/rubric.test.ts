import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderRubricJsonSchema, rubricSchema } from "./rubric.ts";
import { RUBRIC_SCHEMA_PATH } from "./write-schema.ts";

const SMALLEST = { id: "q1", title: "A question", prompt: "the question", kind: "concept", criteria: [{ id: "answer", title: "Answer", weight: 1, modelAnswer: "The answer." }] };

function issues(value: unknown): string[] {
  const parsed = rubricSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("rubricSchema", () => {
  it("accepts the smallest rubric: one criterion with a model answer", () => {
    expect(issues(SMALLEST)).toEqual([]);
  });

  it("accepts every signal, and concepts as plain strings or with synonyms", () => {
    const full = {
      ...SMALLEST,
      kind: "design",
      version: "2",
      competencies: ["incident-handling"],
      criteria: [
        {
          id: "all",
          title: "Everything",
          weight: 2.5,
          description: "d",
          levels: ["0", "1", "2", "3", "4"],
          concepts: ["cache", { name: "dead-letter queue", synonyms: ["poison queue"], abbreviations: ["DLQ"] }],
          structure: ["requirements", "situation", { part: "assumptions", cues: ["I assume"] }],
          quantities: { min: 2, description: "peak load" },
          redFlags: [{ phrase: "2PC", reason: "no distributed transactions" }],
          components: ["queue"],
          connections: [{ from: "producer", to: "consumer", forbidden: true, note: "not directly" }, { from: "api-gateway", to: "queue" }],
          modelAnswer: "…",
        },
      ],
    };
    expect(issues(full)).toEqual([]);
  });

  it("names each problem: unknown kind, unknown field, bad ids, a criterion that can earn nothing, duplicates", () => {
    expect(issues({ ...SMALLEST, kind: "trivia" })).toEqual([expect.stringMatching(/^kind: /)]);
    expect(issues({ ...SMALLEST, criteria: [{ ...SMALLEST.criteria[0], keywords: ["x"] }] })).toEqual([expect.stringMatching(/^criteria\.0: .*keywords/)]);
    expect(issues({ ...SMALLEST, id: "Q 1" })).toEqual(["id: use lower-case letters, digits and dashes"]);
    expect(issues({ ...SMALLEST, criteria: [{ id: "a", title: "A", weight: 1, redFlags: [{ phrase: "x", reason: "y" }] }] })).toEqual([
      expect.stringMatching(/^criteria\.0: a criterion needs at least one signal/),
    ]);
    expect(issues({ ...SMALLEST, criteria: [{ id: "a", title: "A", weight: 1, connections: [{ from: "a", to: "b", forbidden: true }] }] })).toHaveLength(1);
    expect(issues({ ...SMALLEST, criteria: [SMALLEST.criteria[0], SMALLEST.criteria[0]] })).toEqual(['criteria.1.id: duplicate criterion id "answer"']);
    expect(issues({ ...SMALLEST, criteria: [{ ...SMALLEST.criteria[0], structure: ["introduction"] }] })).toHaveLength(1);
    expect(issues({ ...SMALLEST, criteria: [{ ...SMALLEST.criteria[0], weight: 0 }] })).toHaveLength(1);
    expect(issues({ ...SMALLEST, criteria: [{ ...SMALLEST.criteria[0], levels: ["0", "1"] }] })).toHaveLength(1);
  });
});

describe("rubrics/rubric.schema.json", () => {
  it("is the JSON Schema generated from rubricSchema (run `npm run rubrics:schema` after changing it)", () => {
    expect(readFileSync(RUBRIC_SCHEMA_PATH, "utf8")).toBe(renderRubricJsonSchema());
  });

  it("describes the closed sets and the required fields", () => {
    const schema = JSON.parse(renderRubricJsonSchema()) as { required: string[]; properties: { kind: { enum: string[] } } };
    expect(schema.required).toEqual(["id", "title", "prompt", "kind", "criteria"]);
    expect(schema.properties.kind.enum).toEqual(["design", "behavioral", "leadership", "concept"]);
  });
});
