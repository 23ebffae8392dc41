import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
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
import { download, operation } from "./openapi.ts";
import { attemptResultDetailSchema, createdInvitationSchema, invitationViewSchema, setResultDetailsSchema, setResultsSchema, setSummarySchema, setViewSchema } from "./teams.schema.ts";
import { jsonBody } from "./validate.ts";

const team = { teamId: "The team's id." };
const set = { ...team, setId: "The set's id." };
const tag = "sets";
const staffOnly = [401, 403, 404] as const;

/** Each route's description in the OpenAPI document. */
const docs = {
  list: operation({ tag, summary: "The team's sets", params: team, responses: { 200: { description: "With counts.", json: z.object({ sets: z.array(setSummarySchema) }) } }, errors: staffOnly }),
  create: operation({
    tag,
    summary: "Create a set: timed items from the bank and the team's problems",
    params: team,
    body: setInputSchema,
    responses: { 201: { description: "The set.", json: z.object({ set: setViewSchema }) } },
    errors: [400, ...staffOnly, 422],
  }),
  get: operation({ tag, summary: "A set", params: set, responses: { 200: { description: "The set.", json: z.object({ set: setViewSchema }) } }, errors: staffOnly }),
  update: operation({ tag, summary: "Replace a set", description: "Refused once a candidate has started it.", params: set, body: setInputSchema, responses: { 200: { description: "The set.", json: z.object({ set: setViewSchema }) } }, errors: [400, ...staffOnly, 409, 422] }),
  invitations: operation({ tag, summary: "A set's invitation links", params: set, responses: { 200: { description: "Newest first.", json: z.object({ invitations: z.array(invitationViewSchema) }) } }, errors: staffOnly }),
  invite: operation({
    tag,
    summary: "Create an invitation link for candidates",
    description: "The token is in the answer only: keep the link.",
    params: set,
    body: invitationInputSchema,
    responses: { 201: { description: "The link.", json: createdInvitationSchema } },
    errors: [400, ...staffOnly],
  }),
  revoke: operation({ tag, summary: "Withdraw an invitation link", params: { ...set, invitationId: "The invitation's id." }, responses: { 200: { description: "The revoked link.", json: z.object({ invitation: invitationViewSchema }) } }, errors: staffOnly }),
  results: operation({ tag, summary: "A set's results, per attempt", params: set, responses: { 200: { description: "Each attempt's points per item.", json: setResultsSchema } }, errors: staffOnly }),
  resultsCsv: operation({ tag, summary: "A set's results as CSV", params: set, responses: { 200: download("One row per attempt.", "text/csv") }, errors: staffOnly }),
  resultsJson: operation({ tag, summary: "A set's results in full, as a JSON download", params: set, responses: { 200: { description: "Every attempt with its work, tests and scorecards.", json: setResultDetailsSchema } }, errors: staffOnly }),
  attempt: operation({
    tag,
    summary: "One candidate's attempt in full",
    params: { ...team, attemptId: "The attempt's id." },
    responses: { 200: { description: "The work, the tests, the scorecards.", json: attemptResultDetailSchema } },
    errors: staffOnly,
  }),
};

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
    .get("/:teamId/sets", docs.list, async (c) => c.json({ sets: await listSets(deps.db, requireUser(c).id, c.req.param("teamId")) }))
    .post("/:teamId/sets", docs.create, jsonBody(setInputSchema), async (c) =>
      c.json({ set: await createSet(deps, requireUser(c).id, c.req.param("teamId"), c.req.valid("json")) }, 201),
    )
    .get("/:teamId/sets/:setId", docs.get, async (c) => c.json({ set: await getSet(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId")) }))
    .put("/:teamId/sets/:setId", docs.update, jsonBody(setInputSchema), async (c) =>
      c.json({ set: await updateSet(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"), c.req.valid("json")) }),
    )
    .get("/:teamId/sets/:setId/invitations", docs.invitations, async (c) =>
      c.json({ invitations: await listInvitations(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId")) }),
    )
    .post("/:teamId/sets/:setId/invitations", docs.invite, jsonBody(invitationInputSchema), async (c) => {
      const created = await createInvitation(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"), c.req.valid("json"));
      c.header("Cache-Control", "no-store");
      return c.json({ invitation: created.invitation, token: created.token, path: created.path }, 201);
    })
    .delete("/:teamId/sets/:setId/invitations/:invitationId", docs.revoke, async (c) =>
      c.json({ invitation: await revokeInvitation(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"), c.req.param("invitationId")) }),
    )
    .get("/:teamId/sets/:setId/results", docs.results, async (c) => {
      const results = await getSetResults(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"));
      return c.json({ set: results.set, attempts: results.attempts });
    })
    .get("/:teamId/sets/:setId/results.csv", docs.resultsCsv, async (c) => {
      const results = await getSetResults(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"));
      attachment(c, downloadName(results.set.title, "csv"));
      return c.body(resultsCsv(results), 200, { "Content-Type": "text/csv; charset=utf-8" });
    })
    .get("/:teamId/sets/:setId/results.json", docs.resultsJson, async (c) => {
      const results = await getSetResultDetails(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"));
      attachment(c, downloadName(results.set.title, "json"));
      return c.json({ set: results.set, attempts: results.attempts });
    })
    .get("/:teamId/attempts/:attemptId", docs.attempt, async (c) =>
      c.json(await getAttemptDetail(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("attemptId"))),
    );
}
