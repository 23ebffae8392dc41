import { primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { users } from "./auth.ts";
import { timestampNow } from "./columns.ts";

/**
 * A user has seen a question's model answer (and its whole answer key). Once per user and
 * question: from then on their scorecards for it are whole, and their new answers marked.
 */
export const modelAnswerReveals = sqliteTable(
  "model_answer_reveals",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rubricId: text("rubric_id").notNull(),
    revealedAt: timestampNow("revealed_at"),
  },
  (table) => [primaryKey({ columns: [table.userId, table.rubricId] })],
);

export type ModelAnswerRevealRow = typeof modelAnswerReveals.$inferSelect;

export const modelAnswerRevealInsertSchema = z.object({ userId: z.string().min(1), rubricId: z.string().min(1), revealedAt: z.date().optional() }).strict();
