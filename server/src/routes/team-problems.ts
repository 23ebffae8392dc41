import { type Context, Hono } from "hono";
import { validator } from "hono/validator";
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

/** `/api/teams/:teamId/problems...`: a team's own problems, their versions, import and export. */
export function teamProblemRoutes(deps: TeamDeps) {
  return new Hono()
    .get("/:teamId/problems", async (c) => {
      const { problems } = await listTeamProblems(deps.db, requireUser(c).id, c.req.param("teamId"));
      return c.json({ problems });
    })
    .post("/:teamId/problems", jsonBody(createTeamProblemSchema), async (c) => {
      const saved = await createTeamProblem(deps, requireUser(c).id, c.req.param("teamId"), c.req.valid("json"));
      return c.json({ problem: saved.problem, version: saved.version }, 201);
    })
    .get("/:teamId/problems/:problemId", async (c) => {
      const detail = await getTeamProblem(deps.db, requireUser(c).id, c.req.param("teamId"), c.req.param("problemId"));
      return c.json({ problem: detail.problem, version: detail.version, versions: detail.versions });
    })
    .get("/:teamId/problems/:problemId/versions/:version", async (c) => {
      const version = Number(c.req.param("version"));
      if (!Number.isInteger(version) || version < 1) throw new ValidationError("A version is a whole number from 1.");
      const found = await getTeamProblemVersion(deps.db, requireUser(c).id, c.req.param("teamId"), c.req.param("problemId"), version);
      return c.json(found.version);
    })
    .put("/:teamId/problems/:problemId", jsonBody(updateTeamProblemSchema), async (c) => {
      const saved = await updateTeamProblem(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("problemId"), c.req.valid("json"));
      return c.json({ problem: saved.problem, version: saved.version });
    })
    .delete("/:teamId/problems/:problemId", async (c) => {
      await deleteTeamProblem(deps.db, requireUser(c).id, c.req.param("teamId"), c.req.param("problemId"));
      return c.body(null, 204);
    })
    .post("/:teamId/import", importBody(), async (c) => {
      const result = await importTeamProblems(deps, requireUser(c).id, c.req.param("teamId"), c.req.valid("json").files);
      return c.json({ imported: result.imported, ...(result.set ? { set: result.set } : {}) });
    })
    .get("/:teamId/export", async (c) => zipResponse(c, await exportTeamProblems(deps.db, requireUser(c).id, c.req.param("teamId"))))
    .get("/:teamId/sets/:setId/export", async (c) => zipResponse(c, await exportTeamSet(deps, requireUser(c).id, c.req.param("teamId"), c.req.param("setId"))));
}
