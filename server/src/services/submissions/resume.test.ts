import { rm } from "node:fs/promises";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../db/client.ts";
import { migrateDb } from "../../db/migrate.ts";
import { submissions } from "../../db/schema/index.ts";
import type { Judge, JudgeResult } from "../../judge/types.ts";
import { IDLE_JUDGE } from "../../judge/fixtures.ts";
import { makeTempDir, SOLUTION, writeProblem } from "../../problems/fixtures.ts";
import { loadProblem, type Problem } from "../../problems/load.ts";
import { startPendingSubmissionResume } from "./resume.ts";
import { storePendingSubmission } from "./store.ts";

/** Passes every test, counting the jobs it was given; `hold` keeps each job open until released. */
function countingJudge(hold?: Promise<void>) {
  const seen: string[] = [];
  const judge: Judge = {
    ...IDLE_JUDGE,
    async judge(request) {
      seen.push(request.solution.code);
      await hold;
      const tests = request.tests.map((t, index) => ({ index, name: t.path, file: t.path, visibility: t.visibility, status: "passed" as const, durationMs: 1, console: [] }));
      const result: JudgeResult = { verdict: "Accepted", message: "ok", tests, summary: { total: tests.length, passed: tests.length, failed: 0, skipped: 0 }, runtimeMs: 3 };
      return result;
    },
  };
  return { judge, seen };
}

let root: string;
let db: Db;
let problems: Problem[];
beforeEach(async () => {
  root = await makeTempDir("rehearse-resume-");
  problems = [await loadProblem(await writeProblem(root, "add-two"))];
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
});
afterEach(async () => {
  db.$client.close();
  await rm(root, { recursive: true, force: true });
});

const pending = (problemSlug: string, code = SOLUTION) => storePendingSubmission(db, { problemSlug, code, userId: null, timeTakenMs: null });

describe("startPendingSubmissionResume", () => {
  it("judges every pending submission left from before, and leaves judged ones alone", async () => {
    const a = await pending("add-two");
    const b = await pending("add-two", `${SOLUTION}// second\n`);
    await db.insert(submissions).values({ problemSlug: "add-two", mode: "submit", verdict: "Wrong Answer", passed: 0, total: 2, runtimeMs: 1, code: "// old" });
    const { judge, seen } = countingJudge();
    expect(await startPendingSubmissionResume({ db, judge, problems }).done).toBe(2);
    expect(seen).toHaveLength(2);
    const rows = await db.select().from(submissions);
    expect(rows.find((r) => r.id === a)).toMatchObject({ status: "judged", verdict: "Accepted", passed: 2, total: 2 });
    expect(rows.find((r) => r.id === b)).toMatchObject({ status: "judged", verdict: "Accepted" });
    expect(rows.find((r) => r.code === "// old")).toMatchObject({ verdict: "Wrong Answer" });
  });

  it("gives a submission whose problem is gone an Internal Error instead of leaving it pending forever", async () => {
    const id = await pending("removed-problem");
    expect(await startPendingSubmissionResume({ db, judge: countingJudge().judge, problems }).done).toBe(1);
    const [row] = await db.select().from(submissions).where(eq(submissions.id, id));
    expect(row).toMatchObject({ status: "judged", verdict: "Internal Error", total: 0 });
  });

  it("waits its delay, and leaves alone what was accepted after it started (this instance's own work in flight)", async () => {
    const old = await pending("add-two");
    const startedAt = new Date();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const own = await pending("add-two", `${SOLUTION}// in flight here\n`);
    const { judge, seen } = countingJudge();
    const resume = startPendingSubmissionResume({ db, judge, problems }, { delayMs: 100, acceptedBefore: startedAt });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([]);
    expect(await resume.done).toBe(1);
    const rows = await db.select().from(submissions);
    expect(rows.find((r) => r.id === old)).toMatchObject({ status: "judged" });
    expect(rows.find((r) => r.id === own)).toMatchObject({ status: "pending" });
  });

  it("stops at once while still waiting its delay, judging nothing", async () => {
    await pending("add-two");
    const { judge, seen } = countingJudge();
    const resume = startPendingSubmissionResume({ db, judge, problems }, { delayMs: 60_000 });
    await resume.stop();
    expect(await resume.done).toBe(0);
    expect(seen).toEqual([]);
  });

  it("stops taking submissions when stopped, leaving the rest pending for the next start", async () => {
    for (let i = 0; i < 3; i++) await pending("add-two", `${SOLUTION}// ${i}\n`);
    let release: () => void = () => {};
    const { judge, seen } = countingJudge(new Promise((resolve) => (release = resolve)));
    const resume = startPendingSubmissionResume({ db, judge, problems });
    await expect.poll(() => seen.length).toBe(1);
    const stopped = resume.stop();
    release();
    await stopped;
    expect(seen).toHaveLength(1);
    const statuses = (await db.select({ status: submissions.status }).from(submissions)).map((r) => r.status).sort();
    expect(statuses).toEqual(["judged", "pending", "pending"]);
  });
});
