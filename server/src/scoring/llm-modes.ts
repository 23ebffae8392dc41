import { APIError } from "openai";
import type { ResponseFormatJSONObject, ResponseFormatJSONSchema } from "openai/resources/shared";

/**
 * How a reply is held to JSON, most reliable first: the server enforcing our schema, the server
 * enforcing JSON of any shape, or nothing (llama-cpp-python, older vLLM and Ollama) and the JSON
 * read out of whatever the model wrote.
 */
export const OUTPUT_MODES = ["json_schema", "json_object", "extracted"] as const;
export type OutputMode = (typeof OUTPUT_MODES)[number];

export function responseFormat(mode: OutputMode, schema: Record<string, unknown>): { response_format?: ResponseFormatJSONSchema | ResponseFormatJSONObject } {
  if (mode === "json_schema") return { response_format: { type: "json_schema", json_schema: { name: "rubric_feedback", strict: true, schema } } };
  if (mode === "json_object") return { response_format: { type: "json_object" } };
  return {};
}

export function nextMode(mode: OutputMode): OutputMode | undefined {
  return OUTPUT_MODES[OUTPUT_MODES.indexOf(mode) + 1];
}

/**
 * A server saying it cannot do this response format: a 400 or 422 whose error mentions it.
 * (vLLM's 422 names `response_format` in its validation error; others say "json_schema".)
 */
export function rejectsResponseFormat(error: unknown): boolean {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return false;
  const said = `${error.message} ${JSON.stringify(error.error ?? "")}`;
  return /response_format|json_schema|json_object|structured output|grammar/i.test(said);
}
