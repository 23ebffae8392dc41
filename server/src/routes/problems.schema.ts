import { z } from "zod";
import { SUBMISSION_STATUSES } from "../db/schema/submission.ts";
import type { Same } from "../lib/same-type.ts";
import type { JudgeResult, TestResult } from "../judge/types.ts";
import { TEST_STATUSES, VERDICTS } from "../judge/verdicts.ts";
import { ROADMAP_AREAS, type RoadmapArea } from "../problems/areas.ts";
import { DIFFICULTIES } from "../problems/schema.ts";
import type { DraftView } from "../services/drafts/get.ts";
import type { PublicProblem } from "../services/problems/get.ts";
import type { SubmitResult } from "../services/problems/submit.ts";
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
export const publicProblemSchema = problemSummarySchema.extend({
  statement: z.string().meta({ description: "Markdown." }),
  starter: z.string(),
  hints: z.array(z.string()),
  limits: z.object({ testTimeMs: z.number(), memoryMb: z.number(), codeBytes: z.number() }),
  samples: z.array(z.object({ path: z.string(), code: z.string() })),
  sampleCases: z
    .array(z.object({ name: z.string().optional(), args: z.array(z.unknown()), expected: z.unknown().optional(), throws: z.string().optional() }))
    .optional()
    .meta({ description: "For cases.json problems: the sample cases." }),
  customCases: z.object({ function: z.string(), max: z.number() }).optional().meta({ description: "What Run's own cases call, and how many it takes." }),
});

const location = z.object({ file: z.string(), line: z.number(), column: z.number() });

export const testResultSchema = z.object({
  index: z.number(),
  name: z.string().meta({ description: '"describe > it" path.' }),
  file: z.string(),
  visibility: z.enum(["sample", "hidden"]),
  status: z.enum(TEST_STATUSES),
  durationMs: z.number(),
  message: z.string().optional(),
  expected: z.string().optional(),
  received: z.string().optional(),
  diff: z.string().optional(),
  location: location.optional(),
  console: z.array(z.object({ level: z.enum(["log", "info", "warn", "error", "debug"]), text: z.string() })),
});

/** What Run answers (and Submit, plus `submissionId`). Hidden tests are redacted to their outcome. */
export const judgeResultSchema = z.object({
  verdict: z.enum(VERDICTS),
  message: z.string(),
  compileError: z.object({ message: z.string(), location }).optional(),
  tests: z.array(testResultSchema),
  summary: z.object({ total: z.number(), passed: z.number(), failed: z.number(), skipped: z.number() }),
  runtimeMs: z.number().meta({ description: "The tests' run time, not queueing." }),
  recorded: z.record(z.string(), z.array(z.unknown())).optional().meta({ description: "What each case of a test file returned, by file and case index." }),
});

export const submitResultSchema = judgeResultSchema.extend({
  submissionId: z.string().meta({ description: "Every submission is kept: in your history when signed in, without an owner otherwise." }),
  referenceRuntimeMs: z.number().optional().meta({ description: "On Accepted: the reference solution's runtime on the same tests." }),
});

export const draftViewSchema = z.object({ code: z.string(), updatedAt: z.string().meta({ description: "ISO 8601." }) });

export const submissionSummarySchema = z.object({
  id: z.string(),
  status: z.enum(SUBMISSION_STATUSES).meta({ description: "`pending` from when it is accepted until its verdict is stored (a restart judges what it left pending)." }),
  verdict: z.enum(VERDICTS).nullable().meta({ description: "Null while pending." }),
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
const sameProblem: Same<z.infer<typeof publicProblemSchema>, PublicProblem> = true;
const sameTest: Same<z.infer<typeof testResultSchema>, TestResult> = true;
// The judge's own outcome type per case is richer than JSON Schema says: every result must fit.
const judgeResultFits: JudgeResult extends z.infer<typeof judgeResultSchema> ? true : false = true;
const submitResultFits: SubmitResult extends z.infer<typeof submitResultSchema> ? true : false = true;
void [submitResultFits, sameSummary, sameDraft, sameSubmission, sameSubmissionDetail, sameProblem, sameTest, judgeResultFits];
