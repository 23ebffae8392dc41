import { and, isNull, lt } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { submissions } from "../../db/schema/index.ts";
import { type Logger, silentLogger } from "../../observability/logger.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the sweep runs: a retention counted in days needs nothing finer. */
export const SUBMISSION_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Deletes the submissions made without an account (nobody can read them back) stored before
 * `retentionDays` ago; a signed-in user's are theirs to keep. Returns how many went.
 */
export async function deleteOldAnonymousSubmissions(db: Db, retentionDays: number, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * DAY_MS);
  const deleted = await db
    .delete(submissions)
    .where(and(isNull(submissions.userId), lt(submissions.createdAt, before)))
    .returning({ id: submissions.id });
  return deleted.length;
}

/** Runs the deletion now and then every `intervalMs`, without keeping the process alive. */
export function startAnonymousSubmissionSweep(db: Db, retentionDays: number, intervalMs = SUBMISSION_SWEEP_INTERVAL_MS, log: Logger = silentLogger): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const sweep = () => {
    if (running) return;
    running = deleteOldAnonymousSubmissions(db, retentionDays)
      .catch((error: unknown) => log.error({ event: "submission_sweep_failed", err: error }, "the anonymous submission sweep failed"))
      .finally(() => {
        running = null;
      });
  };
  sweep();
  const timer = setInterval(sweep, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
