import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { rubricSchema } from "../../../server/src/scoring/rubric.ts";
import { composeRubricYaml, emptyCriterion, emptyRubricForm, idFromTitle, parseRubricYaml, type RubricForm, slugFollowingTitle } from "./team-rubric.ts";

const RUBRICS = fileURLToPath(new URL("../../../rubrics/", import.meta.url));

function yamlOf(form: RubricForm): string {
  const composed = composeRubricYaml(form);
  if (!composed.ok) throw new Error(composed.issues.map((i) => i.message).join("\n"));
  return composed.files["rubric.yaml"] ?? "";
}

const filled = (): RubricForm => ({
  ...emptyRubricForm("design"),
  id: "design-payments",
  title: "Payments",
  prompt: "Design a payments service.",
  tags: "payments, idempotency",
  brief: { functional: "Charge a card\n\nRefund", nonFunctional: "99.99%", scale: "1k TPS", constraintsToAsk: "", components: "API\nLedger", deepDives: "Retries?" },
  criteria: [
    {
      ...emptyCriterion(),
      title: "Trade-offs & risks",
      weight: "2",
      levels: ["None.", "Some.", "Fair.", "Senior.", "Lead."],
      concepts: [
        { name: "idempotency key", synonyms: "request id\n 3,000 reads \n", extra: {} },
        { name: "ledger", synonyms: "", extra: {} },
        { name: " ", synonyms: "ignored", extra: {} },
      ],
      modelAnswer: "Use a ledger.",
      structure: ["trade-offs"],
    },
  ],
});

describe("composeRubricYaml", () => {
  it("writes a rubric the server's schema accepts, with the brief and concepts as the files in rubrics/ write them", () => {
    const rubric = parseYaml(yamlOf(filled()));
    expect(rubric).toEqual({
      id: "design-payments",
      title: "Payments",
      kind: "design",
      area: "system-design",
      tags: ["payments", "idempotency"],
      prompt: "Design a payments service.",
      brief: { functional: ["Charge a card", "Refund"], nonFunctional: ["99.99%"], scale: ["1k TPS"], components: ["API", "Ledger"], deepDives: ["Retries?"] },
      criteria: [
        {
          id: "trade-offs-risks",
          title: "Trade-offs & risks",
          weight: 2,
          levels: ["None.", "Some.", "Fair.", "Senior.", "Lead."],
          structure: ["trade-offs"],
          concepts: [{ name: "idempotency key", synonyms: ["request id", "3,000 reads"] }, "ledger"],
          modelAnswer: "Use a ledger.",
        },
      ],
    });
    expect(rubricSchema.safeParse(rubric).success).toBe(true);
    expect(Object.keys(rubric)).toEqual(["id", "title", "kind", "area", "tags", "prompt", "brief", "criteria"]);
  });

  it("names what to fix: the id, a missing prompt, half the levels, a weight out of range", () => {
    const form = emptyRubricForm("behavioral");
    const composed = composeRubricYaml({ ...form, id: "Not valid", criteria: [{ ...emptyCriterion(), title: "Story", weight: "0", levels: ["a", "", "", "", ""] }] });
    expect(composed.ok).toBe(false);
    if (composed.ok) return;
    expect(composed.issues).toEqual([
      { field: "id", message: "The id is lower-case letters, digits and dashes, e.g. design-payments." },
      { field: "title", message: "Give the question a title." },
      { field: "prompt", message: "Write the prompt the candidate answers." },
      { field: "criteria.0.weight", message: "Criterion 1: the weight is a number above 0, at most 100." },
      { field: "criteria.0.levels", message: "Criterion 1: describe all five levels, or none." },
    ]);
  });
});

describe("idFromTitle", () => {
  it("makes a kebab id of a title", () => {
    expect(idFromTitle("  Trade-offs & Risks! ")).toBe("trade-offs-risks");
    expect(idFromTitle(`${"a".repeat(62)} b`)).toBe("a".repeat(62));
  });
});

describe("slugFollowingTitle", () => {
  it("follows the title until the author writes a slug of their own", () => {
    expect(slugFollowingTitle("", "", "L")).toBe("l");
    expect(slugFollowingTitle("l", "L", "LRU cache")).toBe("lru-cache");
    expect(slugFollowingTitle("my-cache", "LRU cache", "LRU cache v2")).toBe("my-cache");
  });
});

describe("parseRubricYaml", () => {
  it("reads back what the form composed", () => {
    const form = filled();
    const again = parseRubricYaml(yamlOf(form), "concept");
    expect(again.criteria[0]?.concepts).toEqual([
      { name: "idempotency key", synonyms: "request id\n3,000 reads", extra: {} },
      { name: "ledger", synonyms: "", extra: {} },
    ]);
    expect(again).toMatchObject({ id: form.id, kind: "design", tags: form.tags, brief: { ...form.brief, functional: "Charge a card\nRefund" } });
  });

  it("throws the YAML's own message when the file does not parse", () => {
    expect(() => parseRubricYaml("id: [", "design")).toThrow(/flow sequence|Flow sequence|end/i);
    expect(() => parseRubricYaml("- a list", "design")).toThrow("rubric.yaml is not a mapping of fields.");
  });

  // Every rubric in the bank goes through the editor unchanged, down to the fields it does not edit.
  const files = readdirSync(RUBRICS).filter((name) => /\.(yaml|json)$/.test(name) && name !== "rubric.schema.json");
  it.each(files)("round-trips rubrics/%s", (name) => {
    const original: unknown = parseYaml(readFileSync(`${RUBRICS}${name}`, "utf8"));
    const again: unknown = parseYaml(yamlOf(parseRubricYaml(readFileSync(`${RUBRICS}${name}`, "utf8"), "concept")));
    expect(again).toEqual(original);
  });
});
