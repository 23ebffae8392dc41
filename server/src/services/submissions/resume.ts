import { and, asc, eq, lte } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { submissions } from "../../db/schema/index.ts";
import type { Judge } from "../../judge/types.ts";
import type { Problem } from "../../problems/load.ts";
import { type Logger, silentLogger } from "../../observability/logger.ts";
import { judgeSubmission } from "../problems/submit.ts";
import { storeSubmissionVerdict } from "./store.ts";

export interface ResumeDeps {
  db: Db;
  judge: Judge;
  problems: readonly Problem[];
  log?: Logger;
}

export interface ResumeOptions {
  /**
   * How long to wait first. In a rolling restart the old instance may still be draining, and
   * judging its pending submissions: waiting out its drain timeout leaves those to it.
   */
  delayMs?: number;
  /** Only submissions accepted by then (now by default): later ones are this instance's own, in flight. */
  acceptedBefore?: Date;
}

/** A problem removed from the bank since the submission was accepted: nothing to judge it against, said plainly. */
const PROBLEM_GONE = { verdict: "Internal Error", summary: { total: 0, passed: 0, failed: 0, skipped: 0 }, runtimeMs: 0 } as const;

/**
 * Judges the submissions a crash or a drain past its timeout left pending, oldest first, at most
 * one per judge worker at a time (the server's own work must not fill the queue before users
 * arrive). `stop()` takes no further one and waits for those being judged; what is left stays
 * pending for the next start. `done` settles with how many were judged.
 */
export function startPendingSubmissionResume(deps: ResumeDeps, options: ResumeOptions = {}): { stop(): Promise<void>; done: Promise<number> } {
  let stopping = false;
  let cancelDelay: () => void = () => {};
  const acceptedBefore = options.acceptedBefore ?? new Date();
  const done = (async () => {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.delayMs ?? 0);
      cancelDelay = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    if (stopping) return 0;
    const pending = await deps.db
      .select({ id: submissions.id, problemSlug: submissions.problemSlug, code: submissions.code })
      .from(submissions)
      .where(and(eq(submissions.status, "pending"), lte(submissions.createdAt, acceptedBefore)))
      .orderBy(asc(submissions.createdAt));
    let judged = 0;
    const next = async (): Promise<void> => {
      for (let row = pending.shift(); row && !stopping; row = pending.shift()) {
        if (await resumeOne(deps, row)) judged++;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, deps.judge.stats().workers) }, next));
    return judged;
  })().catch((error: unknown) => {
    (deps.log ?? silentLogger).error({ event: "pending_resume_failed", err: error }, "judging the pending submissions failed");
    return 0;
  });
  return {
    done,
    async stop() {
      stopping = true;
      cancelDelay();
      await done;
    },
  };
}

async function resumeOne(deps: ResumeDeps, row: { id: string; problemSlug: string; code: string }): Promise<boolean> {
  const problem = deps.problems.find((p) => p.slug === row.problemSlug);
  try {
    const result = problem ? (await judgeSubmission(deps, problem, row.code)).redacted : PROBLEM_GONE;
    await storeSubmissionVerdict(deps.db, row.id, result);
    return true;
  } catch (error) {
    // Left pending: the next start tries again (the judge closing under a second drain lands here).
    (deps.log ?? silentLogger).warn({ event: "pending_resume_failed", submissionId: row.id, err: error }, "could not judge a pending submission; the next start tries again");
    return false;
  }
}
