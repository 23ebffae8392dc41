import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { VERDICTS } from "../../judge/verdicts.ts";
import { users } from "./auth.ts";
import { ITEM_SOURCES, problemSets } from "./problem-set.ts";
import { setInvitations } from "./set-invitation.ts";
import { TEAM_PROBLEM_KINDS, teamProblemVersions } from "./team-problem.ts";
import { timestampNow, uuidPrimaryKey } from "./columns.ts";

/**
 * not_started: the link was accepted, the clock not started. in_progress: the clock runs
 * (the deadline is the server's). submitted: the candidate handed in. expired: the clock ran
 * out and the server closed it with what was saved.
 */
export const ATTEMPT_STATUSES = ["not_started", "in_progress", "submitted", "expired"] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** One candidate working through one set. */
export const attempts = sqliteTable(
  "attempts",
  {
    id: uuidPrimaryKey(),
    setId: text("set_id")
      .notNull()
      .references(() => problemSets.id, { onDelete: "cascade" }),
    invitationId: text("invitation_id").references(() => setInvitations.id, { onDelete: "set null" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: ATTEMPT_STATUSES }).notNull(),
    /** The set's limit when the link was accepted: editing the set later does not move a running clock. */
    timeLimitMinutes: integer("time_limit_minutes").notNull(),
    startedAt: integer("started_at", { mode: "timestamp_ms" }),
    deadlineAt: integer("deadline_at", { mode: "timestamp_ms" }),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    awardedPoints: real("awarded_points"),
    maxPoints: integer("max_points").notNull(),
    createdAt: timestampNow("created_at"),
  },
  (table) => [uniqueIndex("attempts_set_user_idx").on(table.setId, table.userId), index("attempts_user_idx").on(table.userId)],
);

/**
 * One problem of an attempt, pinned when the attempt was created (a team problem's version, a
 * bank rubric's version), with the candidate's saved work and, once judged or scored, the
 * outcome as it was given.
 */
export const attemptItems = sqliteTable(
  "attempt_items",
  {
    id: uuidPrimaryKey(),
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    source: text("source", { enum: ITEM_SOURCES }).notNull(),
    ref: text("ref").notNull(),
    kind: text("kind", { enum: TEAM_PROBLEM_KINDS }).notNull(),
    /** The pinned team problem version; null for bank items. */
    versionId: text("version_id").references(() => teamProblemVersions.id, { onDelete: "restrict" }),
    /** A bank rubric's version string, or a bank problem's content hash, as pinned. */
    bankVersion: text("bank_version"),
    title: text("title").notNull(),
    points: integer("points").notNull(),
    /** The candidate's code or written answer, autosaved. */
    draft: text("draft"),
    /** The whiteboard's Excalidraw scene, for design items. */
    scene: text("scene", { mode: "json" }).$type<unknown>(),
    savedAt: integer("saved_at", { mode: "timestamp_ms" }),
    /** Coding: the verdict of the last submission. */
    verdict: text("verdict", { enum: VERDICTS }),
    passed: integer("passed"),
    total: integer("total"),
    /** Rubric items: the 0-100 score. */
    score: integer("score"),
    awardedPoints: real("awarded_points"),
    /** The full judge result or scorecard, as given. */
    result: text("result", { mode: "json" }).$type<unknown>(),
    /** The LLM's second opinion, when configured. */
    feedback: text("feedback", { mode: "json" }).$type<unknown>(),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
  },
  (table) => [uniqueIndex("attempt_items_attempt_position_idx").on(table.attemptId, table.position)],
);

export type AttemptRow = typeof attempts.$inferSelect;
export type AttemptItemRow = typeof attemptItems.$inferSelect;
