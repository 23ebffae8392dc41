import { z } from "zod";
import { UNRELIABLE_REASONS } from "../scoring/result.ts";
import { RUBRIC_KINDS } from "../scoring/rubric.ts";

// Response schemas of the written-answer, rubric and diagram routes. The scorecard and
// the diagram graph are the scorer's and the diagram reader's own structures: described by
// their main fields, open to more.

export const rubricSummarySchema = z.looseObject({ id: z.string(), title: z.string(), kind: z.string(), prompt: z.string(), area: z.string().optional() });
export const publicRubricSchema = z.looseObject({ id: z.string(), title: z.string(), kind: z.string(), prompt: z.string() });

export const scoreResultSchema = z
  .looseObject({
    rubricId: z.string(),
    rubricVersion: z.string(),
    kind: z.enum(RUBRIC_KINDS),
    total: z.number().meta({ description: "Weighted, 0..100." }),
    summary: z.string(),
    criteria: z.array(z.looseObject({ id: z.string() })),
    relevance: z.looseObject({}),
    delivery: z.looseObject({}),
  })
  .extend({
    answerKey: z.enum(["hidden", "revealed"]).meta({
      description: "hidden: `missing` and `suggestion` name gaps at the level of the criterion, and key ideas are only counted (`keyIdeaCount`). revealed: the whole scorecard, once the user has seen the model answer.",
    }),
    reliability: z
      .object({ reliable: z.boolean(), reasons: z.array(z.object({ code: z.enum(UNRELIABLE_REASONS), message: z.string() })), message: z.string() })
      .optional()
      .meta({ description: "Whether word matching can assess this answer (not a keyword list, English, long enough); absent from scores kept before it existed." }),
  })
  .meta({ description: "The rubric's scorecard: each criterion's level with the evidence quoted, relevance and delivery, and STAR parts or design sections where the rubric asks." });
export const diagramGraphSchema = z.looseObject({}).meta({ description: "What the whiteboard reads as: components and connections." });
const diagramViewSchema = z.looseObject({ graph: diagramGraphSchema });

export const scoredAnswerSchema = z.object({
  id: z.string().optional().meta({ description: "Kept, with an id, when signed in." }),
  score: scoreResultSchema,
  diagram: diagramViewSchema.optional(),
  afterModelAnswer: z.boolean().optional().meta({ description: "Kept answers: given after seeing the model answer, so not counted in progress." }),
});

export const answerViewSchema = z.object({
  id: z.string(),
  rubricId: z.string(),
  rubricVersion: z.string(),
  answer: z.string(),
  diagram: diagramGraphSchema.nullable(),
  scene: z.unknown().meta({ description: "The Excalidraw scene, when drawn on the whiteboard." }),
  score: scoreResultSchema,
  afterModelAnswer: z.boolean(),
  createdAt: z.string(),
});

export const revealSchema = z.object({
  rubricId: z.string(),
  revealedAt: z.string().meta({ description: "The first time this user saw it." }),
  modelAnswer: z.object({
    rubricId: z.string(),
    title: z.string(),
    criteria: z.array(
      z.object({ id: z.string(), title: z.string(), description: z.string().optional(), modelAnswer: z.string().optional(), keyIdeas: z.array(z.string()), concepts: z.array(z.string()) }),
    ),
  }),
  score: scoreResultSchema,
});

export const diagramReadingSchema = z.object({ graph: diagramGraphSchema, summary: z.unknown(), unresolved: z.unknown() });

export const FEEDBACK_EVENTS =
  "Server-Sent Events: `status` ({ status: \"pending\", model } first when a model is configured, or { status: \"off\", message } and the end), `: heartbeat` comments while the model thinks, then `feedback` (the model's validated opinion: per criterion its title, verified quotes, reasoning and level beside the scorer's; `complete` false with `missing` naming criteria it did not grade usably; `assessment` of relevance and correctness) or `error` ({ message, model }).";

export const FEEDBACK_ACCESS =
  "Signed in only (401 otherwise). Each request with a model configured counts against the user's daily quota (LLM_FEEDBACK_PER_USER_PER_DAY): 429 with Retry-After past it. Closing the connection cancels the model's request.";
