import { Hono } from "hono";
import { z } from "zod";
import type { RequestIdVariables } from "hono/request-id";
import { getAttemptItem } from "../services/attempts/item.ts";
import { problemContentHash } from "../services/attempts/content.ts";
import { draftInputSchema, saveItemDraft } from "../services/attempts/draft.ts";
import { finishAttempt } from "../services/attempts/finish.ts";
import { listMyAttempts } from "../services/attempts/list.ts";
import { getCandidateResult } from "../services/attempts/result.ts";
import { runAttemptItem } from "../services/attempts/run.ts";
import { getAttempt, startAttempt } from "../services/attempts/start.ts";
import { itemSubmitInputSchema, submitAttemptItem } from "../services/attempts/submit.ts";
import { createReferenceRuns } from "../services/problems/reference.ts";
import { runInputSchema } from "../services/problems/run.ts";
import type { TeamDeps } from "../teams/deps.ts";
import { refuseWhileDraining } from "./draining.ts";
import { streamWhenAsked } from "./judge-stream.ts";
import { rateLimited } from "./rate-limit.ts";
import { requireUser } from "./session.ts";
import { attemptItemSchema, attemptOverviewSchema, attemptSummarySchema, candidateResultSchema, itemSubmitResultSchema } from "./attempts.schema.ts";
import { operation } from "./openapi.ts";
import { JUDGING_EVENTS, judgeResultSchema } from "./problems.schema.ts";
import { jsonBody } from "./validate.ts";

const tag = "attempts";
const attempt = { id: "The attempt's id." };
const item = { ...attempt, position: "The item's position in the set, from 1." };
const overview = { 200: { description: "The attempt, its clock and its items.", json: attemptOverviewSchema } };
const own = [401, 404] as const;

/** Each route's description in the OpenAPI document. */
const docs = {
  list: operation({ tag, summary: "Your attempts, newest first", responses: { 200: { description: "Each with its clock applied.", json: z.object({ attempts: z.array(attemptSummarySchema) }) } }, errors: [401] }),
  get: operation({ tag, summary: "One of your attempts", params: attempt, responses: overview, errors: own }),
  start: operation({ tag, summary: "Start the clock", description: "Starting again answers the same attempt.", params: attempt, responses: overview, errors: [...own, 409] }),
  finish: operation({ tag, summary: "Hand in: close the attempt and grade it", params: attempt, responses: overview, errors: [...own, 409] }),
  result: operation({ tag, summary: "Your result, when the team shows it", params: attempt, responses: { 200: { description: "Points per item.", json: candidateResultSchema } }, errors: [...own, 403, 409] }),
  item: operation({ tag, summary: "One item: its problem or question", description: "Only once the clock has started.", params: item, responses: { 200: { description: "The item.", json: attemptItemSchema } }, errors: [400, ...own, 409] }),
  draft: operation({
    tag,
    summary: "Save your work on an item",
    params: item,
    body: draftInputSchema,
    responses: { 200: { description: "Saved.", json: z.object({ savedAt: z.string() }) } },
    errors: [400, ...own, 409],
  }),
  run: operation({
    tag,
    summary: "Run code on a coding item's samples",
    params: item,
    body: runInputSchema,
    responses: { 200: { description: "The verdict and each sample test.", json: judgeResultSchema, events: JUDGING_EVENTS } },
    errors: [400, ...own, 409, 429, 503],
  }),
  submit: operation({
    tag,
    summary: "Submit an item: code is judged, an answer kept for scoring",
    params: item,
    body: itemSubmitInputSchema,
    responses: { 200: { description: "What was kept; for code the verdict. A written answer's score waits for the result, once the attempt is closed.", json: itemSubmitResultSchema, events: JUDGING_EVENTS } },
    errors: [400, ...own, 409, 429, 503],
  }),
};

/**
 * `/api/attempts`: the candidate's own attempts (anyone else's are 404s). Every request applies
 * the server's clock first; Run and Submit stream test by test when asked (`Accept: text/event-stream`).
 */
export function attemptRoutes(deps: TeamDeps) {
  const judging = { ...deps, references: createReferenceRuns(deps.judge, problemContentHash) };
  const position = (value: string) => Number(value);
  const limit = (action: "run" | "submit") => rateLimited(deps.rateLimits, action, deps.proxyClientIpHeader);
  const accepting = refuseWhileDraining(deps.lifecycle);
  return new Hono<{ Variables: RequestIdVariables }>()
    .get("/", docs.list, async (c) => c.json({ attempts: await listMyAttempts(deps, requireUser(c).id) }))
    .get("/:id", docs.get, async (c) => c.json(await getAttempt(deps, requireUser(c).id, c.req.param("id"))))
    .post("/:id/start", docs.start, async (c) => c.json(await startAttempt(deps, requireUser(c).id, c.req.param("id"))))
    .post("/:id/finish", docs.finish, async (c) => c.json(await finishAttempt(deps, requireUser(c).id, c.req.param("id"))))
    .get("/:id/result", docs.result, async (c) => c.json(await getCandidateResult(deps, requireUser(c).id, c.req.param("id"))))
    .get("/:id/items/:position", docs.item, async (c) => c.json(await getAttemptItem(deps, requireUser(c).id, c.req.param("id"), position(c.req.param("position")))))
    .put("/:id/items/:position/draft", docs.draft, jsonBody(draftInputSchema), async (c) =>
      c.json(await saveItemDraft(deps, requireUser(c).id, c.req.param("id"), position(c.req.param("position")), c.req.valid("json"))),
    )
    .post(
      "/:id/items/:position/run",
      docs.run,
      accepting,
      limit("run"),
      jsonBody(runInputSchema),
      (c, next) =>
        streamWhenAsked(c, next, (events) => runAttemptItem(judging, requireUser(c).id, c.req.param("id"), position(c.req.param("position")), c.req.valid("json"), events)),
      async (c) => c.json(await runAttemptItem(judging, requireUser(c).id, c.req.param("id"), position(c.req.param("position")), c.req.valid("json"))),
    )
    .post(
      "/:id/items/:position/submit",
      docs.submit,
      accepting,
      limit("submit"),
      jsonBody(itemSubmitInputSchema),
      (c, next) =>
        streamWhenAsked(c, next, (events) =>
          submitAttemptItem(judging, requireUser(c).id, c.req.param("id"), position(c.req.param("position")), c.req.valid("json"), events),
        ),
      async (c) => c.json(await submitAttemptItem(judging, requireUser(c).id, c.req.param("id"), position(c.req.param("position")), c.req.valid("json"))),
    );
}
