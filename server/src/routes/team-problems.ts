import { type Context, Hono } from "hono";
import { z } from "zod";
import { validator } from "hono/validator";
import { resolver } from "hono-openapi";
import { ValidationError } from "../lib/errors.ts";
import { createTeamProblem } from "../services/team-problems/create.ts";
import { deleteTeamProblem } from "../services/team-problems/delete.ts";
import { exportTeamProblems, exportTeamSet, type ZipDownload } from "../services/team-problems/export.ts";
import { getTeamProblem, getTeamProblemVersion } from "../services/team-problems/get.ts";
import { type ImportFolderInput, importFolderSchema, importTeamProblems } from "../services/team-problems/import.ts";
import { listTeamProblems } from "../services/team-problems/list.ts";
import { updateTeamProblem } from "../services/team-problems/update.ts";
import { createTeamProblemSchema, updateTeamProblemSchema } from "../services/team-problems/view.ts";
import type { TeamDeps } from "../teams/deps.ts";
import { readZip } from "../teams/import-export/zip.ts";
import { attachmentDisposition } from "./content-disposition.ts";
import { requireUser } from "./session.ts";
import { download, operation } from "./openapi.ts";
import { importResultSchema, savedProblemSchema, teamProblemDetailSchema, teamProblemSummarySchema, versionViewSchema } from "./teams.schema.ts";
import { jsonBody, parseOrThrow } from "./validate.ts";

const ZIP_TYPE = /^application\/(?:zip|x-zip-compressed)\s*(?:;|$)/i;
const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * An import's files: a zip sent as it is (`application/zip`), or a folder picked in the
 * browser as JSON `{ files: [{ path, content }] }`. Typed as the JSON so `hc` clients see it.
 */
function importBody() {
  return validator("json", async (value, c): Promise<ImportFolderInput> => {
    const type = c.req.header("Content-Type") ?? "";
    if (ZIP_TYPE.test(type)) return { files: readZip(new Uint8Array(await c.req.arrayBuffer())) };
    if (!JSON_TYPE.test(type)) throw new ValidationError("Send a zip (Content-Type: application/zip), or the folder's files as JSON.");
    return parseOrThrow(importFolderSchema, value);
  });
}

function zipResponse(c: Context, download: ZipDownload) {
  // fflate's buffer type is ArrayBufferLike; a Response wants an ArrayBuffer-backed view.
  return c.body(new Uint8Array(download.zip), 200, {
    "Content-Type": "application/zip",
    "Content-Disposition": attachmentDisposition(download.fileName),
    "Cache-Control": "no-store",
  });
}

const team = { teamId: "The team's id." };
const problem = { ...team, problemId: "The team problem's id." };
const tag = "teams";

/** Each route's description in the OpenAPI document. */
const docs = {
  list: operation({ tag, summary: "The team's own problems", params: team, responses: { 200: { description: "Newest first.", json: z.object({ problems: z.array(teamProblemSummarySchema) }) } }, errors: [401, 404] }),
  create: operation({
    tag,
    summary: "Write a new team problem",
    description: "Its files are checked (and a coding problem's reference solution judged); it is published once a version passes.",
    params: team,
    body: createTeamProblemSchema,
    responses: { 201: { description: "The problem and its first version's checks.", json: savedProblemSchema } },
    errors: [400, 401, 404, 409],
  }),
  get: operation({ tag, summary: "A team problem: its latest version and the list of versions", params: problem, responses: { 200: { description: "The problem.", json: teamProblemDetailSchema } }, errors: [401, 404] }),
  version: operation({
    tag,
    summary: "One version of a team problem",
    params: { ...problem, version: "A whole number from 1." },
    responses: { 200: { description: "Its files and checks.", json: versionViewSchema } },
    errors: [400, 401, 404],
  }),
  update: operation({ tag, summary: "Save a new version of a team problem", params: problem, body: updateTeamProblemSchema, responses: { 200: { description: "The new version's checks.", json: savedProblemSchema } }, errors: [400, 401, 404] }),
  remove: operation({ tag, summary: "Delete a team problem", description: "Refused while a set uses it.", params: problem, responses: { 204: { description: "Deleted.", content: {} } }, errors: [401, 404, 409] }),
  import: operation({
    tag,
    summary: "Import problems (and a set) from a zip or a folder",
    description: "A zip as it is (`application/zip`), or a picked folder's files as JSON. The whole upload is checked before anything is saved.",
    params: team,
    bodyContent: { "application/json": { schema: resolver(importFolderSchema) }, "application/zip": { schema: { type: "string", format: "binary" } } },
    responses: { 200: { description: "What was imported.", json: importResultSchema } },
    errors: [400, 401, 404, 422],
  }),
  export: operation({ tag, summary: "Every team problem, as a zip", params: team, responses: { 200: download("A zip in the import format.", "application/zip") }, errors: [401, 404] }),
  exportSet: operation({ tag, summary: "A set and its problems, as a zip", params: { ...team, setId: "The set's id." }, responses: { 200: download("A zip in the import format.", "application/zip") }, errors: [401, 404] }),
};

/** `/api/teams/:teamId/problems...`: a team's own problems, their versions, import and export. */
export function teamProblemRoutes(deps: TeamDeps) {
  return new Hono()
    .get("/:teamId/problems", docs.list, async (c) => {
      const { problems } = await listTeamProblems(deps.db, requireUser(c).id, c.req.param("teamId"));
      return c.json({ problems });
    })
    .post("/:teamId/problems", docs.create, jsonBody(createTeamProblemSchema), async (c) => {
      const saved = await createTeamProblem(deps, requireUser(c).id, c.req.param("teamId"), c.req.valid("json"));
      return c.json({ problem: saved.problem, version: saved.version }, 201);
    })
    .get("/:teamId/problems/:problemId", docs.get, async (c) => {
      const detail = await getTeamProblem(deps.db, requireUser(c).id, c.req.param("teamId"), c.req.param("problemId"));
      return c.json({ problem: detail.problem, version: detail.version, versions: detail.versions });
    })
    .get("/:teamId/problems/:problemId/versions/:version", docs.version, async (c) => {
      const version = Number(c.req.param("version"));
      if (!Number.isInteger(version) || version < 1) throw new ValidationError("A version is a whole number from 1.");
      const found = await getTeamProblemVersion(deps.db, requireUser(c).id, c.req.param("teamId"), c.req.param("problemId"), version);
      return c.json(found.version);
    })
    .put("/:teamId/problems/:problemId", docs.update, jsonBody(updateTeamProblemSchema), async (c) => {
      const saved = await updateTeamProblem(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("problemId"), c.req.valid("json"));
      return c.json({ problem: saved.problem, version: saved.version });
    })
    .delete("/:teamId/problems/:problemId", docs.remove, async (c) => {
      await deleteTeamProblem(deps.db, requireUser(c).id, c.req.param("teamId"), c.req.param("problemId"));
      return c.body(null, 204);
    })
    .post("/:teamId/import", docs.import, importBody(), async (c) => {
      const result = await importTeamProblems(deps, requireUser(c).id, c.req.param("teamId"), c.req.valid("json").files);
      return c.json({ imported: result.imported, ...(result.set ? { set: result.set } : {}) });
    })
    .get("/:teamId/export", docs.export, async (c) => zipResponse(c, await exportTeamProblems(deps.db, requireUser(c).id, c.req.param("teamId"))))
    .get("/:teamId/sets/:setId/export", docs.exportSet, async (c) => zipResponse(c, await exportTeamSet(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"))));
}
