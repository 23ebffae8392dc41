import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/src/app.ts";
import { createDb, type Db } from "../../server/src/db/client.ts";
import { migrateDb } from "../../server/src/db/migrate.ts";
import { createJudge } from "../../server/src/judge/index.ts";
import type { Judge, JudgeResult } from "../../server/src/judge/types.ts";
import { HIDDEN_MARKER, makeTempDir, problemFiles, SOLUTION, writeProblem } from "../../server/src/problems/fixtures.ts";
import { loadProblem } from "../../server/src/problems/load.ts";
import { NO_RATE_LIMITS, signUp, type TestAccount, testAuth } from "../../server/src/routes/fixtures.ts";
import { type Call, caller, createSet, json, openAttempt } from "../../server/src/services/attempts/fixtures.ts";
import { addMember, insertTeamProblem, makeTeam, userIdOf } from "../../server/src/services/sets/fixtures.ts";

/**
 * The attack classes of the judge audit, through the paths the API judges by: a practice submit
 * of a test-file problem and of a cases.json problem, and a team problem in a timed attempt. Each
 * hostile solution is wrong; none may be Accepted, each run has the honest run's tests, and no
 * hidden name, input or expected value comes back.
 */
const CASES_EXPECTED = "EXPECTED_HIDDEN_c41e";
const CASES_INPUT = "INPUT_HIDDEN_9b2d";
const CASES_PROBLEM = problemFiles({
  "add.sample.test.ts": undefined,
  "add.test.ts": undefined,
  "solution.ts": `export function echo(s: string): string {\n  return s === "${"INPUT_HIDDEN_9b2d"}" ? "${"EXPECTED_HIDDEN_c41e"}" : s;\n}\n`,
  "starter.ts": "export function echo(s: string): string {\n  return s;\n}\n",
  "cases.json": JSON.stringify({
    function: "echo",
    cases: [
      { args: ["plain"], expected: "plain", sample: true },
      { args: [CASES_INPUT], expected: CASES_EXPECTED },
    ],
  }),
});

/** Wrong answers, each trying one class of attack. `%RET%` is the (wrong) return expression. */
const ATTACKS: Record<string, string> = {
  "replaces global bindings": `for (const name of ["JSON", "Object", "Array", "Math", "String", "Reflect"]) {
  try { Object.defineProperty(globalThis, name, { value: { stringify: () => "x", is: () => true, isArray: () => true }, configurable: true, writable: true }); } catch {}
}
export function %FN% { return %RET%; }`,
  "registers its own passing tests": `let api: Record<string, (...a: unknown[]) => unknown> | undefined;
try { api = require("@jest/globals"); } catch {}
for (const place of [globalThis, api]) {
  const reg = place && (place as Record<string, unknown>).it;
  if (typeof reg === "function") for (let i = 0; i < 500; i++) try { reg("stray " + i, () => {}); } catch {}
}
declare const require: (n: string) => Record<string, (...a: unknown[]) => unknown>;
export function %FN% { return %RET%; }`,
  "pre-empts matchers": `declare const require: (n: string) => { expect: { extend(m: unknown): void } };
try { require("@jest/globals").expect.extend({ toBe: () => ({ pass: true, message: () => "" }), toEqual: () => ({ pass: true, message: () => "" }) }); } catch {}
export function %FN% { return %RET%; }`,
  "prints what it is given": `const seen: unknown[] = [];
export function %FN% { seen.push([...arguments]); console.log(JSON.stringify(seen)); if (seen.length > 1) throw new Error("inputs: " + JSON.stringify(seen)); return %RET%; }`,
  "returns a fake Error": `const chunk = "z".repeat(4096); const refs: string[] = []; for (let i = 0; i < 20_000; i++) refs.push(chunk);
export function %FN% { return { [Symbol.toStringTag]: "Error", name: "Error", message: "x", refs } as unknown as ReturnType<typeof Number>; }`,
};

let root: string;
let db: Db;
let judge: Judge;
let call: Call;
let lead: TestAccount;
let candidate: TestAccount;
let attemptId: string;

beforeAll(async () => {
  root = await makeTempDir("rehearse-hostile-api-");
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
  judge = createJudge({ workers: 1 });
  const problems = [await loadProblem(await writeProblem(root, "add-two")), await loadProblem(await writeProblem(root, "echo-cases", CASES_PROBLEM))];
  // Every attack class is submitted in turn, far past a person's budget per minute.
  const app = createApp({ db, judge, problems, rubrics: [], webDist: root, auth: testAuth(db), invitationPerMinute: 10_000, rateLimits: NO_RATE_LIMITS });
  call = caller(app);
  lead = await signUp(app);
  candidate = await signUp(app);
  const teamId = await makeTeam(db, "Acme");
  await addMember(db, teamId, await userIdOf(db, lead.email), "lead");
  const team = await insertTeamProblem(db, teamId, { slug: "team-add", kind: "coding", title: "Team add", versions: [problemFiles() as Record<string, string>], published: 1 });
  const setId = await createSet(call, lead, teamId, { title: "Loop", timeLimitMinutes: 60, items: [{ source: "team", ref: team.id, points: 100 }], resultsVisibleToCandidate: true });
  attemptId = await openAttempt(call, lead, teamId, setId, candidate);
  await json(await call("POST", `/api/attempts/${attemptId}/start`, candidate));
});
afterAll(async () => {
  await judge.close();
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

const PATHS = [
  { label: "practice, test files", fn: "add(a: number, b: number): number", ret: "a + b + 1", honest: SOLUTION, submit: (code: string) => call("POST", "/api/problems/add-two/submit", candidate, { code }) },
  { label: "practice, cases.json", fn: "echo(s: string): string", ret: '"wrong"', honest: CASES_PROBLEM["solution.ts"]!, submit: (code: string) => call("POST", "/api/problems/echo-cases/submit", candidate, { code }) },
  { label: "team problem in an attempt", fn: "add(a: number, b: number): number", ret: "a + b + 1", honest: SOLUTION, submit: (code: string) => call("POST", `/api/attempts/${attemptId}/items/1/submit`, candidate, { code }) },
];

describe.each(PATHS)("$label", ({ fn, ret, honest, submit }) => {
  let names: string[];
  beforeAll(async () => {
    const result = await json<JudgeResult>(await submit(honest));
    expect(result.verdict).toBe("Accepted");
    names = result.tests.map((t) => t.name);
  });

  it.each(Object.entries(ATTACKS))("%s: not Accepted, the same tests, nothing hidden in the response", async (_label, template) => {
    const res = await submit(template.replaceAll("%FN%", fn).replaceAll("%RET%", ret));
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const result = JSON.parse(text) as JudgeResult;
    expect(result.verdict).not.toBe("Accepted");
    expect(result.tests.map((t) => t.name)).toEqual(names);
    for (const secret of [HIDDEN_MARKER, CASES_EXPECTED, CASES_INPUT, "40000", "42000"]) expect(text).not.toContain(secret);
  });
});
