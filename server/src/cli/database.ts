import { existsSync } from "node:fs";
import { createDb, type Db, type DbConfig } from "../db/client.ts";
import { backupDatabase, type CopySummary, restoreDatabase } from "../db/backup.ts";
import { assertSchemaCurrent, migrateDb } from "../db/migrate.ts";
import { loadDatabaseEnv } from "../env.ts";
import { type Io, parse, UsageError } from "./io.ts";

const DATABASE_OPTION = { database: { type: "string" } } as const;

export const MIGRATE_HELP = `Usage: rehearse migrate [--database <url>]

Applies the database migrations this version ships, under a lock a second instance waits
for. The database is DATABASE_URL (and DATABASE_AUTH_TOKEN), or --database.
Exits 0 when the schema is current, 1 otherwise.`;

export const BACKUP_HELP = `Usage: rehearse backup <file> [--database <url>]

Writes a consistent copy of the database, running or not, to a new SQLite file: a local
file with VACUUM INTO, a libSQL server table by table in one read transaction. The copy is
checked (integrity check, row counts). Never overwrites a file. Exits 0 on success.`;

export const RESTORE_HELP = `Usage: rehearse restore <file> [--database <url>]

Copies a backup made by \`rehearse backup\` into the database, which must be empty (a new
file, or a new libSQL database). Stop the server first. Exits 0 on success.`;

function databaseConfig(flag: string | undefined, io: Io): DbConfig {
  const env = loadDatabaseEnv();
  const url = flag ?? env.DATABASE_URL;
  if (url === ":memory:") throw new UsageError("an in-memory database ends with this command; give a file: or libsql: URL");
  io.err(`database: ${url.replace(/\/\/[^@/]*@/, "//***@")}`);
  return { url, ...(flag === undefined && env.DATABASE_AUTH_TOKEN ? { authToken: env.DATABASE_AUTH_TOKEN } : {}) };
}

async function withDatabase<T>(flag: string | undefined, io: Io, work: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(databaseConfig(flag, io));
  try {
    return await work(db);
  } finally {
    db.$client.close();
  }
}

function describeCopy(summary: CopySummary): string {
  const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  return `${summary.tables.length} tables, ${rows} rows`;
}

export async function migrateCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, DATABASE_OPTION);
  if (values.help) {
    io.out(MIGRATE_HELP);
    return 0;
  }
  return withDatabase(values.database, io, async (db) => {
    const applied = await migrateDb(db);
    await assertSchemaCurrent(db);
    io.out(applied.length === 0 ? "The schema is already current." : `Applied ${applied.length} migration(s): ${applied.join(", ")}.`);
    return 0;
  });
}

export async function backupCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, DATABASE_OPTION, true);
  if (values.help) {
    io.out(BACKUP_HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError("backup takes one file to write");
  if (existsSync(file)) throw new UsageError(`${file} already exists; a backup never overwrites a file`);
  io.out(`Backed up to ${file}: ${describeCopy(await backupDatabase(databaseConfig(values.database, io), file))}.`);
  return 0;
}

export async function restoreCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, DATABASE_OPTION, true);
  if (values.help) {
    io.out(RESTORE_HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UsageError("restore takes one backup file to read");
  if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
  return withDatabase(values.database, io, async (db) => {
    const summary = await restoreDatabase(file, db.$client);
    await assertSchemaCurrent(db).catch((error: unknown) => io.err(`note: ${error instanceof Error ? error.message : String(error)}`));
    io.out(`Restored ${file}: ${describeCopy(summary)}.`);
    return 0;
  });
}
