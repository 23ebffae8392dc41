import { Hono } from "hono";
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
import { jsonBody } from "./validate.ts";

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
    .get("/", async (c) => c.json({ attempts: await listMyAttempts(deps, requireUser(c).id) }))
    .get("/:id", async (c) => c.json(await getAttempt(deps, requireUser(c).id, c.req.param("id"))))
    .post("/:id/start", async (c) => c.json(await startAttempt(deps, requireUser(c).id, c.req.param("id"))))
    .post("/:id/finish", async (c) => c.json(await finishAttempt(deps, requireUser(c).id, c.req.param("id"))))
    .get("/:id/result", async (c) => c.json(await getCandidateResult(deps, requireUser(c).id, c.req.param("id"))))
    .get("/:id/items/:position", async (c) => c.json(await getAttemptItem(deps, requireUser(c).id, c.req.param("id"), position(c.req.param("position")))))
    .put("/:id/items/:position/draft", jsonBody(draftInputSchema), async (c) =>
      c.json(await saveItemDraft(deps, requireUser(c).id, c.req.param("id"), position(c.req.param("position")), c.req.valid("json"))),
    )
    .post(
      "/:id/items/:position/run",
      accepting,
      limit("run"),
      jsonBody(runInputSchema),
      (c, next) =>
        streamWhenAsked(c, next, (events) => runAttemptItem(judging, requireUser(c).id, c.req.param("id"), position(c.req.param("position")), c.req.valid("json"), events)),
      async (c) => c.json(await runAttemptItem(judging, requireUser(c).id, c.req.param("id"), position(c.req.param("position")), c.req.valid("json"))),
    )
    .post(
      "/:id/items/:position/submit",
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
