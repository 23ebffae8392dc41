import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES, createApp } from "./app.ts";
import { createDb, type Db } from "./db/client.ts";
import { migrateDb } from "./db/migrate.ts";
import type { Judge, JudgeResult } from "./judge/types.ts";
import { IDLE_JUDGE } from "./judge/fixtures.ts";
import { LimitExceededError } from "./lib/errors.ts";
import { capturedLogger } from "./observability/fixtures.ts";
import { makeTempDir, writeProblem } from "./problems/fixtures.ts";
import { loadProblem, type Problem } from "./problems/load.ts";
import { testAuth } from "./routes/fixtures.ts";

/** A judge that answers from a function: enough for everything here but judging itself. */
function fakeJudge(judge: () => Promise<JudgeResult>): Judge {
  return { ...IDLE_JUDGE, judge };
}
const neverCalled = fakeJudge(() => Promise.reject(new Error("the judge should not be called")));

let root: string;
let db: Db;
let problems: Problem[];

beforeAll(async () => {
  root = await makeTempDir("rehearse-app-");
  problems = [await loadProblem(await writeProblem(root, "add-two"))];
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
});
afterAll(async () => {
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

function app(judge: Judge = neverCalled, webDist = join(root, "no-web")) {
  return createApp({ db, judge, problems, webDist, auth: testAuth(db) });
}

const postJson = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ code, message: expect.any(String), requestId: res.headers.get("X-Request-Id") });
  expect(String(body.requestId)).not.toBe("");
  return body;
}

describe("createApp", () => {
  it("answers health with the judge's load", async () => {
    const res = await app().request("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", judge: { workers: 1, busy: 0, queued: 0, maxQueue: 4 } });
  });

  it("sets security headers and a request id, keeping a sane one the client sent", async () => {
    const res = await app().request("/api/health", { headers: { "X-Request-Id": "trace-123" } });
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("X-Request-Id")).toBe("trace-123");
  });

  it("answers an unknown API path with the error shape", async () => {
    const body = await expectError(await app().request("/api/nope"), 404, "not_found");
    expect(body.message).toContain("/api/nope");
  });

  it("answers 429 with Retry-After when the judge queue is full", async () => {
    const full = fakeJudge(() => Promise.reject(new LimitExceededError("The judge is busy; try again shortly.", 2.5)));
    const res = await app(full).request("/api/problems/add-two/run", postJson({ code: "export {}" }));
    const body = await expectError(res, 429, "limit_exceeded");
    expect(res.headers.get("Retry-After")).toBe("3");
    expect(body.message).toBe("The judge is busy; try again shortly.");
  });

  it("answers 500 without leaking what went wrong", async () => {
    const broken = fakeJudge(() => Promise.reject(new Error("ENOENT /srv/secret/path")));
    const { log, lines } = capturedLogger();
    const res = await createApp({ db, judge: broken, problems, webDist: join(root, "no-web"), auth: testAuth(db), logger: log }).request(
      "/api/problems/add-two/submit",
      postJson({ code: "export {}" }),
    );
    const body = await expectError(res, 500, "internal_error");
    expect(JSON.stringify(body)).not.toMatch(/secret|ENOENT|at /);
    // What went wrong is the operator's to read: in the log, under the same request id.
    expect(lines.filter((l) => l.event === "unhandled_error")).toEqual([
      expect.objectContaining({ requestId: body.requestId, err: expect.objectContaining({ message: "ENOENT /srv/secret/path" }) }),
    ]);
  });

  it("refuses a body over the limit with 413", async () => {
    const res = await app().request("/api/problems/add-two/run", postJson({ code: "x".repeat(BODY_LIMIT_BYTES) }));
    const body = await expectError(res, 413, "payload_too_large");
    expect(body.message).toMatch(/larger than 512 KB/);
  });

  it("answers page routes with 404 JSON when the web app is not built", async () => {
    await expectError(await app().request("/"), 404, "not_found");
  });
});

describe("serving the web app", () => {
  let webDist: string;
  beforeAll(async () => {
    webDist = join(root, "dist");
    await mkdir(join(webDist, "assets"), { recursive: true });
    await writeFile(join(webDist, "index.html"), "<!doctype html><title>Rehearse</title>");
    await writeFile(join(webDist, "assets", "main-abc123.js"), ASSET);
    // As web/build/precompress.ts writes them beside every text file of the build.
    await writeFile(join(webDist, "assets", "main-abc123.js.br"), brotliCompressSync(ASSET));
    await writeFile(join(webDist, "assets", "main-abc123.js.gz"), gzipSync(ASSET));
  });

  const ASSET = `console.log(${JSON.stringify("hi ".repeat(2_000))})`;
  const accepting = (encodings: string) => ({ headers: { "Accept-Encoding": encodings } });

  it("hands out the compressed copy a browser accepts, brotli first, and the file itself otherwise", async () => {
    const web = app(neverCalled, webDist);
    const br = await web.request("/assets/main-abc123.js", accepting("gzip, deflate, br, zstd"));
    expect(br.headers.get("Content-Encoding")).toBe("br");
    expect(br.headers.get("Vary")).toBe("Accept-Encoding");
    expect(br.headers.get("Content-Type")).toMatch(/javascript/);
    expect(br.headers.get("Cache-Control")).toContain("immutable");
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(ASSET);

    const gz = await web.request("/assets/main-abc123.js", accepting("gzip, deflate"));
    expect(gz.headers.get("Content-Encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(ASSET);

    const plain = await web.request("/assets/main-abc123.js");
    expect(plain.headers.get("Content-Encoding")).toBeNull();
    expect(await plain.text()).toBe(ASSET);
  });

  it("serves the shell, the assets, and the shell again for client-side routes", async () => {
    const web = app(neverCalled, webDist);
    const shell = await web.request("/");
    expect(shell.status).toBe(200);
    expect(await shell.text()).toContain("<title>Rehearse</title>");
    expect(shell.headers.get("Cache-Control")).toBe("no-cache");

    const asset = await web.request("/assets/main-abc123.js");
    expect(asset.headers.get("Content-Type")).toMatch(/javascript/);
    expect(asset.headers.get("Cache-Control")).toContain("immutable");

    const page = await web.request("/problems/add-two");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Rehearse</title>");
  });

  it("serves every page with a CSP that allows no inline or foreign script, no plugins, no base and no framing by others", async () => {
    const web = app(neverCalled, webDist);
    for (const path of ["/", "/problems/add-two", "/teams/x/sets/y"]) {
      const res = await web.request(path);
      const directives = new Map(
        (res.headers.get("Content-Security-Policy") ?? "").split(";").map((d) => {
          const [name = "", ...sources] = d.trim().split(/\s+/);
          return [name, sources.join(" ")] as const;
        }),
      );
      expect(directives.get("default-src")).toBe("'self'");
      expect(directives.get("script-src")).toBe("'self'");
      expect(directives.get("worker-src")).toBe("'self'");
      expect(directives.get("font-src")).toBe("'self'");
      expect(directives.get("connect-src")).toBe("'self'");
      expect(directives.get("object-src")).toBe("'none'");
      expect(directives.get("base-uri")).toBe("'none'");
      expect(directives.get("frame-src")).toBe("'none'");
      expect(directives.get("frame-ancestors")).toBe("'self'");
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
      expect(res.headers.get("X-Frame-Options")).toBe("SAMEORIGIN");
    }
  });

  it("never answers API paths with the shell", async () => {
    const web = app(neverCalled, webDist);
    await expectError(await web.request("/api/nope"), 404, "not_found");
    await expectError(await web.request("/api"), 404, "not_found");
  });

  it("does not serve files outside the folder", async () => {
    const res = await app(neverCalled, webDist).request("/..%2f..%2fetc/passwd");
    const text = await res.text();
    expect(text).not.toContain("root:");
    // Refused as a file, it falls back to the app shell like any client-side route.
    expect(text).toContain("<title>Rehearse</title>");
  });
});
