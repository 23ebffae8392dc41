import { rm } from "node:fs/promises";
import { hc } from "hono/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppType, createApp } from "../app.ts";
import { createDb, type Db } from "../db/client.ts";
import { migrateDb } from "../db/migrate.ts";
import { submissions } from "../db/schema/index.ts";
import { createJudge } from "../judge/index.ts";
import type { Judge, JudgeResult } from "../judge/types.ts";
import { HIDDEN_MARKER, makeTempDir, problemFiles, SOLUTION, STARTER, writeProblem } from "../problems/fixtures.ts";
import { loadProblem } from "../problems/load.ts";
import { checkedApp, testAuth } from "./fixtures.ts";

/** Right on the samples (small numbers), wrong on the hidden test (large ones). */
const SMALL_ONLY = "export function add(a: number, b: number): number {\n  return a < 100 ? a + b : 0;\n}\n";
const CRASHES = 'export function add(a: number, b: number): number {\n  throw new RangeError("nope");\n}\n';

let root: string;
let db: Db;
let judge: Judge;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  root = await makeTempDir("rehearse-routes-");
  const casesJson = {
    function: "add",
    cases: [
      { args: [1, 2], expected: 3, sample: true },
      { name: `big ${HIDDEN_MARKER}`, args: [40_000, 2_000], expected: 42_000 },
    ],
  };
  const problems = [
    await loadProblem(await writeProblem(root, "add-two", problemFiles({ "editorial.md": `Editorial ${HIDDEN_MARKER}` }))),
    await loadProblem(
      await writeProblem(root, "add-cases", problemFiles({ "add.sample.test.ts": undefined, "add.test.ts": undefined, "cases.json": JSON.stringify(casesJson) })),
    ),
  ];
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
  judge = createJudge({ workers: 1 });
  app = checkedApp({ db, judge, problems, webDist: root, auth: testAuth(db) });
});
afterAll(async () => {
  await judge.close();
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

function post(path: string, body: unknown, contentType = "application/json") {
  return app.request(path, {
    method: "POST",
    headers: { "Content-Type": contentType },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function judged(res: Response): Promise<{ result: JudgeResult & { submissionId?: string }; text: string }> {
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return { result: JSON.parse(text), text };
}

async function expectBadRequest(res: Response, message: RegExp) {
  const body = (await res.json()) as { code: string; message: string; requestId: string };
  expect(res.status).toBe(400);
  expect(body.message).toMatch(message);
  expect(body.requestId).toBeTruthy();
}

describe("GET /api/problems", () => {
  it("lists summaries", async () => {
    const res = await app.request("/api/problems");
    expect(await res.json()).toEqual([
      { slug: "add-two", title: "Add two numbers", difficulty: "easy", tags: ["math"], area: "algorithms" },
      { slug: "add-cases", title: "Add two numbers", difficulty: "easy", tags: ["math"], area: "algorithms" },
    ]);
  });
});

describe("GET /api/problems/:slug", () => {
  it.each(["add-two", "add-cases"])("shows %s without hidden tests, solution or editorial", async (slug) => {
    const res = await app.request(`/api/problems/${slug}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain("Return the sum");
    expect(text).not.toContain(HIDDEN_MARKER);
    expect(text).not.toContain("return a + b");
  });

  it("works through the typed client the web uses", async () => {
    const client = hc<AppType>("http://localhost", { fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init) });
    const res = await client.api.problems[":slug"].$get({ param: { slug: "add-cases" } });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const problem = await res.json();
    expect(problem.customCases?.function).toBe("add");
    expect(problem.sampleCases).toEqual([{ args: [1, 2], expected: 3 }]);
  });

  it("answers 404 for an unknown slug", async () => {
    const res = await app.request("/api/problems/no-such-problem");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: "not_found", message: 'No problem named "no-such-problem".' });
  });
});

describe("POST /api/problems/:slug/run", () => {
  it("accepts a right solution on the samples", async () => {
    const { result } = await judged(await post("/api/problems/add-two/run", { code: SOLUTION }));
    expect(result.verdict).toBe("Accepted");
    expect(result.tests.map((t) => t.visibility)).toEqual(["sample"]);
  });

  it("shows what a wrong solution got wrong on a sample", async () => {
    const { result } = await judged(await post("/api/problems/add-two/run", { code: STARTER }));
    expect(result.verdict).toBe("Wrong Answer");
    expect(result.tests[0]).toMatchObject({ status: "failed", file: "add.sample.test.ts" });
    expect(`${result.tests[0]?.expected} ${result.tests[0]?.received}`).toMatch(/3.*0/);
  });

  it("runs the candidate's own cases against the reference solution", async () => {
    const cases = [{ args: [2, 3] }, { name: "mine", args: [1, 1], expected: 2 }];
    const right = await judged(await post("/api/problems/add-cases/run", { code: SOLUTION, cases }));
    expect(right.result.verdict).toBe("Accepted");
    expect(right.result.summary.total).toBe(3);

    const wrong = await judged(await post("/api/problems/add-cases/run", { code: STARTER, cases: [{ args: [2, 3] }] }));
    expect(wrong.result.verdict).toBe("Wrong Answer");
    const mine = wrong.result.tests.find((t) => t.file === "your-cases.test.ts");
    expect(mine).toMatchObject({ name: expect.stringContaining("your case 1"), status: "failed" });
    expect(mine?.expected).toContain("5");
  });

  it.each([
    ["malformed JSON", "{ code: ", "application/json", /malformed json/i],
    ["another content type", "code=1", "application/x-www-form-urlencoded", /Content-Type: application\/json/],
    ["no code", {}, "application/json", /code: /],
    ["code that is not a string", { code: 42 }, "application/json", /code: /],
    ["cases that are not a list", { code: SOLUTION, cases: { args: [] } }, "application/json", /cases: /],
    ["too many cases", { code: SOLUTION, cases: Array.from({ length: 21 }, () => ({ args: [1, 2] })) }, "application/json", /at most 20 cases/],
    ["a case without args", { code: SOLUTION, cases: [{ expected: 1 }] }, "application/json", /cases\.0\.args: /],
  ])("answers 400 for %s", async (_, body, contentType, message) => {
    await expectBadRequest(await post("/api/problems/add-cases/run", body, contentType), message);
  });

  it("answers 400 for code over the size limit", async () => {
    await expectBadRequest(await post("/api/problems/add-two/run", { code: `${SOLUTION}//${"x".repeat(70_000)}` }), /the limit is 64 KB/);
  });

  it("answers 400 for custom cases on a problem that takes none", async () => {
    await expectBadRequest(await post("/api/problems/add-two/run", { code: SOLUTION, cases: [{ args: [1, 2] }] }), /takes no custom cases/);
  });

  it("answers 404 for an unknown problem", async () => {
    expect((await post("/api/problems/nope/run", { code: SOLUTION })).status).toBe(404);
  });
});

describe("POST /api/problems/:slug/submit", () => {
  it("accepts a right solution and stores the submission", async () => {
    const { result, text } = await judged(await post("/api/problems/add-two/submit", { code: SOLUTION }));
    expect(result.verdict).toBe("Accepted");
    expect(result.summary).toMatchObject({ total: 2, passed: 2 });
    expect(text).not.toContain(HIDDEN_MARKER);
    const [row] = (await db.select().from(submissions)).filter((r) => r.id === result.submissionId);
    expect(row).toMatchObject({ problemSlug: "add-two", mode: "submit", verdict: "Accepted", passed: 2, total: 2, code: SOLUTION });
  });

  it.each(["add-two", "add-cases"])("fails %s on a hidden test without saying what the test was", async (slug) => {
    const { result, text } = await judged(await post(`/api/problems/${slug}/submit`, { code: SMALL_ONLY }));
    expect(result.verdict).toBe("Wrong Answer");
    expect(result.message).toBe("Wrong Answer on Hidden test 1.");
    const hidden = result.tests.find((t) => t.visibility === "hidden");
    expect(hidden).toEqual({ index: hidden?.index, name: "Hidden test 1", file: "hidden", visibility: "hidden", status: "failed", durationMs: 0, console: [] });
    expect(text).not.toContain(HIDDEN_MARKER);
    expect(text).not.toContain("42000");
  });

  it("shows a crash in the candidate's code on the sample, and only the status of the hidden test", async () => {
    const { result } = await judged(await post("/api/problems/add-two/submit", { code: CRASHES }));
    expect(result).toMatchObject({ verdict: "Runtime Error", message: 'Runtime Error on test "add > adds small numbers"' });
    expect(result.tests[0]).toMatchObject({ visibility: "sample", status: "error", message: expect.stringMatching(/^RangeError: nope/) });
    expect(result.tests[1]).toEqual({ index: 1, name: "Hidden test 1", file: "hidden", visibility: "hidden", status: "error", durationMs: 0, console: [] });
  });

  it("answers 400 without code and stores nothing", async () => {
    const before = (await db.select().from(submissions)).length;
    await expectBadRequest(await post("/api/problems/add-two/submit", { source: SOLUTION }), /code: /);
    expect(await db.select().from(submissions)).toHaveLength(before);
  });
});
