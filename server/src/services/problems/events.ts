import type { TestFile, TestResult } from "../../judge/types.ts";
import type { Problem } from "../../problems/load.ts";
import { plannedTestCount, type ReferenceRuns } from "./reference.ts";

/** What Run and Submit report while they judge, for the API to stream. */
export interface JudgeEvents {
  /** How many tests to expect, when it is known in advance (from the reference run). */
  onPlan?: (plan: { total: number }) => void;
  /** Each test as it finishes, already redacted. */
  onTest?: (test: TestResult) => void;
  /** The judge took the candidate's job: from here on a refusal (429) can no longer happen, so a stream may open. */
  onAccepted?: () => void;
}

/** Reports the planned test count once the reference run is known; never delays the judging. */
export function announcePlan(
  events: JudgeEvents,
  references: ReferenceRuns | undefined,
  problem: Problem,
  files: readonly TestFile[],
  extra?: ReadonlyMap<string, number>,
): void {
  const { onPlan } = events;
  if (!onPlan || !references) return;
  void references.get(problem).then((reference) => {
    const total = plannedTestCount(reference, files, extra);
    if (total !== undefined) onPlan({ total });
  });
}
