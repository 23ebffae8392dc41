import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { type DiagramGraph, diagramGraphSchema } from "../../scoring/diagram.ts";
import type { ScoreResult } from "../../scoring/result.ts";
import { users } from "./auth.ts";
import { timestampNow, uuidPrimaryKey } from "./columns.ts";

/** A signed-in user's scored answer to a rubric's question, with the rubric version it was scored against. */
export const answers = sqliteTable(
  "answers",
  {
    id: uuidPrimaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    rubricId: text("rubric_id").notNull(),
    rubricVersion: text("rubric_version").notNull(),
    answer: text("answer").notNull(),
    diagram: text("diagram", { mode: "json" }).$type<DiagramGraph>(),
    /** The Excalidraw scene the diagram was read from, when one was sent: the whiteboard restores from it. */
    scene: text("scene", { mode: "json" }).$type<unknown>(),
    total: integer("total").notNull(),
    /** The deterministic score as it was given: the rubric may change later. */
    score: text("score", { mode: "json" }).$type<ScoreResult>().notNull(),
    /** Answered after the user had seen this question's model answer: shown as such, kept out of progress. */
    afterModelAnswer: integer("after_model_answer", { mode: "boolean" }).notNull().default(false),
    createdAt: timestampNow("created_at"),
  },
  (table) => [
    index("answers_user_rubric_created_idx").on(table.userId, table.rubricId, table.createdAt),
    check("answers_total_in_range", sql`${table.total} >= 0 AND ${table.total} <= 100`),
  ],
);

export type AnswerRow = typeof answers.$inferSelect;

const scoreResultSchema = z.custom<ScoreResult>((v) => typeof v === "object" && v !== null && "criteria" in v, "must be a score result");

/** What a service inserts; id and created_at are filled in by default. */
export const answerInsertSchema = z
  .object({
    id: z.uuid().optional(),
    userId: z.string().min(1),
    rubricId: z.string().min(1),
    rubricVersion: z.string().min(1),
    answer: z.string(),
    diagram: diagramGraphSchema.nullable().optional(),
    scene: z.unknown().optional(),
    total: z.number().int().min(0).max(100),
    score: scoreResultSchema,
    afterModelAnswer: z.boolean().optional(),
    createdAt: z.date().optional(),
  })
  .strict();
export type AnswerInsert = z.infer<typeof answerInsertSchema>;

export const answerSelectSchema = z.object({
  id: z.uuid(),
  userId: z.string(),
  rubricId: z.string(),
  rubricVersion: z.string(),
  answer: z.string(),
  diagram: diagramGraphSchema.nullable(),
  scene: z.unknown(),
  total: z.number().int(),
  score: scoreResultSchema,
  afterModelAnswer: z.boolean(),
  createdAt: z.date(),
});

// Keep the hand-written schemas in step with the table: a new column breaks the build here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const selectMatchesTable: Same<z.infer<typeof answerSelectSchema>, AnswerRow> = true;
const insertFitsTable: AnswerInsert extends typeof answers.$inferInsert ? true : false = true;
void selectMatchesTable;
void insertFitsTable;
