import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/app.ts";
import { createDb, type Db } from "../../server/src/db/client.ts";
import { migrateDb } from "../../server/src/db/migrate.ts";
import { createJudge } from "../../server/src/judge/index.ts";
import type { Judge, JudgeResult, TestResult } from "../../server/src/judge/types.ts";
import { FRONT_MATTER, makeTempDir, writeProblem } from "../../server/src/problems/fixtures.ts";
import { loadProblem, type Problem } from "../../server/src/problems/load.ts";
import { signUp, type TestAccount, testAuth } from "../../server/src/routes/fixtures.ts";
import { type Call, caller, createSet, openAttempt } from "../../server/src/services/attempts/fixtures.ts";
import { addMember, insertTeamProblem, makeTeam, userIdOf } from "../../server/src/services/sets/fixtures.ts";

/**
 * A hidden test with secrets in its name, its input, its expected value and its own thrown
 * message, judged against solutions that print and throw what they are given: no response a
 * candidate can get (practice or team attempt, JSON or streamed, now or from history) carries
 * any of them, nor a hidden test's timing.
 */
const MARK = {
  name: "HIDNAME_4b2f",
  input: "HIDINPUT_4b2f",
  expected: "HIDEXPECTED_4b2f",
  thrown: "HIDTHROWN_4b2f",
} as const;
const MARKS = Object.values(MARK);

// "a-…" sorts before "b.sample…": the problem lists its hidden file first, the judge runs it last.
const FILES: Record<string, string> = {
  "problem.md": `---\n${FRONT_MATTER}---\n\n# Reply\n\nAnswer each question.\n`,
  "starter.ts": "export function reply(question: string): string {\n  return question;\n}\n",
  "solution.ts": `export function reply(question: string): string {\n  return question === "${MARK.input}" ? "${MARK.expected}" : question;\n}\n`,
  "b.sample.test.ts": `import { expect, it } from "@jest/globals";
import { reply } from "./solution";
it("echoes hi", () => { expect(reply("hi")).toBe("hi"); });
`,
  "a-hidden.test.ts": `import { describe, expect, it } from "@jest/globals";
import { reply } from "./solution";
describe("${MARK.name}", () => {
  it("answers the secret ${MARK.name}", () => { expect(reply("${MARK.input}")).toBe("${MARK.expected}"); });
  it("echoes y", () => { const got = reply("y"); if (got !== "y") throw new Error("${MARK.thrown} " + got); });
});
`,
};

/** Prints its input, and throws it back in the error message during the hidden test. */
const LEAKY = `export function reply(question: string): string {
  console.log("asked", question);
  if (question !== "hi") throw new Error("cannot answer " + question);
  return question;
}
`;
/** Prints its input and answers wrong: the hidden tests fail with expected, received and their own throw. */
const WRONG = `export function reply(question: string): string {
  console.log("asked", question);
  return question === "hi" ? "hi" : "nope";
}
`;
const SOLUTIONS = [
  ["a solution that throws its input", LEAKY, "Runtime Error"],
  ["a wrong solution that prints its input", WRONG, "Wrong Answer"],
] as const;

let root: string;
let db: Db;
let judge: Judge;
let app: ReturnType<typeof createApp>;
let call: Call;
let problem: Problem;
let candidate: TestAccount;
let lead: TestAccount;
let teamId: string;
let setId: string;

beforeAll(async () => {
  root = await makeTempDir("rehearse-hidden-");
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
  judge = createJudge({ workers: 1 });
  problem = await loadProblem(await writeProblem(root, "reply", FILES));
  app = createApp({ db, judge, problems: [problem], webDist: root, auth: testAuth(db), invitationPerMinute: 10_000 });
  call = caller(app);
  candidate = await signUp(app);
  lead = await signUp(app);
  teamId = await makeTeam(db, "Acme");
  await addMember(db, teamId, await userIdOf(db, lead.email), "lead");
  const team = await insertTeamProblem(db, teamId, { slug: "team-reply", kind: "coding", title: "Team reply", versions: [FILES], published: 1 });
  const items = [
    { source: "bank", ref: "reply", points: 50 },
    { source: "team", ref: team.id, points: 50 },
  ];
  setId = await createSet(call, lead, teamId, { title: "Loop", instructions: "", timeLimitMinutes: 60, resultsVisibleToCandidate: true, items });
}, 60_000);
afterAll(async () => {
  await judge.close();
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

const STREAM = { Accept: "text/event-stream" };

function expectNoMarks(label: string, body: string): void {
  for (const mark of MARKS) expect(body, `${label} carries ${mark}`).not.toContain(mark);
}

/** The `test` events and the `done` result of a streamed judging. */
function streamed(body: string): { tests: TestResult[]; done: JudgeResult } {
  const events = body
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const lines = block.split("\n");
      const data = lines.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
      return { event: lines.find((l) => l.startsWith("event:"))?.slice(6).trim(), data: JSON.parse(data) as unknown };
    });
  const done = events.find((e) => e.event === "done");
  if (!done) throw new Error(`no done event in: ${body}`);
  return { tests: events.filter((e) => e.event === "test").map((e) => e.data as TestResult), done: done.data as JudgeResult };
}

/** A hidden test as a candidate receives it: its number and status, nothing else. */
function expectHiddenShape(tests: readonly TestResult[]): void {
  const hidden = tests.filter((t) => t.visibility === "hidden");
  expect(hidden.map((t) => t.name)).toEqual(["Hidden test 1", "Hidden test 2"]);
  for (const t of hidden) expect(t).toEqual({ index: t.index, name: t.name, file: "hidden", visibility: "hidden", status: t.status, durationMs: 0, console: [] });
  // Samples run first, though the problem lists its hidden file first.
  expect(tests.map((t) => t.visibility)).toEqual(["sample", "hidden", "hidden"]);
}

async function text(res: Response): Promise<string> {
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return body;
}

describe("the planted secrets", () => {
  it.each(SOLUTIONS)("are in the full result of %s, so their absence below means something", async (_, code) => {
    const full = JSON.stringify(await judge.judge({ solution: { path: "solution.ts", code }, tests: problem.tests }));
    expect(full).toContain(MARK.name);
    expect(full).toContain(MARK.input);
    if (code === WRONG) for (const mark of [MARK.expected, MARK.thrown]) expect(full).toContain(mark);
  });
});

describe("practice Run and Submit", () => {
  it.each(SOLUTIONS)("show nothing of the hidden tests to %s, as JSON or streamed, nor in the history", async (_, code, verdict) => {
    expectNoMarks("run", await text(await call("POST", "/api/problems/reply/run", candidate, { code })));
    expectNoMarks("streamed run", await text(await call("POST", "/api/problems/reply/run", candidate, { code }, STREAM)));

    const body = await text(await call("POST", "/api/problems/reply/submit", candidate, { code }));
    expectNoMarks("submit", body);
    const result = JSON.parse(body) as JudgeResult & { submissionId: string };
    expect(result).toMatchObject({ verdict, message: `${verdict} on Hidden test 1.` });
    expectHiddenShape(result.tests);

    const raw = await text(await call("POST", "/api/problems/reply/submit", candidate, { code }, STREAM));
    expectNoMarks("streamed submit", raw);
    const { tests, done } = streamed(raw);
    expectHiddenShape(tests);
    expectHiddenShape(done.tests);
    expect(done.message).toBe(`${verdict} on Hidden test 1.`);

    expectNoMarks("history", await text(await call("GET", "/api/problems/reply/submissions", candidate)));
    expectNoMarks("submission", await text(await call("GET", `/api/submissions/${result.submissionId}`, candidate)));
    expectNoMarks("problem", await text(await call("GET", "/api/problems/reply", candidate)));
  });
});

describe("a team attempt", () => {
  it.each(SOLUTIONS)("shows nothing of the hidden tests to %s on any endpoint; the team still sees them", async (_, code, verdict) => {
    // One attempt per candidate and set: each solution gets a candidate of its own.
    const candidate = await signUp(app);
    const id = await openAttempt(call, lead, teamId, setId, candidate);
    const bodies: [string, string][] = [];
    const get = async (label: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
      const answer = await text(await call(method, path, candidate, body, headers));
      bodies.push([label, answer]);
      return answer;
    };
    await get("start", "POST", `/api/attempts/${id}/start`);
    for (const position of [1, 2]) {
      await get(`item ${position}`, "GET", `/api/attempts/${id}/items/${position}`);
      await get(`run ${position}`, "POST", `/api/attempts/${id}/items/${position}/run`, { code });
      await get(`streamed run ${position}`, "POST", `/api/attempts/${id}/items/${position}/run`, { code }, STREAM);
    }
    const submitted = JSON.parse(await get("submit", "POST", `/api/attempts/${id}/items/1/submit`, { code })) as JudgeResult;
    expect(submitted.message).toBe(`${verdict} on Hidden test 1.`);
    expectHiddenShape(submitted.tests);
    const { tests, done } = streamed(await get("streamed submit", "POST", `/api/attempts/${id}/items/1/submit`, { code }, STREAM));
    expectHiddenShape(tests);
    expectHiddenShape(done.tests);
    // Item 2 is left as a draft: the close judges it, and the result shows that judging too.
    await get("draft", "PUT", `/api/attempts/${id}/items/2/draft`, { draft: code });
    await get("finish", "POST", `/api/attempts/${id}/finish`);
    await get("overview", "GET", `/api/attempts/${id}`);
    await get("list", "GET", "/api/attempts");
    const result = JSON.parse(await get("result", "GET", `/api/attempts/${id}/result`)) as { items: { from: string; judge?: JudgeResult }[] };
    expect(result.items.map((i) => i.from)).toEqual(["submit", "draft"]);
    for (const item of result.items) {
      expect(item.judge?.message).toBe(`${verdict} on Hidden test 1.`);
      expectHiddenShape(item.judge?.tests ?? []);
    }
    for (const [label, body] of bodies) expectNoMarks(label, body);

    const team = await text(await call("GET", `/api/teams/${teamId}/attempts/${id}`, lead));
    expect(team).toContain(MARK.name);
    expect(team).toContain(MARK.input);
  });
});
