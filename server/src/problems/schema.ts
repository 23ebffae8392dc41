import { z } from "zod";
import { LIMITS } from "../judge/limits.ts";
import { ROADMAP_AREA_IDS } from "./areas.ts";

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Front matter of `problems/<slug>/problem.md`. */
export const problemFrontMatterSchema = z
  .object({
    title: z.string().min(3).max(120),
    difficulty: z.enum(DIFFICULTIES),
    tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "tags are lower-case-kebab")).min(1),
    area: z.enum(ROADMAP_AREA_IDS),
    /** Wall time per test, ms. */
    timeLimitMs: z.number().int().positive().max(LIMITS.testTimeMs.ceiling).optional(),
    memoryLimitMb: z.number().int().positive().max(LIMITS.memoryMb.ceiling).optional(),
    /** Revealed one at a time, in order. */
    hints: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type ProblemFrontMatter = z.infer<typeof problemFrontMatterSchema>;

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;
