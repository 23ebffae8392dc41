import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { VERDICTS } from "../../judge/verdicts.ts";
import { users } from "./auth.ts";
import { timestampNow, uuidPrimaryKey } from "./columns.ts";

export const SUBMISSION_MODES = ["run", "submit"] as const;
export type SubmissionMode = (typeof SUBMISSION_MODES)[number];
/** Pending: accepted and stored, not yet judged (a restart judges it on the next start). Judged: verdict and counts are final. */
export const SUBMISSION_STATUSES = ["pending", "judged"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/**
 * One submitted attempt: what was sent and, once judged, how it went; whose, when someone was
 * signed in. It is stored pending as soon as it is accepted, so a restart cannot lose it; the
 * verdict is null exactly while it is pending (the check says so), and the counts are 0 then.
 */
export const submissions = sqliteTable(
  "submissions",
  {
    id: uuidPrimaryKey(),
    problemSlug: text("problem_slug").notNull(),
    mode: text("mode", { enum: SUBMISSION_MODES }).notNull(),
    status: text("status", { enum: SUBMISSION_STATUSES }).notNull().default("judged"),
    verdict: text("verdict", { enum: VERDICTS }),
    passed: integer("passed").notNull(),
    total: integer("total").notNull(),
    runtimeMs: integer("runtime_ms").notNull(),
    code: text("code").notNull(),
    /** Null for practice without an account. */
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    /** From the mock-round timer, when the candidate used it. */
    timeTakenMs: integer("time_taken_ms"),
    createdAt: timestampNow("created_at"),
  },
  (table) => [
    index("submissions_problem_created_idx").on(table.problemSlug, table.createdAt),
    index("submissions_user_problem_created_idx").on(table.userId, table.problemSlug, table.createdAt),
    check("submissions_passed_within_total", sql`${table.passed} >= 0 AND ${table.passed} <= ${table.total}`),
    check("submissions_verdict_once_judged", sql`(${table.status} = 'pending') = (${table.verdict} IS NULL)`),
    // The start-up sweep looks for these: few at any time, so a partial index keeps that read free.
    index("submissions_pending_idx").on(table.createdAt).where(sql`${table.status} = 'pending'`),
  ],
);

export type SubmissionRow = typeof submissions.$inferSelect;

/** What a service inserts; id and created_at are filled in by default. */
export const submissionInsertSchema = z
  .object({
    id: z.uuid().optional(),
    problemSlug: z.string().min(1),
    mode: z.enum(SUBMISSION_MODES),
    status: z.enum(SUBMISSION_STATUSES).optional(),
    verdict: z.enum(VERDICTS).nullable(),
    passed: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    runtimeMs: z.number().int().nonnegative(),
    code: z.string(),
    userId: z.string().min(1).nullable().optional(),
    timeTakenMs: z.number().int().nonnegative().nullable().optional(),
    createdAt: z.date().optional(),
  })
  .strict()
  .refine((s) => s.passed <= s.total, { message: "passed cannot exceed total", path: ["passed"] })
  .refine((s) => (s.status === "pending") === (s.verdict === null), { message: "a verdict is set exactly once judged", path: ["verdict"] });
export type SubmissionInsert = z.infer<typeof submissionInsertSchema>;

export const submissionSelectSchema = z.object({
  id: z.uuid(),
  problemSlug: z.string(),
  mode: z.enum(SUBMISSION_MODES),
  status: z.enum(SUBMISSION_STATUSES),
  verdict: z.enum(VERDICTS).nullable(),
  passed: z.number().int(),
  total: z.number().int(),
  runtimeMs: z.number().int(),
  code: z.string(),
  userId: z.string().nullable(),
  timeTakenMs: z.number().int().nullable(),
  createdAt: z.date(),
});

// Keep the hand-written schemas in step with the table: a new column breaks the build here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const selectMatchesTable: Same<z.infer<typeof submissionSelectSchema>, SubmissionRow> = true;
const insertFitsTable: SubmissionInsert extends typeof submissions.$inferInsert ? true : false = true;
void selectMatchesTable;
void insertFitsTable;
