import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type Env, Hono } from "hono";
import { generateSpecs } from "hono-openapi";
import { z } from "zod";
import { AUTH_PATHS } from "./auth.schema.ts";
import { errorResponse, operation, typedContent } from "./openapi.ts";

export const OPENAPI_PATH = "/api/openapi.json";
export const REFERENCE_PATH = "/api/reference";

const DESCRIPTION = `Rehearse's HTTP API, generated from the zod schemas the routes are described with.

Every failed request answers \`{ code, message, requestId, details? }\` (the \`Error\` schema) with its status.
Signing in sets an HttpOnly session cookie; state-changing requests that carry it must come from the app's
own origin (\`Origin\` header), or they are refused with 403 \`cross_site_request\`.

The paths under \`/api/auth/\` are better-auth's, answered by its handler: the ones the web uses are described
here; the rest of better-auth's endpoints (update-user, list-sessions, change-password...) answer too, and
its organization plugin's answer 404 (the app manages teams through \`/api/teams\`).`;

/** Where the Scalar reference's self-contained browser bundle is: served from here, never from a CDN. */
const SCALAR_BUNDLE = fileURLToPath(new URL("./browser/standalone.js", import.meta.resolve("@scalar/api-reference")));

/**
 * Scalar bundles zod, which probes for eval (`Function("")`) to compile faster parsers: the CSP
 * refuses it and Chromium reports the probe as a violation, though zod catches it. Its global
 * config (read from globalThis, set before the bundle runs) skips the probe, as web/src/lib/zod-without-eval.ts does for the web.
 */
const ZOD_WITHOUT_EVAL = "globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };\n";

/** The page's only script of its own, a file rather than inline so the app's `script-src 'self'` holds. */
const REFERENCE_INIT = `Scalar.createApiReference("#reference", {
  url: ${JSON.stringify(OPENAPI_PATH)},
  // The default fonts come from Scalar's CDN; the page uses the system's instead.
  withDefaultFonts: false,
  hideClientButton: true,
  telemetry: false,
  // Scalar's hosted extras (its AI agent, MCP, "deploy" toolbar) call its servers: off.
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: "never",
  showToolbar: "never",
});
`;

const REFERENCE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Rehearse API reference</title>
  </head>
  <body>
    <div id="reference"></div>
    <script src="${REFERENCE_PATH}/scalar.js"></script>
    <script src="${REFERENCE_PATH}/init.js"></script>
  </body>
</html>
`;

const documentation = {
  info: { title: "Rehearse API", version: "1", description: DESCRIPTION },
  tags: [
    { name: "problems", description: "The problem bank: statements, Run and Submit, drafts and submissions." },
    { name: "answers", description: "Written answers scored against rubrics, whiteboard diagrams, AI feedback." },
    { name: "teams", description: "Teams, their members, their own problems, import and export." },
    { name: "sets", description: "Interview sets, their invitation links and results, for a team's leads and owners." },
    { name: "attempts", description: "A candidate's timed attempt at a set, opened from an invitation link." },
    { name: "account", description: "Who is signed in, their progress, and better-auth's account endpoints." },
    { name: "meta", description: "Health and this document." },
  ],
  paths: AUTH_PATHS,
};

// What the app's middleware answers for any route (app.ts): 400 from the input guard (a NUL
// character in the URL or a field, JSON nested too deep), 500; and for writes, 403 for a
// cross-site request and 413 for too large a body.
const READ_DEFAULTS = { responses: { 400: errorResponse(400), 500: errorResponse(500) } };
const WRITE_DEFAULTS = { responses: { 400: errorResponse(400), 403: errorResponse(403), 413: errorResponse(413), 500: errorResponse(500) } };

/**
 * `/api/openapi.json` and `/api/reference`: the document is generated from the app's routes (each
 * described with `operation()`), once, at the first request, since the routes never change after
 * `createApp`.
 */
export function apiDocsRoutes<E extends Env>(app: Hono<E>) {
  const document = once(() => openApiDocument(app));
  const bundle = once(async () => `${ZOD_WITHOUT_EVAL}${await readFile(SCALAR_BUNDLE, "utf8")}`);
  return new Hono()
    .get(
      OPENAPI_PATH,
      operation({ tag: "meta", summary: "This OpenAPI 3.1 document", responses: { 200: { description: "The API's description.", json: z.record(z.string(), z.unknown()) } }, errors: [] }),
      async (c) => c.json(await document()),
    )
    .get(
      REFERENCE_PATH,
      operation({ tag: "meta", summary: "An interactive reference of this API", responses: { 200: typedContent("An HTML page rendering the document.", "text/html") }, errors: [] }),
      (c) => c.html(REFERENCE_HTML),
    )
    .get(
      `${REFERENCE_PATH}/scalar.js`,
      operation({ tag: "meta", summary: "The reference page's renderer (Scalar), served locally", responses: { 200: typedContent("JavaScript.", "text/javascript") }, errors: [] }),
      async (c) => {
        c.header("Cache-Control", "public, max-age=3600");
        return c.body(await bundle(), 200, { "Content-Type": "text/javascript; charset=utf-8" });
      },
    )
    .get(
      `${REFERENCE_PATH}/init.js`,
      operation({ tag: "meta", summary: "The reference page's own script", responses: { 200: typedContent("JavaScript.", "text/javascript") }, errors: [] }),
      (c) => c.body(REFERENCE_INIT, 200, { "Content-Type": "text/javascript; charset=utf-8" }),
    );
}

/** `make()`'s promise, made at the first call and kept. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

/** The OpenAPI document of every route of `app` described with `operation()`, plus better-auth's. */
export function openApiDocument<E extends Env>(app: Hono<E>) {
  return generateSpecs(app, {
    documentation,
    // Our `.csv` and `.json` downloads look like static files to hono-openapi: describe them too.
    excludeStaticFile: false,
    // Hono-openapi's own 400 body is not ours: each route lists its errors, in the one error shape.
    defaultValidationErrorResponse: false,
    defaultOptions: { POST: WRITE_DEFAULTS, PUT: WRITE_DEFAULTS, DELETE: WRITE_DEFAULTS, GET: READ_DEFAULTS },
  });
}
