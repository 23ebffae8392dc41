import { Hono } from "hono";
import { z } from "zod";
import type { Db } from "../db/client.ts";
import { getSubmission } from "../services/submissions/get.ts";
import { listSubmissions } from "../services/submissions/list.ts";
import { operation } from "./openapi.ts";
import { submissionDetailSchema, submissionSummarySchema } from "./problems.schema.ts";
import { requireUser } from "./session.ts";

/** The signed-in user's own submissions: per problem, and one by id. Mounted at `/api`. */
export function submissionRoutes(deps: { db: Db }) {
  return new Hono()
    .get(
      "/problems/:slug/submissions",
      operation({
        tag: "problems",
        summary: "Your submissions of a problem, newest first",
        params: { slug: "The problem's slug." },
        responses: { 200: { description: "Without their code.", json: z.object({ submissions: z.array(submissionSummarySchema) }) } },
        errors: [401],
      }),
      async (c) =>
      c.json({ submissions: await listSubmissions(deps.db, requireUser(c).id, c.req.param("slug")) }),
    )
    .get(
      "/submissions/:id",
      operation({ tag: "problems", summary: "One of your submissions, code included", params: { id: "The submission's id." }, responses: { 200: { description: "The submission.", json: submissionDetailSchema } }, errors: [401, 404] }),
      async (c) => c.json(await getSubmission(deps.db, requireUser(c).id, c.req.param("id"))));
}
