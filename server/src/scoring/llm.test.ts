import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completion, type FakeLlmServer, startFakeLlm } from "../../../test/fixtures/fake-llm-server.ts";
import { makeRubric } from "./fixtures.ts";
import { createLlmReviewer, type LlmFeedback, llmConfigFromEnv, locateQuote } from "./llm.ts";
import { scoreAnswer } from "./score.ts";

const RUBRIC = makeRubric({
  kind: "design",
  criteria: [
    { id: "reliability", title: "Reliability", weight: 2, concepts: ["dead-letter queue", "idempotency"], modelAnswer: "Retries, a DLQ and idempotent consumers." },
    { id: "scaling", title: "Scaling", weight: 1, concepts: ["sharding"] },
  ],
});
const ANSWER = "Failed messages go to a dead-letter queue after three tries.\nThe consumer is idempotent, keyed by order id.";
const SCORE = scoreAnswer(RUBRIC, ANSWER);

function reply(criteria: { id: string; level: number; evidence: string[]; suggestion: string }[], overall = "Solid on reliability.") {
  return completion(JSON.stringify({ criteria, overall }));
}
const GOOD = [
  { id: "reliability", level: 4, evidence: ["Failed messages go to a dead-letter queue", "idempotent, keyed by order id"], suggestion: "Say how you redrive the DLQ." },
  { id: "scaling", level: 2, evidence: [], suggestion: "Explain how you would shard." },
];

let llm: FakeLlmServer;
beforeAll(async () => {
  llm = await startFakeLlm();
});
afterAll(() => llm.close());

const reviewer = (timeoutMs = 5_000) => createLlmReviewer({ apiKey: "test-key", baseURL: llm.baseURL, model: "fake-model-1", timeoutMs });
const review = (timeoutMs?: number) => reviewer(timeoutMs).review({ rubric: RUBRIC, answer: ANSWER, score: SCORE });
function expectError(result: LlmFeedback, pattern: RegExp) {
  expect(result.status).toBe("error");
  if (result.status === "error") expect(result.message).toMatch(pattern);
}

describe("LLM feedback through the real OpenAI SDK", () => {
  it("sends one deterministic, schema-constrained request and returns validated feedback beside the scorer's levels", async () => {
    llm.script(() => ({ body: reply(GOOD) }));
    const before = llm.requests.length;
    const result = await review();
    expect(llm.requests.length - before).toBe(1);
    const sent = llm.requests.at(-1)!;
    expect(sent).toMatchObject({ model: "fake-model-1", temperature: 0, seed: 7 });
    expect(sent.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "rubric_feedback", strict: true } });
    expect(JSON.stringify(sent.response_format?.json_schema?.schema)).toContain('"enum":["reliability","scaling"]');
    expect(sent.messages[1]?.content).toContain(ANSWER);

    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result).toMatchObject({ model: "fake-model-1", usage: { promptTokens: 321, completionTokens: 54, totalTokens: 375 }, overall: "Solid on reliability." });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    const [reliability, scaling] = result.criteria;
    expect(reliability).toMatchObject({ id: "reliability", level: 4, scorerLevel: 4, flagged: false, droppedQuotes: 0 });
    for (const e of reliability!.evidence) expect(ANSWER.slice(e.start, e.end)).toBe(e.quote);
    // The scorer found no sharding (level 0); the model says 2: more than one level apart.
    expect(scaling).toMatchObject({ id: "scaling", level: 2, scorerLevel: 0, flagged: true });
  });

  it("drops quotes that are not in the answer, and counts them", async () => {
    llm.script(() => ({
      body: reply([{ id: "reliability", level: 3, evidence: ["Failed messages go to a dead-letter queue", "we use Kafka exactly once"], suggestion: "s" }]),
    }));
    const result = await review();
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.criteria).toHaveLength(1);
    expect(result.criteria[0]!.evidence.map((e) => e.quote)).toEqual(["Failed messages go to a dead-letter queue"]);
    expect(result.criteria[0]!.droppedQuotes).toBe(1);
  });

  it("turns malformed JSON into a message", async () => {
    llm.script(() => ({ body: completion('{"criteria": [') }));
    expectError(await review(), /not valid JSON/);
  });

  it("turns a reply that breaks the schema into a message", async () => {
    llm.script(() => ({ body: reply([{ id: "reliability", level: 9, evidence: [], suggestion: "s" }]) }));
    expectError(await review(), /did not follow the schema \(criteria\.0\.level/);
  });

  it("turns a refusal into a message", async () => {
    llm.script(() => ({ body: completion(null, { refusal: "I can't help with that." }) }));
    expectError(await review(), /declined to grade this answer: I can't help with that\./);
  });

  it("gives up after the timeout and one retry, with a message", async () => {
    llm.script(() => ({ body: reply(GOOD), delayMs: 2_000 }));
    const before = llm.requests.length;
    const started = Date.now();
    const result = await review(200);
    expectError(result, /did not answer in time/);
    expect(llm.requests.length - before).toBe(2);
    expect(Date.now() - started).toBeLessThan(1_900);
  });

  it("retries once after a 429, then succeeds", async () => {
    llm.script((_, n) => (n === 1 ? { status: 429, headers: { "retry-after-ms": "10" }, body: { error: { message: "slow down", type: "rate_limit" } } } : { body: reply(GOOD) }));
    const before = llm.requests.length;
    const result = await review();
    expect(result.status).toBe("ok");
    expect(llm.requests.length - before).toBe(2);
  });

  it("reports a 429 that persists", async () => {
    llm.script(() => ({ status: 429, headers: { "retry-after-ms": "10" }, body: { error: { message: "slow down", type: "rate_limit" } } }));
    expectError(await review(), /rate-limiting/);
  });

  it("reports a server that cannot be reached", async () => {
    const dead = createLlmReviewer({ baseURL: "http://127.0.0.1:9/v1", model: "m", timeoutMs: 2_000 });
    expectError(await dead.review({ rubric: RUBRIC, answer: ANSWER, score: SCORE }), /Could not reach the model's server/);
  });
});

describe("locateQuote", () => {
  it("finds a quote exactly, or across different whitespace and quote marks", () => {
    const answer = "We said “no”   to\n2PC.";
    expect(locateQuote(answer, "to\n2PC")).toEqual({ start: 15, end: 21 });
    expect(locateQuote(answer, 'We said "no" to 2PC.')).toEqual({ start: 0, end: answer.length });
    expect(locateQuote(answer, "We said yes")).toBeUndefined();
    expect(locateQuote(answer, "We")).toBeUndefined();
  });
});

describe("llmConfigFromEnv", () => {
  it("is off without a key or a base URL, and on with either", () => {
    const base = { OPENAI_MODEL: "gpt-4o-mini", OPENAI_TIMEOUT_MS: 30_000 };
    expect(llmConfigFromEnv(base)).toBeNull();
    expect(llmConfigFromEnv({ ...base, OPENAI_API_KEY: "k" })).toEqual({ apiKey: "k", model: "gpt-4o-mini", timeoutMs: 30_000 });
    expect(llmConfigFromEnv({ ...base, OPENAI_BASE_URL: "http://localhost:11434/v1" })).toEqual({ baseURL: "http://localhost:11434/v1", model: "gpt-4o-mini", timeoutMs: 30_000 });
  });
});
