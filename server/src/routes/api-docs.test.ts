import { Hono } from "hono";
import { type RequestIdVariables, requestId } from "hono/request-id";
import { streamSSE } from "hono/streaming";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { contractChecked } from "../../../test/fixtures/api-contract.ts";
import { type ApiRoute, apiRoutes, matchesRoute, routeKey } from "../../../test/fixtures/api-routes.ts";
import { NotFoundError } from "../lib/errors.ts";
import { apiDocsRoutes, OPENAPI_PATH, REFERENCE_PATH } from "./api-docs.ts";
import { handleError } from "./errors.ts";
import { type AccountsTestApp, accountsTestApp } from "./fixtures.ts";
import { operation } from "./openapi.ts";

interface Operation {
  summary?: string;
  responses: Record<string, { content?: Record<string, { schema?: { title?: string } }> }>;
}
type Document = { paths: Record<string, Record<string, Operation>> };

const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

/** Each registered API route with what is missing from its description; none when all are described. */
function undescribed(routes: readonly ApiRoute[], document: Document): string[] {
  // Readiness answers 503 with its own body: "not ready" is an answer to a probe, not a failed request.
  return routes.flatMap((route) => {
    // better-auth's handler answers the whole of /api/auth/*: its endpoints are described one by one.
    if (route.path === "/api/auth/*") return [];
    const op = document.paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
    if (!op) return [`${routeKey(route)}: not in the document`];
    const statuses = Object.keys(op.responses);
    const problems = [
      ...(op.summary ? [] : ["no summary"]),
      ...(statuses.some((s) => s.startsWith("2")) ? [] : ["no success response"]),
      ...statuses
        .filter((s) => Number(s) >= 400 && !(route.path === "/api/health/ready" && s === "503"))
        .filter((s) => op.responses[s]?.content?.["application/json"]?.schema?.title !== "Error")
        .map((s) => `${s} is not the Error schema`),
    ];
    return problems.map((p) => `${routeKey(route)}: ${p}`);
  });
}

let t: AccountsTestApp;
let document: Document;

beforeAll(async () => {
  t = await accountsTestApp(["add-two"]);
  const res = await t.app.request(OPENAPI_PATH);
  expect(res.status).toBe(200);
  document = (await res.json()) as Document;
});

afterAll(() => t.close());

describe(OPENAPI_PATH, () => {
  it("describes every registered API route: a summary, its success and its errors in the one error shape", () => {
    const routes = apiRoutes(t.app);
    expect(routes.length).toBeGreaterThan(55);
    expect(undescribed(routes, document)).toEqual([]);
  });

  it("fails for a route added without a description", async () => {
    const extended = await accountsTestApp([]);
    try {
      extended.app.get("/api/undescribed", (c) => c.json({}));
      const fresh = (await (await extended.app.request(OPENAPI_PATH)).json()) as Document;
      expect(undescribed(apiRoutes(extended.app), fresh)).toEqual(["GET /api/undescribed: not in the document"]);
    } finally {
      await extended.close();
    }
  });

  it("describes nothing the app does not answer, and better-auth's endpoints the web uses", () => {
    const routes = apiRoutes(t.app);
    const stale = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .map((method) => ({ method: method.toUpperCase(), path: path.replace(/\{(\w+)\}/g, ":$1") }))
        .filter((op) => !routes.some((r) => r.method === op.method && (r.path === op.path || (r.path.endsWith("*") && matchesRoute(r.path, op.path)))))
        .map(routeKey),
    );
    expect(stale).toEqual([]);
    for (const path of ["sign-up/email", "sign-in/email", "sign-out", "get-session", "request-password-reset", "reset-password", "send-verification-email", "verify-email"]) {
      expect(document.paths[`/api/auth/${path}`], path).toBeDefined();
    }
  });

  it("describes Run and Submit's event stream beside their JSON", () => {
    for (const path of ["/api/problems/{slug}/run", "/api/problems/{slug}/submit", "/api/attempts/{id}/items/{position}/submit"]) {
      const content = document.paths[path]?.post?.responses["200"]?.content ?? {};
      expect(Object.keys(content).sort()).toEqual(["application/json", "text/event-stream"]);
    }
  });
});

describe(REFERENCE_PATH, () => {
  it("is a page whose scripts are all served by the app itself, under its CSP", async () => {
    const res = await t.app.request(REFERENCE_PATH);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...html.matchAll(/<script src="([^"]+)"><\/script>/g)].map(([, src]) => src ?? "");
    expect(scripts).toEqual([`${REFERENCE_PATH}/scalar.js`, `${REFERENCE_PATH}/init.js`]);
    expect(html).not.toMatch(/<script>/);
    expect(res.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
    for (const src of scripts) {
      const script = await t.app.request(src);
      expect(script.status).toBe(200);
      expect(script.headers.get("Content-Type")).toMatch(/^text\/javascript/);
      expect((await script.text()).length).toBeGreaterThan(100);
    }
    expect(await (await t.app.request(`${REFERENCE_PATH}/init.js`)).text()).toContain(`url: "${OPENAPI_PATH}"`);
  });
});

describe("contractChecked", () => {
  /** A one-route app answering whatever `?answer=` asks for, described as `{ n: number }` or a 404. */
  function oneRouteApp() {
    const app = new Hono<{ Variables: RequestIdVariables }>();
    app.use(requestId());
    app.get(
      "/api/thing",
      operation({ tag: "meta", summary: "A thing", responses: { 200: { description: "It.", json: z.object({ n: z.number() }), events: "`done`: it." } }, errors: [404] }),
      (c) => {
        const answer = c.req.query("answer");
        if (answer?.startsWith("stream")) return streamSSE(c, (stream) => stream.writeSSE({ event: "done", data: JSON.stringify({ n: answer === "stream" ? 1 : "one" }) }));
        if (answer === "missing") throw new NotFoundError("No thing.");
        if (answer === "conflict") return c.json({ code: "conflict", message: "x", requestId: "r" }, 409);
        if (answer === "text") return c.text("n=1");
        return c.json(answer === "wrong" ? { n: "one" } : { n: 1 });
      },
    );
    app.get("/api/undescribed", (c) => c.json({}));
    app.route("/", apiDocsRoutes(app));
    app.onError(handleError);
    return contractChecked(app);
  }

  it("passes answers as described, errors included", async () => {
    const app = oneRouteApp();
    expect((await app.request("/api/thing")).status).toBe(200);
    expect((await app.request("/api/thing?answer=missing")).status).toBe(404);
  });

  it("fails a body its schema refuses, a status or a media type it does not list, and a route it does not describe", async () => {
    const app = oneRouteApp();
    await expect(app.request("/api/thing?answer=wrong")).rejects.toThrow(/schema refuses: n:/);
    await expect(app.request("/api/thing?answer=conflict")).rejects.toThrow(/answered 409, which its OpenAPI description does not list/);
    await expect(app.request("/api/thing?answer=text")).rejects.toThrow(/as text\/plain/);
    await expect(app.request("/api/undescribed")).rejects.toThrow(/registered but not in/);
  });

  it("checks a stream's done event once the test has read it", async () => {
    const app = oneRouteApp();
    expect(await (await app.request("/api/thing?answer=stream")).text()).toContain('"n":1');
    const wrong = await app.request("/api/thing?answer=stream-wrong");
    expect(wrong.status).toBe(200);
    await expect(wrong.text()).rejects.toThrow(/streamed a "done" event its schema refuses: n:/);
  });
});
