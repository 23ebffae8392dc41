import { z } from "zod";
import type { Same } from "../lib/same-type.ts";
import { VERDICTS } from "../judge/verdicts.ts";
import { ROADMAP_AREAS, type RoadmapArea } from "../problems/areas.ts";
import { DIFFICULTIES } from "../problems/schema.ts";
import type { DraftView } from "../services/drafts/get.ts";
import type { ProblemSummary } from "../services/problems/list.ts";
import type { SubmissionDetail, SubmissionSummary } from "../services/submissions/view.ts";

// Response schemas of the problem bank's routes. Where a service already has a TS type, a
// compile-time check below ties the schema to it, so one cannot change without the other.

export const problemSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  difficulty: z.enum(DIFFICULTIES),
  tags: z.array(z.string()),
  area: z.enum(Object.keys(ROADMAP_AREAS) as [RoadmapArea, ...RoadmapArea[]]),
});

/** A problem as a candidate sees it: the statement, starter code, samples (never the hidden tests). */
export const publicProblemSchema = z.looseObject({
  slug: z.string(),
  title: z.string(),
  statement: z.string().meta({ description: "Markdown." }),
  starter: z.string(),
  hints: z.array(z.string()),
  limits: z.object({ testTimeMs: z.number(), memoryMb: z.number(), codeBytes: z.number() }),
  samples: z.array(z.object({ path: z.string(), code: z.string() })),
});

const testResultSchema = z.looseObject({ name: z.string(), status: z.string() });

/** What Run answers (and Submit, plus `submissionId`). Hidden tests are redacted to their outcome. */
export const judgeResultSchema = z.looseObject({
  verdict: z.enum(VERDICTS),
  message: z.string(),
  tests: z.array(testResultSchema),
  summary: z.object({ total: z.number(), passed: z.number(), failed: z.number(), skipped: z.number() }),
  runtimeMs: z.number(),
});

export const submitResultSchema = judgeResultSchema.extend({ submissionId: z.string().optional().meta({ description: "Kept when signed in." }) });

export const draftViewSchema = z.object({ code: z.string(), updatedAt: z.string().meta({ description: "ISO 8601." }) });

export const submissionSummarySchema = z.object({
  id: z.string(),
  verdict: z.enum(VERDICTS),
  passed: z.number(),
  total: z.number(),
  runtimeMs: z.number(),
  timeTakenMs: z.number().nullable().meta({ description: "From the mock-round timer; null when it was not running." }),
  createdAt: z.string(),
});
export const submissionDetailSchema = submissionSummarySchema.extend({ problemSlug: z.string(), code: z.string() });

/** Run and Submit's stream (routes/judge-stream.ts), for the `events` of their 200 response. */
export const JUDGING_EVENTS =
  "With `Accept: text/event-stream`, Server-Sent Events instead: `start` ({ total }) when the test count is known, `test` (one test result) per finished test, then `done` (the JSON answer above) or `error` (the error body) if judging fails midway. A refusal before judging starts (404, 429...) is still answered as JSON.";

const sameSummary: Same<z.infer<typeof problemSummarySchema>, ProblemSummary> = true;
const sameDraft: Same<z.infer<typeof draftViewSchema>, DraftView> = true;
const sameSubmission: Same<z.infer<typeof submissionSummarySchema>, SubmissionSummary> = true;
const sameSubmissionDetail: Same<z.infer<typeof submissionDetailSchema>, SubmissionDetail> = true;
void [sameSummary, sameDraft, sameSubmission, sameSubmissionDetail];
