import { Hono } from "hono";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import type { RateLimits } from "../lib/rate-limits.ts";
import type { Rubric } from "../scoring/rubric.ts";
import type { AnswerFeedback } from "../services/answers/feedback.ts";
import { getAnswer } from "../services/answers/get.ts";
import { listAnswers } from "../services/answers/list.ts";
import { answerInputSchema, submitAnswer } from "../services/answers/score.ts";
import { revealModelAnswer } from "../services/answers/reveal.ts";
import { answerViewSchema, FEEDBACK_ACCESS, FEEDBACK_EVENTS, revealSchema, scoredAnswerSchema } from "./answers.schema.ts";
import { streamFeedback } from "./feedback-stream.ts";
import { eventStream, operation } from "./openapi.ts";
import { rateLimited } from "./rate-limit.ts";
import { currentUser, requireUser, signedInOnly } from "./session.ts";
import { jsonBody, parseOrThrow } from "./validate.ts";

export interface AnswerRoutesDeps {
  db: Db;
  rubrics: readonly Rubric[];
  feedback: AnswerFeedback;
  rateLimits: RateLimits;
  proxyClientIpHeader?: string;
  /** How often the feedback stream sends a heartbeat while the model thinks; 15 s by default. */
  feedbackHeartbeatMs?: number;
}

const listQuerySchema = z.object({ rubricId: z.string().min(1, "name the question with ?rubricId=").meta({ description: "The question's rubric id." }) });
const id = { id: "The kept answer's id." };

/** `/api/answers`: score an answer at once, read a kept one back, and stream AI feedback on either. */
export function answerRoutes(deps: AnswerRoutesDeps) {
  return new Hono()
    .post(
      "/",
      operation({
        tag: "answers",
        summary: "Score a written answer (and its whiteboard scene)",
        description: "Kept, with an id, when signed in.",
        body: answerInputSchema,
        responses: { 200: { description: "The scorecard.", json: scoredAnswerSchema } },
        errors: [400, 404, 429],
      }),
      rateLimited(deps.rateLimits, "answer", deps.proxyClientIpHeader), jsonBody(answerInputSchema), async (c) =>
      c.json(await submitAnswer(deps, c.req.valid("json"), currentUser(c)?.id ?? null)),
    )
    .get(
      "/",
      operation({
        tag: "answers",
        summary: "Your kept answers to one question, newest first",
        query: listQuerySchema,
        responses: { 200: { description: "The answers.", json: z.object({ answers: z.array(answerViewSchema) }) } },
        errors: [400, 401],
      }),
      async (c) => {
      const { rubricId } = parseOrThrow(listQuerySchema, c.req.query(), "query");
      return c.json({ answers: await listAnswers(deps.db, requireUser(c).id, rubricId) });
      },
    )
    .post(
      "/feedback",
      operation({ tag: "answers", summary: "AI feedback on an answer, streamed", description: FEEDBACK_ACCESS, body: answerInputSchema, responses: { 200: eventStream(FEEDBACK_EVENTS) }, errors: [400, 401, 404, 429] }),
      signedInOnly, jsonBody(answerInputSchema), async (c) => {
        const user = requireUser(c);
        return streamFeedback(c, await deps.feedback.prepare(deps.rubrics, c.req.valid("json"), user.id), deps.feedback.model, deps.feedbackHeartbeatMs);
      })
    .post(
      "/:id/reveal",
      operation({
        tag: "answers",
        summary: "Show the model answer of the question this answer is to",
        description:
          "Records that you saw it: from then on your scorecards for the question are whole (`answerKey: \"revealed\"`), and your new answers to it are marked `afterModelAnswer` and left out of progress. Asked from one of your answers, so it always follows an attempt; asking again changes nothing.",
        params: id,
        responses: { 200: { description: "The model answer, and this answer's whole scorecard.", json: revealSchema } },
        errors: [401, 404],
      }),
      async (c) => c.json(await revealModelAnswer(deps, requireUser(c).id, c.req.param("id"))),
    )
    .get("/:id", operation({ tag: "answers", summary: "One of your kept answers, scene included", params: id, responses: { 200: { description: "The answer.", json: answerViewSchema } }, errors: [401, 404] }), async (c) => c.json(await getAnswer(deps.db, requireUser(c).id, c.req.param("id"))))
    .get(
      "/:id/feedback",
      operation({ tag: "answers", summary: "AI feedback on one of your kept answers, streamed", description: FEEDBACK_ACCESS, params: id, responses: { 200: eventStream(FEEDBACK_EVENTS) }, errors: [401, 404, 429] }),
      async (c) => {
      const user = requireUser(c);
      const kept = await getAnswer(deps.db, user.id, c.req.param("id"));
      const input = { rubricId: kept.rubricId, answer: kept.answer, ...(kept.diagram ? { diagram: kept.diagram } : {}) };
      return streamFeedback(c, await deps.feedback.prepare(deps.rubrics, input, user.id), deps.feedback.model, deps.feedbackHeartbeatMs);
    });
}
