import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Client, createClient, type InValue, type Transaction } from "@libsql/client";
import type { DbConfig } from "./client.ts";

/**
 * Backups of a running database. A local file is copied with `VACUUM INTO`: one read
 * transaction, so the copy is consistent while the server keeps writing, and compact. A
 * libSQL server cannot write a file on our machine, so its tables are copied row by row,
 * also inside one read transaction. Restoring copies a backup into an empty database.
 */

export interface CopySummary {
  tables: { name: string; rows: number }[];
}

/** Internal tables of SQLite, libSQL and sqld, and our migration lock: never copied. */
const INTERNAL = /^(sqlite_|_litestream|libsql_|rehearse_migration_lock$)/;
const PAGE_ROWS = 500;

interface SchemaObject {
  type: "table" | "index" | "trigger" | "view";
  name: string;
  sql: string;
}

/**
 * Writes a consistent copy of the database at `config` to the new SQLite file `path`, then
 * checks the copy. `rows` copies table by table even from a local file (as from a server).
 */
export async function backupDatabase(config: DbConfig, path: string, mode: "auto" | "rows" = "auto"): Promise<CopySummary> {
  const target = resolve(path);
  if (existsSync(target)) throw new Error(`${path} already exists; a backup never overwrites a file.`);
  // Integers as bigint: a row copy must not round values past 2^53 (or refuse to read them).
  const source = createClient({ ...config, intMode: "bigint" });
  try {
    if (source.protocol === "file" && mode === "auto") {
      await source.execute({ sql: "VACUUM INTO ?", args: [target] });
    } else {
      const copy = createClient({ url: `file:${target}` });
      try {
        await copyDatabase(source, copy);
      } finally {
        copy.close();
      }
    }
  } finally {
    source.close();
  }
  return verifyCopy(target);
}

/** Copies the backup file at `path` into `target`, which must hold no tables yet. */
export async function restoreDatabase(path: string, target: Client): Promise<CopySummary> {
  if (!existsSync(path)) throw new Error(`${path} does not exist.`);
  const existing = await userObjects(target, "table");
  if (existing.length > 0) {
    throw new Error(`The target database is not empty (${existing.length} tables, e.g. ${existing[0]?.name}); restore into a new file or an empty libSQL database.`);
  }
  await verifyCopy(resolve(path));
  const source = createClient({ url: `file:${resolve(path)}`, intMode: "bigint" });
  try {
    return await copyDatabase(source, target);
  } finally {
    source.close();
  }
}

/** Tables, then their rows, then indexes, triggers and views, all read in one transaction of `source`. */
export async function copyDatabase(source: Client, target: Client): Promise<CopySummary> {
  const read = await source.transaction("read");
  try {
    const objects = await userObjects(read);
    const tables = objects.filter((o) => o.type === "table");
    await target.batch(tables.map((t) => t.sql), "write");
    const summary: CopySummary = { tables: [] };
    for (const table of tables) summary.tables.push({ name: table.name, rows: await copyRows(read, target, table.name) });
    const rest = objects.filter((o) => o.type !== "table");
    if (rest.length > 0) await target.batch(rest.map((o) => o.sql), "write");
    return summary;
  } finally {
    read.close();
  }
}

async function userObjects(db: Client | Transaction, type?: SchemaObject["type"]): Promise<SchemaObject[]> {
  const result = await db.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid");
  return result.rows
    .map((row) => ({ type: String(row.type) as SchemaObject["type"], name: String(row.name), sql: String(row.sql) }))
    .filter((o) => !INTERNAL.test(o.name) && (type === undefined || o.type === type));
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Pages through a table by rowid. */
async function copyRows(read: Transaction, target: Client, table: string): Promise<number> {
  let copied = 0;
  let after: InValue = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const page = await read.execute({ sql: `SELECT rowid AS "__rowid", * FROM ${quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT ${PAGE_ROWS}`, args: [after] });
    if (page.rows.length === 0) return copied;
    const columns = page.columns.slice(1);
    const insert = `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
    // `migrate` is a write batch with foreign keys off: rows go in table by table, whatever refers to what.
    await target.migrate(page.rows.map((row) => ({ sql: insert, args: columns.map((_, i) => (row[i + 1] ?? null) as InValue) })));
    copied += page.rows.length;
    after = page.rows.at(-1)?.[0] as InValue;
  }
}

/** Opens the copy and checks it: SQLite's integrity check, then its row counts. */
async function verifyCopy(path: string): Promise<CopySummary> {
  const copy = createClient({ url: `file:${path}` });
  try {
    const check = await copy.execute("PRAGMA integrity_check");
    const verdict = String(check.rows[0]?.[0]);
    if (verdict !== "ok") throw new Error(`The copy at ${path} failed SQLite's integrity check: ${verdict}`);
    const summary: CopySummary = { tables: [] };
    for (const table of await userObjects(copy, "table")) {
      const count = await copy.execute(`SELECT count(*) AS n FROM ${quote(table.name)}`);
      summary.tables.push({ name: table.name, rows: Number(count.rows[0]?.n ?? 0) });
    }
    return summary;
  } finally {
    copy.close();
  }
}
