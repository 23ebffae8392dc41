import { z } from "zod";
import type { Same } from "../lib/same-type.ts";
import { ATTEMPT_STATUSES } from "../db/schema/attempt.ts";
import { TEAM_PROBLEM_KINDS } from "../db/schema/team-problem.ts";
import type { AttemptSummary } from "../services/attempts/list.ts";
import type { AttemptOverview } from "../services/attempts/view.ts";
import type { InvitationLanding } from "../services/invitations/candidate.ts";
import { publicRubricSchema } from "./answers.schema.ts";
import { judgeResultSchema, publicProblemSchema } from "./problems.schema.ts";

// Response schemas of a candidate's routes: the invitation link and the timed attempt it opens.

export const invitationLandingSchema = z.object({
  team: z.object({ name: z.string() }),
  set: z.object({ title: z.string(), instructions: z.string(), timeLimitMinutes: z.number(), itemCount: z.number() }),
  expiresAt: z.string(),
  emailBound: z.boolean().meta({ description: "Only one account (by email) may accept; which one is not said." }),
});

export const attemptSummarySchema = z.object({ id: z.string(), setTitle: z.string(), teamName: z.string(), status: z.enum(ATTEMPT_STATUSES), deadlineAt: z.string().nullable() });

export const attemptOverviewSchema = z.object({
  id: z.string(),
  status: z.enum(ATTEMPT_STATUSES),
  serverNow: z.string().meta({ description: "The server's time, for the countdown." }),
  startedAt: z.string().nullable(),
  deadlineAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  team: z.object({ name: z.string() }),
  set: z.object({ title: z.string(), instructions: z.string(), timeLimitMinutes: z.number() }),
  resultsVisible: z.boolean(),
  items: z.array(
    z.object({
      position: z.number(),
      kind: z.enum(TEAM_PROBLEM_KINDS),
      title: z.string().optional().meta({ description: "Only once the clock has started." }),
      points: z.number(),
      savedAt: z.string().nullable(),
      submittedAt: z.string().nullable(),
    }),
  ),
});

const itemBase = { position: z.number(), title: z.string(), points: z.number() };
export const attemptItemSchema = z.union([
  z.looseObject({ ...itemBase, kind: z.literal("coding"), problem: publicProblemSchema }),
  z.looseObject({ ...itemBase, kind: z.enum(TEAM_PROBLEM_KINDS), rubric: publicRubricSchema, scene: z.unknown() }),
]);

const times = { savedAt: z.string(), submittedAt: z.string() };
export const itemSubmitResultSchema = z.union([
  judgeResultSchema.extend(times),
  z.object({ ...times, diagram: z.looseObject({ graph: z.looseObject({}) }).optional().meta({ description: "What the whiteboard was read as." }) }).meta({
    description: "Written items: kept, never scored or hinted to the candidate while the attempt runs; the result, once closed, carries the scorecard when the team shows results.",
  }),
]);

export const candidateResultSchema = z.looseObject({
  id: z.string(),
  status: z.enum(ATTEMPT_STATUSES),
  awardedPoints: z.number(),
  maxPoints: z.number(),
  items: z.array(z.looseObject({ position: z.number(), kind: z.enum(TEAM_PROBLEM_KINDS), title: z.string(), points: z.number(), awardedPoints: z.number() })),
});

const checks: [Same<z.infer<typeof invitationLandingSchema>, InvitationLanding>, Same<z.infer<typeof attemptSummarySchema>, AttemptSummary>, Same<z.infer<typeof attemptOverviewSchema>, AttemptOverview>] = [
  true,
  true,
  true,
];
void checks;
