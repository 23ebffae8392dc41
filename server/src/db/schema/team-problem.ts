import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organizations, users } from "./auth.ts";
import { timestampNow, uuidPrimaryKey } from "./columns.ts";

/** What a team can author: a coding problem (a problems/<slug>/ folder) or a rubric-scored question. */
export const TEAM_PROBLEM_KINDS = ["coding", "design", "behavioral", "leadership", "concept"] as const;
export type TeamProblemKind = (typeof TEAM_PROBLEM_KINDS)[number];

/** A version is published when it passed validation (judge + schema); otherwise it stays a draft. */
export const VERSION_STATUSES = ["draft", "published"] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/**
 * The files of one problem, in the on-disk format: for coding, the paths inside
 * `problems/<slug>/` (problem.md, starter.ts, solution.ts, *.test.ts, cases.json...);
 * for a rubric, one entry `rubric.yaml`. Import, export and `problems check` share it.
 */
export type ProblemFiles = Record<string, string>;

/** A problem a team authored; its content lives in immutable versions. */
export const teamProblems = sqliteTable(
  "team_problems",
  {
    id: uuidPrimaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    /** The folder name (coding) or rubric id: unique within the team. */
    slug: text("slug").notNull(),
    kind: text("kind", { enum: TEAM_PROBLEM_KINDS }).notNull(),
    title: text("title").notNull(),
    latestVersion: integer("latest_version").notNull(),
    /** The version sets use; null while no version has passed validation. */
    publishedVersion: integer("published_version"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestampNow("created_at"),
    updatedAt: timestampNow("updated_at"),
  },
  (table) => [uniqueIndex("team_problems_org_slug_idx").on(table.organizationId, table.slug)],
);

/** One saved state of a team problem; never updated once written, so past attempts keep what they were scored on. */
export const teamProblemVersions = sqliteTable(
  "team_problem_versions",
  {
    id: uuidPrimaryKey(),
    problemId: text("problem_id")
      .notNull()
      .references(() => teamProblems.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    status: text("status", { enum: VERSION_STATUSES }).notNull(),
    files: text("files", { mode: "json" }).$type<ProblemFiles>().notNull(),
    /** Why a draft did not publish: each error with its file and line, failing tests included. */
    validation: text("validation", { mode: "json" }).$type<unknown>().notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestampNow("created_at"),
  },
  (table) => [uniqueIndex("team_problem_versions_problem_version_idx").on(table.problemId, table.version), index("team_problem_versions_problem_idx").on(table.problemId)],
);

export type TeamProblemRow = typeof teamProblems.$inferSelect;
export type TeamProblemVersionRow = typeof teamProblemVersions.$inferSelect;
