import type { Context } from "hono";
import { Hono } from "hono";
import { getSetResultDetails, getAttemptDetail, getSetResults } from "../services/results/read.ts";
import { resultsCsv } from "../services/results/csv.ts";
import { createInvitation, invitationInputSchema, listInvitations, revokeInvitation } from "../services/invitations/manage.ts";
import { createSet } from "../services/sets/create.ts";
import { getSet } from "../services/sets/get.ts";
import { listSets } from "../services/sets/list.ts";
import { setInputSchema } from "../services/sets/schema.ts";
import { updateSet } from "../services/sets/update.ts";
import type { TeamDeps } from "../teams/deps.ts";
import { attachmentDisposition } from "./content-disposition.ts";
import { requireUser } from "./session.ts";
import { jsonBody } from "./validate.ts";

/** A file name for a download, from the set's title: letters, digits and dashes only. */
function downloadName(title: string, extension: string): string {
  const base = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `${base || "set"}-results.${extension}`;
}

function attachment(c: Context, name: string): void {
  c.header("Content-Disposition", attachmentDisposition(name));
  c.header("Cache-Control", "no-store");
}

/** `/api/teams/:teamId/sets...`: sets, their invitation links and results, for the team's leads and owners. */
export function setRoutes(deps: TeamDeps) {
  return new Hono()
    .get("/:teamId/sets", async (c) => c.json({ sets: await listSets(deps.db, requireUser(c).id, c.req.param("teamId")) }))
    .post("/:teamId/sets", jsonBody(setInputSchema), async (c) =>
      c.json({ set: await createSet(deps, requireUser(c).id, c.req.param("teamId"), c.req.valid("json")) }, 201),
    )
    .get("/:teamId/sets/:setId", async (c) => c.json({ set: await getSet(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId")) }))
    .put("/:teamId/sets/:setId", jsonBody(setInputSchema), async (c) =>
      c.json({ set: await updateSet(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"), c.req.valid("json")) }),
    )
    .get("/:teamId/sets/:setId/invitations", async (c) =>
      c.json({ invitations: await listInvitations(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId")) }),
    )
    .post("/:teamId/sets/:setId/invitations", jsonBody(invitationInputSchema), async (c) => {
      const created = await createInvitation(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"), c.req.valid("json"));
      c.header("Cache-Control", "no-store");
      return c.json({ invitation: created.invitation, token: created.token, path: created.path }, 201);
    })
    .delete("/:teamId/sets/:setId/invitations/:invitationId", async (c) =>
      c.json({ invitation: await revokeInvitation(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"), c.req.param("invitationId")) }),
    )
    .get("/:teamId/sets/:setId/results", async (c) => {
      const results = await getSetResults(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"));
      return c.json({ set: results.set, attempts: results.attempts });
    })
    .get("/:teamId/sets/:setId/results.csv", async (c) => {
      const results = await getSetResults(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"));
      attachment(c, downloadName(results.set.title, "csv"));
      return c.body(resultsCsv(results), 200, { "Content-Type": "text/csv; charset=utf-8" });
    })
    .get("/:teamId/sets/:setId/results.json", async (c) => {
      const results = await getSetResultDetails(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"));
      attachment(c, downloadName(results.set.title, "json"));
      return c.json({ set: results.set, attempts: results.attempts });
    })
    .get("/:teamId/attempts/:attemptId", async (c) =>
      c.json(await getAttemptDetail(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("attemptId"))),
    );
}
