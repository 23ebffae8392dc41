import { z } from "zod";
import { ITEM_SOURCES } from "../../db/schema/index.ts";

/** Every limit of a set, with its ceiling, in one place. */
export const SET_LIMITS = {
  titleChars: 200,
  instructionsChars: 20_000,
  /** A day: far beyond any interview loop. */
  timeLimitMinutes: 24 * 60,
  items: 50,
  points: 1_000,
  refChars: 200,
} as const;

export const setItemInputSchema = z.object({
  source: z.enum(ITEM_SOURCES),
  /** A bank problem's slug or rubric id; a team problem's id (or its slug, stored as the id). */
  ref: z.string().trim().min(1).max(SET_LIMITS.refChars),
  points: z.number().int().min(1).max(SET_LIMITS.points),
});

export const setInputSchema = z.object({
  title: z.string().trim().min(1, "the title is empty").max(SET_LIMITS.titleChars),
  /** Markdown shown to the candidate before they start the clock. */
  instructions: z.string().max(SET_LIMITS.instructionsChars).default(""),
  timeLimitMinutes: z.number().int().min(1).max(SET_LIMITS.timeLimitMinutes),
  resultsVisibleToCandidate: z.boolean().default(false),
  items: z.array(setItemInputSchema).min(1, "add at least one problem").max(SET_LIMITS.items),
});
export type SetInput = z.infer<typeof setInputSchema>;
