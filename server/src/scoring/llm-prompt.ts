import { z } from "zod";
import type { DiagramGraph } from "./diagram.ts";
import type { Concept, Rubric } from "./rubric.ts";

/** The instructions every request carries: grade against the rubric, quote only what is there. */
export const SYSTEM_PROMPT = [
  "You grade a candidate's interview answer against a rubric, for the candidate to learn from.",
  "For every criterion give a level from 0 (absent) to 4 (excellent), using the criterion's level descriptors when it has them.",
  "Support each level with evidence: short quotes copied word for word from the candidate's answer. Never quote the rubric or the model answer, never paraphrase; give no quote rather than an inexact one.",
  "Give one concrete suggestion per criterion: the single change that would raise its level most.",
  "Finish with an overall comment of at most three sentences. Judge only what the answer says, not what the candidate may know.",
].join("\n");

/** The JSON Schema the model's reply must follow (OpenAI structured outputs, strict mode). */
export function responseJsonSchema(rubric: Rubric): Record<string, unknown> {
  return {
    type: "object",
    additionalProperties: false,
    required: ["criteria", "overall"],
    properties: {
      criteria: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["id", "level", "evidence", "suggestion"],
          properties: {
            id: { type: "string", enum: rubric.criteria.map((c) => c.id) },
            level: { type: "integer", enum: [0, 1, 2, 3, 4] },
            evidence: { type: "array", items: { type: "string" } },
            suggestion: { type: "string" },
          },
        },
      },
      overall: { type: "string" },
    },
  };
}

/** The same shape in zod: what is checked on the reply, whatever the server claims to enforce. */
export const llmReplySchema = z.object({
  criteria: z.array(
    z.object({
      id: z.string(),
      level: z.number().int().min(0).max(4),
      evidence: z.array(z.string()).max(20),
      suggestion: z.string().max(2_000),
    }),
  ),
  overall: z.string().max(4_000),
});
export type LlmReply = z.infer<typeof llmReplySchema>;

const conceptName = (c: Concept) => (typeof c === "string" ? c : c.name);

/** The user message: the question, the rubric (model answers included: the grader may see them), the answer and the diagram. */
export function userPrompt(rubric: Rubric, answer: string, diagram?: DiagramGraph): string {
  const criteria = rubric.criteria.map((c) => {
    const lines = [`### Criterion "${c.id}": ${c.title} (weight ${c.weight})`];
    if (c.description) lines.push(c.description);
    if (c.levels) lines.push(...c.levels.map((l, i) => `Level ${i}: ${l}`));
    if (c.concepts) lines.push(`Key concepts: ${c.concepts.map(conceptName).join("; ")}`);
    if (c.structure) lines.push(`Expected parts: ${c.structure.map((p) => (typeof p === "string" ? p : p.part)).join(", ")}`);
    if (c.quantities) lines.push(`Expects numbers with units${c.quantities.description ? `: ${c.quantities.description}` : ""}`);
    if (c.components) lines.push(`Expected components: ${c.components.map(conceptName).join(", ")}`);
    for (const x of c.connections ?? []) lines.push(`${x.forbidden ? "Forbidden" : "Expected"} connection: ${x.from} → ${x.to}${x.note ? ` (${x.note})` : ""}`);
    for (const f of c.redFlags ?? []) lines.push(`Red flag: "${f.phrase}": ${f.reason}`);
    if (c.modelAnswer) lines.push(`Model answer: ${c.modelAnswer}`);
    return lines.join("\n");
  });
  const parts = [`## Question (${rubric.kind})\n${rubric.prompt}`, `## Rubric\n${criteria.join("\n\n")}`, `## Candidate's answer\n<answer>\n${answer}\n</answer>`];
  if (diagram) {
    const label = new Map(diagram.components.map((c) => [c.id, `${c.label || c.id} (${c.kind})`]));
    const components = diagram.components.map((c) => `- ${label.get(c.id)}`);
    const connections = diagram.connections.map((c) => `- ${label.get(c.from)} → ${label.get(c.to)}${c.label ? `: ${c.label}` : ""}`);
    parts.push(`## Candidate's diagram\nComponents:\n${components.join("\n") || "(none)"}\nConnections:\n${connections.join("\n") || "(none)"}`);
  }
  return parts.join("\n\n");
}
