import { type Context, Hono } from "hono";
import { z } from "zod";
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
import { operation } from "./openapi.ts";
import { JUDGING_EVENTS, judgeResultSchema, problemSummarySchema, publicProblemSchema, submitResultSchema } from "./problems.schema.ts";
import { jsonBody } from "./validate.ts";

const slug = { slug: "The problem's slug, e.g. `two-sum`." };

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
    .get(
      "/",
      operation({ tag: "problems", summary: "List the problem bank", responses: { 200: { description: "Every problem, without statements.", json: z.array(problemSummarySchema) } }, errors: [] }),
      (c) => c.json(listProblems(deps.problems)),
    )
    .get(
      "/:slug",
      operation({ tag: "problems", summary: "One problem: statement, starter code, samples", params: slug, responses: { 200: { description: "The problem.", json: publicProblemSchema } }, errors: [404] }),
      (c) => {
      const problem = getProblem(deps.problems, c.req.param("slug"));
      // Judge the reference solution in the background now: Run and Submit use it for the test count.
      void references.get(findProblem(deps.problems, problem.slug));
      return c.json(problem);
      },
    )
    .post(
      "/:slug/run",
      operation({
        tag: "problems",
        summary: "Run code against the samples (and custom cases)",
        description: "Nothing is kept. JSON, or Server-Sent Events test by test with `Accept: text/event-stream`.",
        params: slug,
        body: runInputSchema,
        responses: { 200: { description: "The verdict and each sample test.", json: judgeResultSchema, events: JUDGING_EVENTS } },
        errors: [400, 404, 429, 503],
      }),
      accepting,
      limit("run"),
      jsonBody(runInputSchema),
      (c, next) => streamWhenAsked(c, next, (events) => runProblem(judging(c), c.req.param("slug"), c.req.valid("json"), events)),
      async (c) => c.json(await runProblem(judging(c), c.req.param("slug"), c.req.valid("json"))),
    )
    .post(
      "/:slug/submit",
      operation({
        tag: "problems",
        summary: "Submit code against every test",
        description: "Kept when signed in. JSON, or Server-Sent Events test by test with `Accept: text/event-stream`.",
        params: slug,
        body: submitInputSchema,
        responses: { 200: { description: "The verdict; hidden tests show only their outcome.", json: submitResultSchema, events: JUDGING_EVENTS } },
        errors: [400, 404, 429, 503],
      }),
      accepting,
      limit("submit"),
      jsonBody(submitInputSchema),
      (c, next) =>
        streamWhenAsked(c, next, (events) => submitProblem(judging(c), c.req.param("slug"), { ...c.req.valid("json"), userId: currentUser(c)?.id }, events)),
      async (c) => c.json(await submitProblem(judging(c), c.req.param("slug"), { ...c.req.valid("json"), userId: currentUser(c)?.id })),
    );
}
