import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../db/client.ts";
import { migrateDb } from "../../db/migrate.ts";
import { submissions, users } from "../../db/schema/index.ts";
import { deleteOldAnonymousSubmissions, startAnonymousSubmissionSweep } from "./retention.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date("2025-06-30T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

let db: Db;
beforeEach(async () => {
  db = createDb({ url: ":memory:" });
  await migrateDb(db);
  await db.insert(users).values({ id: "u1", name: "Kept", email: "kept@example.com" });
});
afterEach(() => db.$client.close());

/** One stored submission, by whom and how long ago; its code names it. */
async function stored(code: string, userId: string | null, createdAt: Date): Promise<void> {
  await db.insert(submissions).values({ problemSlug: "add-two", mode: "submit", verdict: "Accepted", passed: 2, total: 2, runtimeMs: 5, code, userId, createdAt });
}
async function kept(): Promise<string[]> {
  return (await db.select({ code: submissions.code }).from(submissions)).map((r) => r.code).sort();
}

describe("anonymous submission retention", () => {
  it("deletes anonymous submissions older than the retention, and keeps newer ones and every signed-in user's", async () => {
    await stored("anonymous, 8 days", null, daysAgo(8));
    await stored("anonymous, 6 days", null, daysAgo(6));
    await stored("signed in, 400 days", "u1", daysAgo(400));
    expect(await deleteOldAnonymousSubmissions(db, 7, NOW)).toBe(1);
    expect(await kept()).toEqual(["anonymous, 6 days", "signed in, 400 days"]);
  });

  it("sweeps once as it starts, then stops cleanly", async () => {
    await stored("anonymous, a year", null, new Date(Date.now() - 365 * DAY_MS));
    await stored("anonymous, today", null, new Date());
    const sweep = startAnonymousSubmissionSweep(db, 30);
    await sweep.stop();
    expect(await kept()).toEqual(["anonymous, today"]);
  });
});
