import { primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { users } from "./auth.ts";
import { timestampNow } from "./columns.ts";

/** The code a signed-in user last saved for a problem: one row per user and problem. */
export const drafts = sqliteTable(
  "drafts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    problemSlug: text("problem_slug").notNull(),
    code: text("code").notNull(),
    updatedAt: timestampNow("updated_at"),
  },
  (table) => [primaryKey({ columns: [table.userId, table.problemSlug] })],
);

export type DraftRow = typeof drafts.$inferSelect;

/** What a service writes; updated_at is filled in by default. Code size is bounded by the problem's limit. */
export const draftInsertSchema = z
  .object({
    userId: z.string().min(1),
    problemSlug: z.string().min(1),
    code: z.string(),
    updatedAt: z.date().optional(),
  })
  .strict();
export type DraftInsert = z.infer<typeof draftInsertSchema>;

export const draftSelectSchema = z.object({
  userId: z.string(),
  problemSlug: z.string(),
  code: z.string(),
  updatedAt: z.date(),
});

// Keep the hand-written schemas in step with the table: a new column breaks the build here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const selectMatchesTable: Same<z.infer<typeof draftSelectSchema>, DraftRow> = true;
const insertFitsTable: DraftInsert extends typeof drafts.$inferInsert ? true : false = true;
void selectMatchesTable;
void insertFitsTable;
