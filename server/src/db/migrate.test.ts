import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "drizzle-orm/libsql/migrator";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "./client.ts";
import { assertSchemaCurrent, MIGRATIONS_DIR, migrateDb, SchemaMismatchError, schemaStatus } from "./migrate.ts";
import { submissions } from "./schema/index.ts";

const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, "meta", "_journal.json"), "utf8")) as { entries: { tag: string; when: number }[] };

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDbUrl(): string {
  const dir = mkdtempSync(join(tmpdir(), "rehearse-db-"));
  dirs.push(dir);
  return `file:${join(dir, "test.db")}`;
}

describe("migrateDb", () => {
  it("migrates a fresh database, then does nothing the second time", async () => {
    const url = tempDbUrl();
    const db = createDb({ url });
    await migrateDb(db);
    await db.insert(submissions).values({
      problemSlug: "two-sum",
      mode: "submit",
      verdict: "Accepted",
      passed: 3,
      total: 3,
      runtimeMs: 12,
      code: "export {}",
    });
    db.$client.close();

    const again = createDb({ url });
    await migrateDb(again);
    const rows = await again.select().from(submissions);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ problemSlug: "two-sum", verdict: "Accepted", passed: 3, total: 3 });
    expect(rows[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0]?.createdAt).toBeInstanceOf(Date);
    const applied = await again.$client.execute("select count(*) as n from __drizzle_migrations");
    expect(applied.rows[0]?.n).toBe(journal.entries.length);
    again.$client.close();
  });

  it("rejects a row claiming more passed tests than it ran", async () => {
    const db = createDb({ url: tempDbUrl() });
    await migrateDb(db);
    await expect(
      db.insert(submissions).values({ problemSlug: "x", mode: "run", verdict: "Accepted", passed: 4, total: 3, runtimeMs: 1, code: "" }),
    ).rejects.toThrow();
    db.$client.close();
  });

  it("holds a verdict exactly when a submission is judged", async () => {
    const db = createDb({ url: tempDbUrl() });
    await migrateDb(db);
    const row = { problemSlug: "x", mode: "submit" as const, passed: 0, total: 0, runtimeMs: 0, code: "" };
    await db.insert(submissions).values({ ...row, status: "pending", verdict: null });
    await expect(db.insert(submissions).values({ ...row, status: "pending", verdict: "Accepted" })).rejects.toThrow();
    await expect(db.insert(submissions).values({ ...row, status: "judged", verdict: null })).rejects.toThrow();
    expect(await db.select({ status: submissions.status }).from(submissions)).toEqual([{ status: "pending" }]);
    db.$client.close();
  });

  it("keeps submissions made before accounts existed, as anonymous ones", async () => {
    // The migrations as they were before accounts: the first one only.
    const before = mkdtempSync(join(tmpdir(), "rehearse-migrations-"));
    dirs.push(before);
    cpSync(MIGRATIONS_DIR, before, { recursive: true });
    const first = journal.entries.slice(0, 1);
    writeFileSync(join(before, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: first }));
    expect(first[0]?.tag).toBe("0000_init");

    const db = createDb({ url: tempDbUrl() });
    await migrate(db, { migrationsFolder: before });
    await db.$client.execute(
      "insert into submissions (id, problem_slug, mode, verdict, passed, total, runtime_ms, code, created_at) values ('old', 'two-sum', 'submit', 'Accepted', 1, 1, 3, 'export {}', 1)",
    );
    await migrateDb(db);
    const [row] = await db.select().from(submissions);
    expect(row).toMatchObject({ id: "old", problemSlug: "two-sum", userId: null, timeTakenMs: null, status: "judged", verdict: "Accepted" });
    db.$client.close();
  });
});

describe("schemaStatus and assertSchemaCurrent", () => {
  const allTags = journal.entries.map((e) => e.tag);

  it("calls a fresh database behind by every migration, and refuses it with what to run", async () => {
    const db = createDb({ url: tempDbUrl() });
    expect(await schemaStatus(db)).toEqual({ pending: allTags, newer: false });
    const refusal = assertSchemaCurrent(db);
    await expect(refusal).rejects.toBeInstanceOf(SchemaMismatchError);
    await expect(refusal).rejects.toThrow(/npx rehearse migrate.*MIGRATE_ON_START=true/s);
    db.$client.close();
  });

  it("names exactly the migrations a database one version behind lacks", async () => {
    const older = mkdtempSync(join(tmpdir(), "rehearse-migrations-"));
    dirs.push(older);
    cpSync(MIGRATIONS_DIR, older, { recursive: true });
    writeFileSync(join(older, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: journal.entries.slice(0, -1) }));
    const db = createDb({ url: tempDbUrl() });
    await migrate(db, { migrationsFolder: older });
    expect((await schemaStatus(db)).pending).toEqual(allTags.slice(-1));
    await expect(assertSchemaCurrent(db)).rejects.toThrow(new RegExp(`1 migration\\(s\\) not applied \\(${allTags.at(-1)}\\)`));
    await migrateDb(db);
    await expect(assertSchemaCurrent(db)).resolves.toBeUndefined();
    db.$client.close();
  });

  it("refuses a database a newer version has migrated", async () => {
    const db = createDb({ url: tempDbUrl() });
    await migrateDb(db);
    const newest = Math.max(...journal.entries.map((e) => e.when));
    await db.$client.execute({ sql: `insert into __drizzle_migrations (hash, created_at) values ('from-the-future', ?)`, args: [newest + 1000] });
    expect(await schemaStatus(db)).toEqual({ pending: [], newer: true });
    await expect(assertSchemaCurrent(db)).rejects.toThrow(/newer version/);
    db.$client.close();
  });
});
