import { z } from "zod";
import { MATCH_CASE, RECORD_CASE } from "../judge/harness/protocol.ts";
import type { CaseExpectation, CaseOutcome, JudgeResult, TestFile } from "../judge/types.ts";
import { type CasesFile, caseTestCode } from "./cases.ts";

export const CUSTOM_CASES = { max: 20, jsonBytes: 32 * 1024, nameLength: 80 } as const;

/** The path of the generated test of the candidate's cases. */
export const CUSTOM_CASES_PATH = "your-cases.test.ts";
/** The file that records the reference solution's answers, judged in a run of its own. */
export const REFERENCE_ANSWERS_PATH = "reference-answers.test.ts";

/** The candidate's own cases for Run. Without `expected`, the reference solution's answer is expected. */
export const customCasesSchema = z
  .array(
    z
      .object({
        name: z.string().trim().min(1).max(CUSTOM_CASES.nameLength).optional(),
        args: z.array(z.unknown()),
        expected: z.unknown().optional(),
      })
      .strict(),
  )
  .max(CUSTOM_CASES.max, `at most ${CUSTOM_CASES.max} cases`)
  .refine((cases) => Buffer.byteLength(JSON.stringify(cases)) <= CUSTOM_CASES.jsonBytes, {
    message: `the cases take more than ${CUSTOM_CASES.jsonBytes / 1024} KB of JSON`,
  });
export type CustomCase = z.infer<typeof customCasesSchema>[number];

export interface CustomCasesTarget {
  /** The export both the candidate's and the reference solution provide (cases.json `function`). */
  function: string;
  compare?: CasesFile["compare"];
}

/** What the reference solution did on a case, or why it gave no answer (it ran out of time...). */
export type ReferenceAnswer = CaseOutcome | { missing: string };

/** A recording file, and the position in the candidate's list of each case it records. */
export interface ReferenceRecording {
  file: TestFile;
  positions: number[];
}

/** As the cases travel in JSON: an `expected` of undefined is no expected value. */
const hasExpected = (c: CustomCase) => c.expected !== undefined;

const named = (cases: CustomCase[]) => cases.map((c, i) => ({ ...c, name: c.name ?? `your case ${i + 1}` }));

/**
 * The cases without `expected`, as a test file that records what the reference solution does
 * on each (judged with the reference as the solution); undefined when every case has one.
 */
export function referenceRecording(cases: CustomCase[], target: CustomCasesTarget): ReferenceRecording | undefined {
  const wanted = named(cases)
    .map((c, position) => ({ ...c, position }))
    .filter((c) => !hasExpected(c));
  if (wanted.length === 0) return undefined;
  return {
    file: { path: REFERENCE_ANSWERS_PATH, visibility: "hidden", code: caseTestCode(target.function, wanted, RECORD_CASE, "reference"), recordsOutcomes: true },
    positions: wanted.map((c) => c.position),
  };
}

/** The reference's answers by case position, read from the result of judging the recording. */
export function referenceAnswers(recording: ReferenceRecording, result: JudgeResult): ReferenceAnswer[] {
  const outcomes = result.recorded?.[recording.file.path] ?? [];
  // A file that failed to load reports a "(loading)" entry before its tests.
  const tests = result.tests.filter((t) => t.file === recording.file.path && !t.name.endsWith(" (loading)"));
  const answers: ReferenceAnswer[] = [];
  recording.positions.forEach((position, k) => {
    const outcome = outcomes[k];
    // The first line only: a stack below it would name lines of the reference.
    answers[position] = outcome ?? { missing: tests[k]?.message?.split("\n", 1)[0] || `its run ended: ${result.message}` };
  });
  return answers;
}

const OUT_OF_CONSTRAINTS = "so they are probably outside the problem's constraints";

function expectationOf(c: CustomCase, answer: ReferenceAnswer | undefined, compare: CasesFile["compare"]): CaseExpectation {
  if (hasExpected(c)) return { kind: compare, value: c.expected };
  if (!answer) return { kind: "invalid", message: "The reference solution was not run on these arguments." };
  if ("returned" in answer) return { kind: compare, value: answer.returned };
  if ("threw" in answer) return { kind: "invalid", message: `The reference solution fails on these arguments, ${OUT_OF_CONSTRAINTS}: ${answer.threw.message}` };
  return { kind: "invalid", message: `The reference solution gives no answer on these arguments, ${OUT_OF_CONSTRAINTS}: ${answer.missing}` };
}

/**
 * One sample test file running the candidate's cases. A case without `expected` expects the
 * reference solution's answer from `answers` (by position), computed in a run of its own: the
 * reference never shares a sandbox with the candidate's code.
 */
export function customCasesToTestFile(cases: CustomCase[], target: CustomCasesTarget, answers: readonly (ReferenceAnswer | undefined)[] = []): TestFile {
  const compare = target.compare ?? "equal";
  return {
    path: CUSTOM_CASES_PATH,
    visibility: "sample",
    code: caseTestCode(target.function, named(cases), MATCH_CASE, "your cases"),
    expectations: cases.map((c, i) => expectationOf(c, answers[i], compare)),
  };
}
