import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "./client.ts";
import { backupDatabase, restoreDatabase } from "./backup.ts";
import { assertSchemaCurrent, migrateDb } from "./migrate.ts";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "rehearse-backup-"));
  dirs.push(dir);
  return dir;
}

/** The app's schema plus a table of this suite's own, with a foreign key, a blob and a big integer. */
async function sampleDatabase(path: string): Promise<Client & { config: { url: string } }> {
  const db = createDb({ url: `file:${path}` });
  await migrateDb(db);
  const client = db.$client;
  await client.batch(
    [
      "CREATE TABLE ledger (id INTEGER PRIMARY KEY, pair INTEGER NOT NULL, payload BLOB, amount INTEGER)",
      "CREATE TABLE ledger_note (id INTEGER PRIMARY KEY, entry INTEGER NOT NULL REFERENCES ledger(id), note TEXT)",
      "CREATE INDEX ledger_pair_idx ON ledger(pair)",
      "CREATE TRIGGER ledger_note_upper AFTER INSERT ON ledger_note BEGIN UPDATE ledger_note SET note = upper(note) WHERE id = new.id; END",
    ],
    "write",
  );
  for (let i = 1; i <= 1_203; i++) {
    await client.execute({ sql: "INSERT INTO ledger (id, pair, payload, amount) VALUES (?, ?, ?, ?)", args: [i, Math.ceil(i / 2), new Uint8Array([i % 256, 0, 255]), 2n ** 60n + BigInt(i)] });
  }
  await client.execute("INSERT INTO ledger_note (entry, note) VALUES (7, 'quoted \"name\"'), (1203, 'last')");
  return Object.assign(client, { config: { url: `file:${path}` } });
}

async function dump(client: Client, table: string): Promise<unknown[]> {
  const rows = await client.execute(`SELECT * FROM ${table} ORDER BY rowid`);
  return rows.rows.map((row) => rows.columns.map((_, i) => (row[i] instanceof ArrayBuffer ? [...new Uint8Array(row[i] as ArrayBuffer)] : row[i])));
}

describe.each(["auto", "rows"] as const)("backupDatabase (%s)", (mode) => {
  it("writes a checked copy with every row, index and trigger, and the schema version", async () => {
    const dir = tempDir();
    const source = await sampleDatabase(join(dir, "live.db"));
    const summary = await backupDatabase(source.config, join(dir, "copy.db"), mode);
    expect(summary.tables).toContainEqual({ name: "ledger", rows: 1_203 });
    expect(summary.tables).toContainEqual({ name: "ledger_note", rows: 2 });
    expect(summary.tables.map((t) => t.name)).not.toContain("rehearse_migration_lock");

    const copy = createClient({ url: `file:${join(dir, "copy.db")}`, intMode: "bigint" });
    const bigSource = createClient({ url: `file:${join(dir, "live.db")}`, intMode: "bigint" });
    expect(await dump(copy, "ledger")).toEqual(await dump(bigSource, "ledger"));
    expect(await dump(copy, "ledger_note")).toEqual(await dump(bigSource, "ledger_note"));
    const objects = await copy.execute("SELECT name FROM sqlite_master WHERE name IN ('ledger_pair_idx', 'ledger_note_upper')");
    expect(objects.rows).toHaveLength(2);
    await expect(assertSchemaCurrent(createDb({ url: `file:${join(dir, "copy.db")}` }))).resolves.toBeUndefined();
    for (const client of [copy, bigSource, source]) client.close();
  });

  it("never overwrites a file", async () => {
    const dir = tempDir();
    const source = await sampleDatabase(join(dir, "live.db"));
    writeFileSync(join(dir, "precious.db"), "keep me");
    await expect(backupDatabase(source.config, join(dir, "precious.db"), mode)).rejects.toThrow(/already exists/);
    source.close();
  });

  it("is consistent while another process keeps writing (pairs are written together, so a copy holds whole pairs)", async () => {
    const dir = tempDir();
    const source = await sampleDatabase(join(dir, "live.db"));
    const writer = startPairWriter(join(dir, "live.db"));
    try {
      await writer.started;
      await backupDatabase(source.config, join(dir, "copy.db"), mode);
    } finally {
      writer.child.kill();
    }
    const copy = createClient({ url: `file:${join(dir, "copy.db")}` });
    const halves = await copy.execute("SELECT count(*) AS n FROM (SELECT pair FROM ledger WHERE pair > 10000 GROUP BY pair HAVING sum(amount) != 0 OR count(*) != 2)");
    expect(halves.rows[0]?.n).toBe(0);
    const copied = await copy.execute("SELECT count(*) AS n FROM ledger WHERE pair > 10000");
    expect(Number(copied.rows[0]?.n)).toBeGreaterThan(0);
    for (const client of [copy, source]) client.close();
  });
});

/** Another process writing pairs of rows, each pair in one transaction, until killed; `started` once some are in. */
function startPairWriter(path: string) {
  const script = `
    import { createClient } from "@libsql/client";
    const db = createClient({ url: ${JSON.stringify(`file:${path}`)}, timeout: 5000 });
    for (let pair = 10001; ; pair++) {
      await db.batch([
        { sql: "INSERT INTO ledger (pair, amount) VALUES (?, 1)", args: [pair] },
        { sql: "INSERT INTO ledger (pair, amount) VALUES (?, -1)", args: [pair] },
      ], "write");
      if (pair === 10050) process.stdout.write("started");
    }`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const started = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", () => resolve());
    child.on("exit", (code) => reject(new Error(`the writer stopped early (${code})`)));
  });
  return { child, started };
}

describe("restoreDatabase", () => {
  it("copies a backup into an empty database, foreign keys and all", async () => {
    const dir = tempDir();
    const source = await sampleDatabase(join(dir, "live.db"));
    await backupDatabase(source.config, join(dir, "copy.db"));
    const target = createClient({ url: `file:${join(dir, "restored.db")}`, intMode: "bigint" });
    const summary = await restoreDatabase(join(dir, "copy.db"), target);
    expect(summary.tables).toContainEqual({ name: "ledger", rows: 1_203 });
    const bigSource = createClient({ url: `file:${join(dir, "live.db")}`, intMode: "bigint" });
    expect(await dump(target, "ledger")).toEqual(await dump(bigSource, "ledger"));
    const check = await target.execute("PRAGMA foreign_key_check");
    expect(check.rows).toHaveLength(0);
    await expect(assertSchemaCurrent(createDb({ url: `file:${join(dir, "restored.db")}` }))).resolves.toBeUndefined();
    for (const client of [target, bigSource, source]) client.close();
  });

  it("refuses a target that already holds tables, and leaves it as it was", async () => {
    const dir = tempDir();
    const source = await sampleDatabase(join(dir, "live.db"));
    await backupDatabase(source.config, join(dir, "copy.db"));
    const target = createClient({ url: `file:${join(dir, "other.db")}` });
    await target.execute("CREATE TABLE mine (x)");
    await target.execute("INSERT INTO mine VALUES (1)");
    await expect(restoreDatabase(join(dir, "copy.db"), target)).rejects.toThrow(/not empty/);
    expect((await target.execute("SELECT count(*) AS n FROM sqlite_master")).rows[0]?.n).toBe(1);
    for (const client of [target, source]) client.close();
  });

  it("refuses a file that is not a database without touching the target", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.txt"), "these are not pages of a database ".repeat(200));
    const target = createClient({ url: `file:${join(dir, "restored.db")}` });
    await expect(restoreDatabase(join(dir, "notes.txt"), target)).rejects.toThrow();
    expect((await target.execute("SELECT count(*) AS n FROM sqlite_master")).rows[0]?.n).toBe(0);
    target.close();
    expect(existsSync(join(dir, "missing.db"))).toBe(false);
    await expect(restoreDatabase(join(dir, "missing.db"), createClient({ url: ":memory:" }))).rejects.toThrow(/does not exist/);
  });
});
