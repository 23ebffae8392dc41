import { performance } from "node:perf_hooks";
import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError, RateLimitError } from "openai";
import type { DiagramGraph } from "./diagram.ts";
import { nextMode, type OutputMode, rejectsResponseFormat, responseFormat } from "./llm-modes.ts";
import { type LlmAssessment, llmReplySchema, responseJsonSchema, SYSTEM_PROMPT, userPrompt } from "./llm-prompt.ts";
import { checkReply, extractJson, type LlmCriterionFeedback, type MissingCriterion } from "./llm-reply.ts";
import type { ScoreResult } from "./result.ts";
import type { Rubric } from "./rubric.ts";

export type { OutputMode } from "./llm-modes.ts";
export type { LlmAssessment } from "./llm-prompt.ts";
export { type LlmCriterionFeedback, locateQuote, type MissingCriterion } from "./llm-reply.ts";

/** How to reach an OpenAI-compatible chat-completions server. */
export interface LlmConfig {
  /** Optional for a local server that needs none. */
  apiKey?: string;
  /** Any OpenAI-compatible server, e.g. `http://localhost:11434/v1`; OpenAI's own by default. */
  baseURL?: string;
  model: string;
  timeoutMs: number;
}

export const DEFAULT_LLM_MODEL = "gpt-4o-mini";
export const DEFAULT_LLM_TIMEOUT_MS = 30_000;
const OPENAI_BASE_URL = "https://api.openai.com/v1";
/** Same request, same answer, as far as the server allows. */
const SEED = 7;

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

export type LlmFeedback =
  | {
      status: "ok";
      model: string;
      latencyMs: number;
      usage: LlmUsage | null;
      criteria: LlmCriterionFeedback[];
      overall: string;
      /** False when some rubric criteria have no usable grade: `missing` names them. */
      complete: boolean;
      missing: MissingCriterion[];
      /** Criterion ids the model made up; ignored. */
      unknownCriteria: string[];
      /** Whether the answer is on the question and technically right: what phrase matching cannot judge. */
      assessment: LlmAssessment | null;
      /** How the reply was held to JSON by this server. */
      outputMode: OutputMode;
      /** Texts replaced before the model answer was revealed, because they named its key ideas (llm-key-guard.ts). */
      withheld?: number;
    }
  | { status: "error"; model: string; latencyMs: number; message: string };

export interface LlmFeedbackInput {
  rubric: Rubric;
  answer: string;
  diagram?: DiagramGraph;
  /** The deterministic score, to compare levels with. */
  score: ScoreResult;
}

/** Asks a model for feedback on scored answers; never throws for the model's failures. */
export interface LlmReviewer {
  readonly model: string;
  /** `signal` aborts the request to the model (the person asking went away). */
  review(input: LlmFeedbackInput, signal?: AbortSignal): Promise<LlmFeedback>;
}

function describeFailure(error: unknown): string {
  if (error instanceof APIUserAbortError) return "The request was cancelled.";
  if (error instanceof APIConnectionTimeoutError) return "The model did not answer in time. Try again later.";
  if (error instanceof RateLimitError) return "The model's server is rate-limiting requests (429). Try again in a minute.";
  if (error instanceof APIError && error.status !== undefined) return `The model's server answered ${error.status}: ${error.message}`;
  if (error instanceof APIError) return `Could not reach the model's server: ${error.message}`;
  return `The model request failed: ${error instanceof Error ? error.message : String(error)}`;
}

function parseStrict(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}

/**
 * A reviewer on one OpenAI client (one endpoint): one request per answer, temperature 0, a
 * timeout and one retry. It asks for schema-constrained JSON, falling back to JSON mode and then
 * to JSON read out of the reply for servers without them, and remembers the mode that worked so
 * later answers skip the failures.
 */
export function createLlmReviewer(config: LlmConfig): LlmReviewer {
  // Every option given, so the SDK reads nothing from the environment itself.
  const client = new OpenAI({
    apiKey: config.apiKey ?? "not-needed",
    baseURL: config.baseURL ?? OPENAI_BASE_URL,
    organization: null,
    project: null,
    timeout: config.timeoutMs,
    maxRetries: 1,
  });
  let preferred: OutputMode = "json_schema";
  return {
    model: config.model,
    async review(input, signal) {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const failed = (message: string): LlmFeedback => ({ status: "error", model: config.model, latencyMs: elapsed(), message });
      const schema = responseJsonSchema(input.rubric);
      const messages = [
        { role: "system" as const, content: SYSTEM_PROMPT },
        { role: "user" as const, content: userPrompt(input.rubric, input.answer, input.diagram) },
      ];
      for (let mode: OutputMode | undefined = preferred; mode; ) {
        let completion: OpenAI.Chat.Completions.ChatCompletion;
        try {
          completion = await client.chat.completions.create({ model: config.model, temperature: 0, seed: SEED, messages, ...responseFormat(mode, schema) }, { signal: signal ?? null });
        } catch (error) {
          const next = nextMode(mode);
          if (!next || !rejectsResponseFormat(error)) return failed(describeFailure(error));
          // The server said it cannot: it will not change its mind for the next answer.
          if (preferred === mode) preferred = next;
          mode = next;
          continue;
        }
        const message = completion.choices[0]?.message;
        if (message?.refusal) return failed(`The model declined to grade this answer: ${message.refusal}`);
        if (!message?.content) return failed("The model sent an empty reply.");
        const json = mode === "extracted" ? extractJson(message.content) : parseStrict(message.content);
        if (json === undefined) {
          // A server that ignored the format asked for: try the next one, remembered only if it works.
          const next = nextMode(mode);
          if (!next) return failed("The model's reply was not valid JSON.");
          mode = next;
          continue;
        }
        preferred = mode;
        const parsed = llmReplySchema.safeParse(json);
        if (!parsed.success) return failed(`The model's reply did not follow the schema (${parsed.error.issues[0]?.path.join(".") || "root"}: ${parsed.error.issues[0]?.message}).`);
        const checked = checkReply(parsed.data, input.answer, input.score);
        if (checked.criteria.length === 0) {
          return failed(`The model's reply graded none of the criteria usably (${checked.missing.map((m) => `${m.title}: ${m.reason}`).join("; ")}).`);
        }
        const u = completion.usage;
        return {
          status: "ok",
          model: completion.model || config.model,
          latencyMs: elapsed(),
          usage: u ? { promptTokens: u.prompt_tokens, completionTokens: u.completion_tokens, totalTokens: u.total_tokens } : null,
          criteria: checked.criteria,
          overall: parsed.data.overall,
          complete: checked.missing.length === 0,
          missing: checked.missing,
          unknownCriteria: checked.unknownCriteria,
          assessment: checked.assessment,
          outputMode: mode,
        };
      }
      return failed("The model's reply was not valid JSON.");
    },
  };
}

/** The reviewer the environment asks for, or null: feedback is off without an API key or a base URL. */
export function llmConfigFromEnv(env: { OPENAI_API_KEY?: string | undefined; OPENAI_BASE_URL?: string | undefined; OPENAI_MODEL: string; OPENAI_TIMEOUT_MS: number }): LlmConfig | null {
  if (!env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) return null;
  return {
    ...(env.OPENAI_API_KEY ? { apiKey: env.OPENAI_API_KEY } : {}),
    ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
    model: env.OPENAI_MODEL,
    timeoutMs: env.OPENAI_TIMEOUT_MS,
  };
}

/** What the product says while feedback is off. */
export const LLM_OFF_MESSAGE = "AI feedback is off on this server: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local OpenAI-compatible server) to turn it on.";
