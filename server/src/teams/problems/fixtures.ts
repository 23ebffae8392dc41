import { rm } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "vitest";
import type { createApp } from "../../app.ts";
import { createDb, type Db } from "../../db/client.ts";
import { migrateDb } from "../../db/migrate.ts";
import { createJudge } from "../../judge/index.ts";
import type { Judge } from "../../judge/types.ts";
import { makeTempDir, problemFiles, writeProblem } from "../../problems/fixtures.ts";
import { loadProblem } from "../../problems/load.ts";
import { checkedApp, SAME_ORIGIN, signUp, type TestAccount, testAuth } from "../../routes/fixtures.ts";
import { parseRubric } from "../../scoring/load.ts";

/** A coding problem's files in the on-disk format ("add two numbers"); override or drop (undefined) any. */
export function codingFiles(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(problemFiles(overrides)).filter((e): e is [string, string] => e[1] !== undefined));
}

/** A valid concept rubric with this id. */
export function rubricYaml(id: string, kind = "concept"): string {
  return `id: ${id}\ntitle: Why queues\nprompt: Why put a queue between two services?\nkind: ${kind}\ncriteria:\n  - id: decoupling\n    title: Decoupling\n    weight: 1\n    concepts: [back pressure, retries]\n`;
}

export interface TeamTestApp {
  app: ReturnType<typeof createApp>;
  db: Db;
  judge: Judge;
  close(): Promise<void>;
}

/**
 * An app on its own temp database (a file: imports write in a transaction) with a real judge
 * of one worker, and a bank of one problem ("bank-add") and one rubric ("bank-queues").
 */
export async function teamTestApp(): Promise<TeamTestApp> {
  const root = await makeTempDir("rehearse-teams-");
  const db = createDb({ url: `file:${join(root, "test.db")}` });
  await migrateDb(db);
  const judge = createJudge({ workers: 1, maxQueue: 64 });
  const problems = [await loadProblem(await writeProblem(join(root, "bank"), "bank-add"))];
  const rubrics = [parseRubric(rubricYaml("bank-queues"), "bank-queues.yaml")];
  const app = checkedApp({ db, judge, problems, rubrics, webDist: root, auth: testAuth(db) });
  return {
    app,
    db,
    judge,
    async close() {
      await judge.close();
      db.$client.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

type RequestApp = TeamTestApp["app"];

/** A JSON request as the web sends it, answering the status and the parsed body (of the shape `T` the test expects). */
export async function call<T = Record<string, unknown>>(app: RequestApp, method: string, path: string, account?: TestAccount, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await app.request(path, {
    method,
    headers: { ...SAME_ORIGIN, ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...(account ? { Cookie: account.cookie } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  const json = text === "" ? undefined : (JSON.parse(text) as unknown);
  if (res.status >= 400) expect(json).toMatchObject({ code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
  return { status: res.status, body: json as T };
}

/** A new account that owns a new team. */
export async function teamOwner(app: RequestApp, name = "Platform"): Promise<{ owner: TestAccount; teamId: string }> {
  const owner = await signUp(app, { name: "Olga Owner" });
  const created = await call<{ id: string }>(app, "POST", "/api/teams", owner, { name });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { owner, teamId: created.body.id };
}
