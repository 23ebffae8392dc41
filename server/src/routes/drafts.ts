import { Hono } from "hono";
import type { Db } from "../db/client.ts";
import type { Problem } from "../problems/load.ts";
import { getDraft } from "../services/drafts/get.ts";
import { saveDraft, saveDraftInputSchema } from "../services/drafts/save.ts";
import { requireUser } from "./session.ts";
import { operation } from "./openapi.ts";
import { draftViewSchema } from "./problems.schema.ts";
import { jsonBody } from "./validate.ts";

const params = { slug: "The problem's slug." };

export interface DraftRoutesDeps {
  db: Db;
  problems: readonly Problem[];
}

/** `/api/problems/:slug/draft`: the signed-in user's saved code for a problem. */
export function draftRoutes(deps: DraftRoutesDeps) {
  return new Hono()
    .get("/:slug/draft", operation({ tag: "problems", summary: "Your saved code for a problem", params, responses: { 200: { description: "The draft.", json: draftViewSchema } }, errors: [401, 404] }), async (c) => c.json(await getDraft(deps.db, requireUser(c).id, c.req.param("slug"))))
    .put(
      "/:slug/draft",
      operation({
        tag: "problems",
        summary: "Save your code for a problem",
        params,
        body: saveDraftInputSchema,
        responses: { 200: { description: "Saved.", json: draftViewSchema.pick({ updatedAt: true }) } },
        errors: [400, 401, 404],
      }),
      jsonBody(saveDraftInputSchema), async (c) =>
      c.json(await saveDraft(deps, requireUser(c).id, c.req.param("slug"), c.req.valid("json"))),
    );
}
