import { type Context, Hono } from "hono";
import type { RequestIdVariables } from "hono/request-id";
import type { Db } from "../db/client.ts";
import { withJudgeOptions } from "../judge/index.ts";
import type { Judge } from "../judge/types.ts";
import type { Lifecycle } from "../lifecycle.ts";
import type { RateLimits } from "../lib/rate-limits.ts";
import type { Problem } from "../problems/load.ts";
import { findProblem } from "../services/problems/find.ts";
import { getProblem } from "../services/problems/get.ts";
import { listProblems } from "../services/problems/list.ts";
import { runInputSchema, runProblem } from "../services/problems/run.ts";
import { createReferenceRuns } from "../services/problems/reference.ts";
import { submitInputSchema, submitProblem } from "../services/problems/submit.ts";
import { clientKey } from "./client-ip.ts";
import { refuseWhileDraining } from "./draining.ts";
import { streamWhenAsked } from "./judge-stream.ts";
import { rateLimited } from "./rate-limit.ts";
import { currentUser } from "./session.ts";
import { jsonBody } from "./validate.ts";

export interface ProblemRoutesDeps {
  problems: readonly Problem[];
  judge: Judge;
  db: Db;
  rateLimits: RateLimits;
  proxyClientIpHeader?: string;
  /** Whether the server still takes new work; always by default. */
  lifecycle?: Lifecycle;
}

/** Run and Submit answer JSON, or Server-Sent Events test by test when asked (`Accept: text/event-stream`). */
export function problemRoutes(deps: ProblemRoutesDeps) {
  const references = createReferenceRuns(deps.judge);
  // The judge counts each request's work against its client: a share of the queue, and a cap.
  const judging = (c: Context) => ({ ...deps, references, judge: withJudgeOptions(deps.judge, { client: clientKey(c, deps.proxyClientIpHeader) }) });
  const limit = (action: "run" | "submit") => rateLimited(deps.rateLimits, action, deps.proxyClientIpHeader);
  const accepting = refuseWhileDraining(deps.lifecycle);
  return new Hono<{ Variables: RequestIdVariables }>()
    .get("/", (c) => c.json(listProblems(deps.problems)))
    .get("/:slug", (c) => {
      const problem = getProblem(deps.problems, c.req.param("slug"));
      // Judge the reference solution in the background now: Run and Submit use it for the test count.
      void references.get(findProblem(deps.problems, problem.slug));
      return c.json(problem);
    })
    .post(
      "/:slug/run",
      accepting,
      limit("run"),
      jsonBody(runInputSchema),
      (c, next) => streamWhenAsked(c, next, (events) => runProblem(judging(c), c.req.param("slug"), c.req.valid("json"), events)),
      async (c) => c.json(await runProblem(judging(c), c.req.param("slug"), c.req.valid("json"))),
    )
    .post(
      "/:slug/submit",
      accepting,
      limit("submit"),
      jsonBody(submitInputSchema),
      (c, next) =>
        streamWhenAsked(c, next, (events) => submitProblem(judging(c), c.req.param("slug"), { ...c.req.valid("json"), userId: currentUser(c)?.id }, events)),
      async (c) => c.json(await submitProblem(judging(c), c.req.param("slug"), { ...c.req.valid("json"), userId: currentUser(c)?.id })),
    );
}
