import { Hono } from "hono";
import type { Db } from "../db/client.ts";
import { getSubmission } from "../services/submissions/get.ts";
import { listSubmissions } from "../services/submissions/list.ts";
import { requireUser } from "./session.ts";

/** The signed-in user's own submissions: per problem, and one by id. Mounted at `/api`. */
export function submissionRoutes(deps: { db: Db }) {
  return new Hono()
    .get("/problems/:slug/submissions", async (c) =>
      c.json({ submissions: await listSubmissions(deps.db, requireUser(c).id, c.req.param("slug")) }),
    )
    .get("/submissions/:id", async (c) => c.json(await getSubmission(deps.db, requireUser(c).id, c.req.param("id"))));
}
