import { z } from "zod";

// Response schemas of the written-answer, rubric and diagram routes. The scorecard and
// the diagram graph are the scorer's and the diagram reader's own structures: described by
// their main fields, open to more.

export const rubricSummarySchema = z.looseObject({ id: z.string(), title: z.string(), kind: z.string(), prompt: z.string(), area: z.string().optional() });
export const publicRubricSchema = z.looseObject({ id: z.string(), title: z.string(), kind: z.string(), prompt: z.string() });

export const scoreResultSchema = z.looseObject({ criteria: z.array(z.looseObject({ id: z.string() })) }).meta({ description: "The rubric's scorecard: each criterion, met or not, with evidence." });
export const diagramGraphSchema = z.looseObject({}).meta({ description: "What the whiteboard reads as: components and connections." });
const diagramViewSchema = z.looseObject({ graph: diagramGraphSchema });

export const scoredAnswerSchema = z.object({
  id: z.string().optional().meta({ description: "Kept, with an id, when signed in." }),
  score: scoreResultSchema,
  diagram: diagramViewSchema.optional(),
});

export const answerViewSchema = z.object({
  id: z.string(),
  rubricId: z.string(),
  rubricVersion: z.string(),
  answer: z.string(),
  diagram: diagramGraphSchema.nullable(),
  scene: z.unknown().meta({ description: "The Excalidraw scene, when drawn on the whiteboard." }),
  score: scoreResultSchema,
  createdAt: z.string(),
});

export const diagramReadingSchema = z.object({ graph: diagramGraphSchema, summary: z.unknown(), unresolved: z.unknown() });

export const FEEDBACK_EVENTS =
  "Server-Sent Events: `status` ({ status: \"pending\", model } first when a model is configured, or { status: \"off\", message } and the end), then `feedback` (the model's validated opinion) or `error` ({ message, model }).";
