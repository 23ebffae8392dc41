import { randomUUID } from "node:crypto";
import type { Client } from "@libsql/client";

/**
 * One row that says who is migrating, so two instances starting on a fresh database do not
 * both create its tables (one crashed with "table submissions already exists"). A plain table
 * rather than a file lock, so it also holds across machines sharing one libSQL server. The row
 * expires, so an instance killed mid-migration does not block the next start for good.
 */
const LOCK_TABLE = "rehearse_migration_lock";

export interface MigrationLockOptions {
  /** How long to wait for another instance's migration before giving up. */
  waitMs?: number;
  /** After this, a holder that stopped renewing is taken to be dead. */
  staleMs?: number;
  pollMs?: number;
}

const DEFAULTS = { waitMs: 120_000, staleMs: 30_000, pollMs: 100 } satisfies Required<MigrationLockOptions>;

/** Runs `work` while holding the migration lock; waits for another instance that holds it. */
export async function withMigrationLock<T>(client: Client, work: () => Promise<T>, options: MigrationLockOptions = {}): Promise<T> {
  const { waitMs, staleMs, pollMs } = { ...DEFAULTS, ...options };
  const holder = randomUUID();
  await retryWhileBusy(() =>
    client.execute(`CREATE TABLE IF NOT EXISTS ${LOCK_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), holder TEXT NOT NULL, expires_at INTEGER NOT NULL)`),
  );
  const deadline = Date.now() + waitMs;
  while (!(await tryAcquire(client, holder, staleMs))) {
    if (Date.now() > deadline) {
      throw new Error(`Another instance has held the migration lock for over ${Math.round(waitMs / 1000)} s. If none is running, delete the row in ${LOCK_TABLE}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  // A long migration renews the lock so a waiting instance does not take it as abandoned.
  const renew = setInterval(() => {
    void client.execute({ sql: `UPDATE ${LOCK_TABLE} SET expires_at = ? WHERE id = 1 AND holder = ?`, args: [Date.now() + staleMs, holder] }).catch(() => {});
  }, staleMs / 3);
  try {
    return await work();
  } finally {
    clearInterval(renew);
    await retryWhileBusy(() => client.execute({ sql: `DELETE FROM ${LOCK_TABLE} WHERE id = 1 AND holder = ?`, args: [holder] }));
  }
}

async function tryAcquire(client: Client, holder: string, staleMs: number): Promise<boolean> {
  const now = Date.now();
  // Read first: waiting instances then poll without writing, so they never make the migrating one wait on a write lock.
  const current = await retryWhileBusy(() => client.execute(`SELECT expires_at FROM ${LOCK_TABLE} WHERE id = 1`));
  const expiresAt = current.rows[0]?.expires_at;
  if (expiresAt !== undefined && Number(expiresAt) >= now) return false;
  const taken = await retryWhileBusy(() =>
    client.execute({
      sql: `INSERT INTO ${LOCK_TABLE} (id, holder, expires_at) VALUES (1, ?, ?)
            ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at WHERE ${LOCK_TABLE}.expires_at < ?`,
      args: [holder, now + staleMs, now],
    }),
  );
  return taken.rowsAffected === 1;
}

/** SQLite answers SQLITE_BUSY when another process holds the write lock for a moment: try again. */
export async function retryWhileBusy<T>(operation: () => Promise<T>, attempts = 200): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts || !isBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
    }
  }
}

function isBusy(error: unknown): boolean {
  const text = error instanceof Error ? `${(error as { code?: unknown }).code ?? ""} ${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error);
  return /SQLITE_BUSY|database is locked/i.test(text);
}
