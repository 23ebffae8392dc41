import { z } from "zod";
import type { Same } from "../lib/same-type.ts";
import { PROGRESS_STATES, type Progress } from "../services/progress/get.ts";

// Response schemas of `/api/me`: who is signed in, and their progress.

export const meSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), emailVerified: z.boolean() }).nullable(),
  verifiesEmails: z.boolean().meta({ description: "Whether this server sends verification mail." }),
});

export const progressSchema = z.object({
  problems: z.record(z.string(), z.enum(PROGRESS_STATES)),
  questions: z
    .record(z.string(), z.object({ best: z.number(), answers: z.number() }))
    .meta({ description: "Per rubric id: the best score and how many answers count. Answers given after seeing the model answer do not." }),
});

const sameProgress: Same<z.infer<typeof progressSchema>, Progress> = true;
void sameProgress;
