import { Hono } from "hono";
import type { Db } from "../db/client.ts";
import type { Problem } from "../problems/load.ts";
import { getDraft } from "../services/drafts/get.ts";
import { saveDraft, saveDraftInputSchema } from "../services/drafts/save.ts";
import { requireUser } from "./session.ts";
import { jsonBody } from "./validate.ts";

export interface DraftRoutesDeps {
  db: Db;
  problems: readonly Problem[];
}

/** `/api/problems/:slug/draft`: the signed-in user's saved code for a problem. */
export function draftRoutes(deps: DraftRoutesDeps) {
  return new Hono()
    .get("/:slug/draft", async (c) => c.json(await getDraft(deps.db, requireUser(c).id, c.req.param("slug"))))
    .put("/:slug/draft", jsonBody(saveDraftInputSchema), async (c) =>
      c.json(await saveDraft(deps, requireUser(c).id, c.req.param("slug"), c.req.valid("json"))),
    );
}
