import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organizations, users } from "./auth.ts";
import { TEAM_PROBLEM_KINDS } from "./team-problem.ts";
import { timestampNow, uuidPrimaryKey } from "./columns.ts";

/** Where a set's item comes from: the public bank (problems/ and rubrics/) or the team's own problems. */
export const ITEM_SOURCES = ["bank", "team"] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

/** An interview loop: an ordered list of problems with instructions, a time limit and points. */
export const problemSets = sqliteTable(
  "problem_sets",
  {
    id: uuidPrimaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Markdown shown to the candidate before they start the clock. */
    instructions: text("instructions").notNull().default(""),
    timeLimitMinutes: integer("time_limit_minutes").notNull(),
    /** Whether candidates see their own scores once they submit. */
    resultsVisibleToCandidate: integer("results_visible_to_candidate", { mode: "boolean" }).notNull().default(false),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestampNow("created_at"),
    updatedAt: timestampNow("updated_at"),
  },
  (table) => [index("problem_sets_org_idx").on(table.organizationId)],
);

export const problemSetItems = sqliteTable(
  "problem_set_items",
  {
    id: uuidPrimaryKey(),
    setId: text("set_id")
      .notNull()
      .references(() => problemSets.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    source: text("source", { enum: ITEM_SOURCES }).notNull(),
    /** A bank problem's slug or rubric id, or a team problem's id. */
    ref: text("ref").notNull(),
    kind: text("kind", { enum: TEAM_PROBLEM_KINDS }).notNull(),
    points: integer("points").notNull(),
  },
  (table) => [uniqueIndex("problem_set_items_set_position_idx").on(table.setId, table.position)],
);

export type ProblemSetRow = typeof problemSets.$inferSelect;
export type ProblemSetItemRow = typeof problemSetItems.$inferSelect;
