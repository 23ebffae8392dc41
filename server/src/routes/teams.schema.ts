import { z } from "zod";
import type { Same } from "../lib/same-type.ts";
import { TEAM_PROBLEM_KINDS } from "../db/schema/team-problem.ts";
import type { InvitationView } from "../services/invitations/view.ts";
import { INVITATION_STATUSES } from "../services/invitations/view.ts";
import type { SetSummary } from "../services/sets/list.ts";
import type { TeamProblemSummary } from "../services/team-problems/view.ts";
import type { ImportResult } from "../services/team-problems/import.ts";
import type { LeadInvitation } from "../services/teams/invite.ts";
import type { TeamDetail } from "../services/teams/get.ts";
import type { TeamSummary } from "../services/teams/list.ts";
import { TEAM_ROLES } from "../teams/roles.ts";

// Response schemas of the team routes: teams, their problems, sets, invitation links and results.
// Tied to the services' types below where those are plain data; validation reports, set items
// and results carry the judge's and scorer's structures, described by their main fields.

export const teamSummarySchema = z.object({ id: z.string(), name: z.string(), slug: z.string(), role: z.enum(TEAM_ROLES) });
export const teamDetailSchema = teamSummarySchema.extend({
  members: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(TEAM_ROLES) })),
  invitations: z.array(z.object({ id: z.string(), email: z.string(), role: z.string(), status: z.string(), expiresAt: z.string() })),
});
export const leadInvitationSchema = z.object({ id: z.string(), email: z.string(), role: z.literal("lead"), expiresAt: z.string(), path: z.string().meta({ description: "The link to pass on." }) });

export const teamProblemSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  kind: z.enum(TEAM_PROBLEM_KINDS),
  title: z.string(),
  latestVersion: z.number(),
  publishedVersion: z.number().nullable(),
  status: z.enum(["draft", "published"]),
  updatedAt: z.string(),
});
const savedVersionSchema = z.looseObject({ version: z.number(), status: z.string(), validation: z.looseObject({}).meta({ description: "What the checks found, file by file." }) });
export const versionViewSchema = savedVersionSchema.extend({ files: z.record(z.string(), z.string()), createdAt: z.string() });
export const savedProblemSchema = z.object({ problem: teamProblemSummarySchema, version: savedVersionSchema });
export const teamProblemDetailSchema = z.object({
  problem: teamProblemSummarySchema,
  version: versionViewSchema,
  versions: z.array(z.object({ version: z.number(), status: z.string(), createdAt: z.string() })),
});
export const importResultSchema = z.object({
  imported: z.array(z.object({ id: z.string(), slug: z.string(), kind: z.enum(TEAM_PROBLEM_KINDS), version: z.number() })),
  set: z.object({ id: z.string() }).optional().meta({ description: "When the upload held a set file." }),
});

export const setSummarySchema = z.object({ id: z.string(), title: z.string(), timeLimitMinutes: z.number(), itemCount: z.number(), attemptCount: z.number(), updatedAt: z.string() });
export const setViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  instructions: z.string(),
  timeLimitMinutes: z.number(),
  resultsVisibleToCandidate: z.boolean(),
  items: z.array(z.looseObject({ position: z.number(), source: z.enum(["bank", "team"]), ref: z.string(), points: z.number() })),
  updatedAt: z.string(),
});
export const invitationViewSchema = z.object({
  id: z.string(),
  label: z.string(),
  email: z.string().nullable(),
  expiresAt: z.string(),
  maxUses: z.number(),
  uses: z.number(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  status: z.enum(INVITATION_STATUSES),
});
export const createdInvitationSchema = z.object({
  invitation: invitationViewSchema,
  token: z.string().meta({ description: "Shown once: only its hash is kept." }),
  path: z.string().meta({ description: "The candidate's link." }),
});

const attemptResultSummarySchema = z.looseObject({
  id: z.string(),
  candidate: z.object({ name: z.string(), email: z.string() }),
  status: z.string(),
  awardedPoints: z.number().nullable(),
  maxPoints: z.number(),
  items: z.array(z.looseObject({ position: z.number(), kind: z.enum(TEAM_PROBLEM_KINDS), title: z.string(), points: z.number() })),
});
export const setResultsSchema = z.object({ set: setViewSchema, attempts: z.array(attemptResultSummarySchema) });
export const attemptResultDetailSchema = attemptResultSummarySchema.extend({ set: z.object({ id: z.string(), title: z.string() }), deadlineAt: z.string().nullable() });
export const setResultDetailsSchema = z.object({ set: setViewSchema, attempts: z.array(attemptResultDetailSchema) });

const checks: [
  Same<z.infer<typeof teamSummarySchema>, TeamSummary>,
  Same<z.infer<typeof teamDetailSchema>, TeamDetail>,
  Same<z.infer<typeof leadInvitationSchema>, LeadInvitation>,
  Same<z.infer<typeof teamProblemSummarySchema>, TeamProblemSummary>,
  Same<z.infer<typeof importResultSchema>, ImportResult>,
  Same<z.infer<typeof setSummarySchema>, SetSummary>,
  Same<z.infer<typeof invitationViewSchema>, InvitationView>,
] = [true, true, true, true, true, true, true];
void checks;
