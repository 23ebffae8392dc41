import type { Judge, TestFile } from "../../judge/types.ts";
import type { Problem } from "../../problems/load.ts";
import { submissionRequest } from "./request.ts";

/** What judging a problem's reference solution tells us: its runtime, and how many tests each file holds. */
export interface ReferenceRun {
  runtimeMs: number;
  testsPerFile: ReadonlyMap<string, number>;
}

/**
 * The reference solution of each problem, judged once, lazily, and kept in memory. A failed or
 * non-Accepted run (a busy judge, say) is not kept, so the next caller tries again.
 */
export interface ReferenceRuns {
  /** Never rejects: undefined when the reference could not be judged. */
  get(problem: Problem): Promise<ReferenceRun | undefined>;
}

/** `keyOf` tells problems apart: the slug within the bank; a content hash where slugs repeat (team problems, versions). */
export function createReferenceRuns(judge: Judge, keyOf: (problem: Problem) => string = (p) => p.slug): ReferenceRuns {
  const runs = new Map<string, Promise<ReferenceRun | undefined>>();
  return {
    get(problem) {
      const key = keyOf(problem);
      const known = runs.get(key);
      if (known) return known;
      const run = judgeReference(judge, problem).catch(() => undefined);
      runs.set(key, run);
      void run.then((r) => {
        if (!r && runs.get(key) === run) runs.delete(key);
      });
      return run;
    },
  };
}

async function judgeReference(judge: Judge, problem: Problem): Promise<ReferenceRun | undefined> {
  const result = await judge.judge(submissionRequest(problem, problem.solution));
  if (result.verdict !== "Accepted") return undefined;
  const testsPerFile = new Map<string, number>();
  for (const test of result.tests) testsPerFile.set(test.file, (testsPerFile.get(test.file) ?? 0) + 1);
  return { runtimeMs: result.runtimeMs, testsPerFile };
}

/**
 * How many tests judging `files` will report, from the reference run; `extra` counts tests the
 * reference never ran (the candidate's own cases). Undefined when a file is not known.
 */
export function plannedTestCount(reference: ReferenceRun | undefined, files: readonly TestFile[], extra: ReadonlyMap<string, number> = new Map()): number | undefined {
  if (!reference) return undefined;
  let total = 0;
  for (const file of files) {
    const count = extra.get(file.path) ?? reference.testsPerFile.get(file.path);
    if (count === undefined) return undefined;
    total += count;
  }
  return total;
}
