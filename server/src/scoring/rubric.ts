import { z } from "zod";
import { ROADMAP_AREA_IDS } from "../problems/areas.ts";

export const RUBRIC_KINDS = ["design", "behavioral", "leadership", "concept"] as const;
export type RubricKind = (typeof RUBRIC_KINDS)[number];

/** The parts of a STAR story, in the order they are told. */
export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export type StarPart = (typeof STAR_PARTS)[number];

/** The sections of a system design answer the scorer recognises, headed or not. */
export const DESIGN_SECTIONS = [
  "requirements",
  "estimates",
  "api",
  "data-model",
  "high-level-design",
  "deep-dives",
  "scaling",
  "reliability",
  "security",
  "cost",
  "observability",
  "trade-offs",
] as const;
export type DesignSection = (typeof DESIGN_SECTIONS)[number];

export const RUBRIC_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const phrase = z.string().trim().min(1).max(200);
const id = z.string().regex(RUBRIC_ID_PATTERN, "use lower-case letters, digits and dashes");

const conceptSchema = z.union([
  phrase,
  z
    .object({
      name: phrase,
      synonyms: z.array(phrase).optional().describe("Other ways to say it; matched with word forms, case and punctuation aside."),
      abbreviations: z.array(phrase).optional().describe('Short forms, e.g. "DLQ".'),
    })
    .strict(),
]);
export type Concept = z.infer<typeof conceptSchema>;

const structurePartSchema = z.union([
  z.enum([...STAR_PARTS, ...DESIGN_SECTIONS]).describe("A STAR part or a design section the scorer knows how to find."),
  z
    .object({
      part: phrase,
      cues: z.array(phrase).min(1).describe("Phrases that show this part is there."),
    })
    .strict(),
]);
export type StructurePart = z.infer<typeof structurePartSchema>;

const redFlagSchema = z
  .object({
    phrase,
    synonyms: z.array(phrase).optional(),
    reason: phrase.describe("Why it costs points, shown to the candidate."),
  })
  .strict();
export type RedFlag = z.infer<typeof redFlagSchema>;

const connectionSchema = z
  .object({
    from: phrase.describe("A component kind, or a word in a component's label."),
    to: phrase,
    forbidden: z.boolean().optional().describe("True when this connection is a mistake."),
    note: phrase.optional(),
  })
  .strict();
export type ExpectedConnection = z.infer<typeof connectionSchema>;

const criterionSchema = z
  .object({
    id,
    title: phrase,
    weight: z.number().positive().max(100),
    description: z.string().trim().max(2_000).optional(),
    levels: z.array(phrase).length(5).optional().describe("What levels 0, 1, 2, 3 and 4 look like."),
    concepts: z.array(conceptSchema).min(1).optional().describe("Key concepts the answer should name."),
    structure: z.array(structurePartSchema).min(1).optional().describe("Parts the answer should have."),
    quantities: z
      .object({
        min: z.number().int().min(1).max(20).optional().describe("How many quantities with units earn full marks (default 1)."),
        description: phrase.optional(),
      })
      .strict()
      .optional()
      .describe("Numbers with units or percentages; a bare number counts half."),
    redFlags: z.array(redFlagSchema).min(1).optional(),
    components: z.array(conceptSchema).min(1).optional().describe("Components of the design, in the diagram or named in the text."),
    connections: z.array(connectionSchema).min(1).optional(),
    modelAnswer: z.string().trim().min(1).max(20_000).optional().describe("A model answer; its key ideas are found by the scorer."),
  })
  .strict()
  .refine((c) => c.concepts || c.structure || c.quantities || c.components || c.connections?.some((x) => !x.forbidden) || c.modelAnswer, {
    message: "a criterion needs at least one signal that earns points: concepts, structure, quantities, components, a connection that is not forbidden, or modelAnswer",
  });
export type Criterion = z.infer<typeof criterionSchema>;

/** What a design prompt gives the interviewer: the requirements to uncover, the numbers, the deep dives. */
const designBriefSchema = z
  .object({
    functional: z.array(phrase).min(1).describe("Functional requirements a strong candidate uncovers."),
    nonFunctional: z.array(phrase).min(1).describe("Non-functional requirements (latency, availability, compliance...)."),
    scale: z.array(phrase).min(1).describe("Numbers for the estimates, e.g. '50k tenants, 2M events/day'."),
    constraintsToAsk: z.array(phrase).optional().describe("Questions worth asking before designing."),
    components: z.array(phrase).min(1).describe("Components a strong answer has."),
    deepDives: z.array(phrase).min(1).describe("Deep-dive questions an interviewer asks."),
  })
  .strict();
export type DesignBrief = z.infer<typeof designBriefSchema>;

export const rubricSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    title: phrase,
    prompt: z.string().trim().min(1).max(5_000).describe("The question, as the candidate sees it."),
    kind: z.enum(RUBRIC_KINDS),
    version: phrase.optional().describe("Stored with each answer; defaults to a hash of the file."),
    competencies: z.array(phrase).optional().describe("Competencies a story shows, e.g. mentoring, conflict, incident-handling."),
    area: z.enum(ROADMAP_AREA_IDS).optional().describe("The roadmap area this question belongs to."),
    covers: z.array(phrase).optional().describe("The roadmap items it practises, named as the roadmap names them."),
    tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).optional(),
    brief: designBriefSchema.optional().describe("For design prompts: what the interviewer knows."),
    criteria: z.array(criterionSchema).min(1).max(20),
  })
  .strict()
  .superRefine((rubric, ctx) => {
    const seen = new Set<string>();
    for (const [i, c] of rubric.criteria.entries()) {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", path: ["criteria", i, "id"], message: `duplicate criterion id "${c.id}"` });
      seen.add(c.id);
    }
  });
export type RubricFile = z.infer<typeof rubricSchema>;

/** A loaded rubric: its version is always known (given, or the hash of its file). */
export type Rubric = Omit<RubricFile, "$schema" | "version"> & { version: string };

/** The JSON Schema editors validate rubric files with; `rubrics/rubric.schema.json` is this. */
export function rubricJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(rubricSchema, { target: "draft-2020-12", io: "input" }),
    title: "Rehearse rubric",
    description: "A rubric for design, behavioral, leadership and concept answers. Generated from server/src/scoring/rubric.ts: run `npm run rubrics:schema`.",
  };
}

/** The schema file's text, as `npm run rubrics:schema` writes it. */
export function renderRubricJsonSchema(): string {
  return `${JSON.stringify(rubricJsonSchema(), null, 2)}\n`;
}
