import { performance } from "node:perf_hooks";
import OpenAI, { APIConnectionTimeoutError, APIError, RateLimitError } from "openai";
import type { DiagramGraph } from "./diagram.ts";
import { type LlmReply, llmReplySchema, responseJsonSchema, SYSTEM_PROMPT, userPrompt } from "./llm-prompt.ts";
import type { Evidence, Level, ScoreResult } from "./result.ts";
import type { Rubric } from "./rubric.ts";

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
/** The deterministic and the model's level may differ by this much before a criterion is flagged. */
const AGREEMENT = 1;

export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

export interface LlmCriterionFeedback {
  id: string;
  level: Level;
  /** The deterministic scorer's level, shown beside it. */
  scorerLevel: Level;
  /** The two levels differ by more than one: worth a look. */
  flagged: boolean;
  /** The model's quotes that are in the answer, with their offsets. */
  evidence: Evidence[];
  /** The model's quotes that are not in the answer: dropped, counted for transparency. */
  droppedQuotes: number;
  suggestion: string;
}

export type LlmFeedback =
  | {
      status: "ok";
      model: string;
      latencyMs: number;
      usage: LlmUsage | null;
      criteria: LlmCriterionFeedback[];
      overall: string;
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
  review(input: LlmFeedbackInput): Promise<LlmFeedback>;
}

/** Where a quote is in the answer: exactly, or with whitespace and quote marks as the answer has them. */
export function locateQuote(answer: string, quote: string): { start: number; end: number } | undefined {
  const q = quote.trim();
  if (q.length < 3) return undefined;
  const exact = answer.indexOf(q);
  if (exact !== -1) return { start: exact, end: exact + q.length };
  const pattern = q
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/["“”]/g, "[\"“”]").replace(/['‘’]/g, "['‘’]"))
    .join("\\s+");
  const m = new RegExp(pattern).exec(answer);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

function describeFailure(error: unknown): string {
  if (error instanceof APIConnectionTimeoutError) return "The model did not answer in time. Try again later.";
  if (error instanceof RateLimitError) return "The model's server is rate-limiting requests (429). Try again in a minute.";
  if (error instanceof APIError && error.status !== undefined) return `The model's server answered ${error.status}: ${error.message}`;
  if (error instanceof APIError) return `Could not reach the model's server: ${error.message}`;
  return `The model request failed: ${error instanceof Error ? error.message : String(error)}`;
}

function feedbackFrom(reply: LlmReply, input: LlmFeedbackInput): LlmCriterionFeedback[] {
  const out: LlmCriterionFeedback[] = [];
  for (const scored of input.score.criteria) {
    const c = reply.criteria.find((x) => x.id === scored.id);
    if (!c) continue;
    const evidence: Evidence[] = [];
    let droppedQuotes = 0;
    for (const quote of c.evidence) {
      const at = locateQuote(input.answer, quote);
      if (at) evidence.push({ source: "answer", signal: "llm", label: "model's quote", quote: input.answer.slice(at.start, at.end), ...at });
      else droppedQuotes++;
    }
    const level = c.level as Level;
    out.push({ id: scored.id, level, scorerLevel: scored.level, flagged: Math.abs(level - scored.level) > AGREEMENT, evidence, droppedQuotes, suggestion: c.suggestion });
  }
  return out;
}

/** A reviewer on one OpenAI client: one request per answer, JSON-schema output, temperature 0, a timeout and one retry. */
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
  return {
    model: config.model,
    async review(input) {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const failed = (message: string): LlmFeedback => ({ status: "error", model: config.model, latencyMs: elapsed(), message });
      let completion: OpenAI.Chat.Completions.ChatCompletion;
      try {
        completion = await client.chat.completions.create({
          model: config.model,
          temperature: 0,
          seed: SEED,
          messages: [
            { role: "system", content: SYSTEM_PROMPT },
            { role: "user", content: userPrompt(input.rubric, input.answer, input.diagram) },
          ],
          response_format: { type: "json_schema", json_schema: { name: "rubric_feedback", strict: true, schema: responseJsonSchema(input.rubric) } },
        });
      } catch (error) {
        return failed(describeFailure(error));
      }
      const message = completion.choices[0]?.message;
      if (message?.refusal) return failed(`The model declined to grade this answer: ${message.refusal}`);
      if (!message?.content) return failed("The model sent an empty reply.");
      let json: unknown;
      try {
        json = JSON.parse(message.content);
      } catch {
        return failed("The model's reply was not valid JSON.");
      }
      const parsed = llmReplySchema.safeParse(json);
      if (!parsed.success) return failed(`The model's reply did not follow the schema (${parsed.error.issues[0]?.path.join(".") || "root"}: ${parsed.error.issues[0]?.message}).`);
      const u = completion.usage;
      return {
        status: "ok",
        model: completion.model || config.model,
        latencyMs: elapsed(),
        usage: u ? { promptTokens: u.prompt_tokens, completionTokens: u.completion_tokens, totalTokens: u.total_tokens } : null,
        criteria: feedbackFrom(parsed.data, input),
        overall: parsed.data.overall,
      };
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
