import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { Db } from "./client.ts";
import { retryWhileBusy, withMigrationLock, type MigrationLockOptions } from "./migration-lock.ts";

/** The committed SQL from `npm run db:generate`; read from here whatever the working directory. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations", import.meta.url));
const MIGRATIONS_TABLE = "__drizzle_migrations";

interface JournalEntry {
  tag: string;
  /** drizzle's migrator records this as the migration's created_at. */
  when: number;
}

function knownMigrations(): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, "meta", "_journal.json"), "utf8")) as { entries: JournalEntry[] };
  return journal.entries;
}

/**
 * Per connection, for a local file: write-ahead logging with NORMAL sync (an insert drops from
 * ~5-15 ms of fsync to ~0.3 ms, still durable across a crash of the process).
 */
export async function prepareDb(db: Db): Promise<void> {
  if (db.$client.protocol !== "file") return;
  const journal = await db.$client.execute("PRAGMA journal_mode");
  if (String(journal.rows[0]?.[0]) === "memory") return;
  await retryWhileBusy(() => db.$client.execute("PRAGMA journal_mode=WAL"));
  await db.$client.execute("PRAGMA synchronous=NORMAL");
}

export interface SchemaStatus {
  /** Migrations this version knows that the database has not had, oldest first. */
  pending: string[];
  /** The database was migrated by a newer version than this one. */
  newer: boolean;
}

/** How the database's schema compares with the migrations this version ships. */
export async function schemaStatus(db: Db): Promise<SchemaStatus> {
  const known = knownMigrations();
  const table = await db.$client.execute({ sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", args: [MIGRATIONS_TABLE] });
  if (table.rows.length === 0) return { pending: known.map((m) => m.tag), newer: false };
  const last = await db.$client.execute(`SELECT max(created_at) AS last FROM ${MIGRATIONS_TABLE}`);
  const lastApplied = Number(last.rows[0]?.last ?? 0);
  return {
    pending: known.filter((m) => m.when > lastApplied).map((m) => m.tag),
    newer: known.every((m) => m.when < lastApplied),
  };
}

/** Why the server refuses to start on a database whose schema is not the one it was written for. */
export class SchemaMismatchError extends Error {}

/** Throws, with what to do, unless the database's schema is exactly this version's. */
export async function assertSchemaCurrent(db: Db): Promise<void> {
  const status = await schemaStatus(db);
  if (status.pending.length > 0) {
    throw new SchemaMismatchError(
      `The database schema is behind this version of Rehearse: ${status.pending.length} migration(s) not applied (${status.pending.join(", ")}). ` +
        "Run `npx rehearse migrate` (with the same DATABASE_URL), or start the server with MIGRATE_ON_START=true.",
    );
  }
  if (status.newer) {
    throw new SchemaMismatchError("The database was migrated by a newer version of Rehearse than this one. Run the newer version, or restore a backup made before the upgrade.");
  }
}

/**
 * Applies pending migrations, under a lock that a second instance starting at the same time
 * waits for (it then finds nothing to do). Returns the migrations applied.
 */
export async function migrateDb(db: Db, lock: MigrationLockOptions = {}): Promise<string[]> {
  await prepareDb(db);
  return withMigrationLock(
    db.$client,
    async () => {
      const { pending } = await schemaStatus(db);
      if (pending.length > 0) await retryWhileBusy(() => migrate(db, { migrationsFolder: MIGRATIONS_DIR, migrationsTable: MIGRATIONS_TABLE }));
      return pending;
    },
    lock,
  );
}
