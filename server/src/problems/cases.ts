import { z } from "zod";
import { MATCH_CASE, type RECORD_CASE } from "../judge/harness/protocol.ts";
import type { CaseExpectation, TestFile, Visibility } from "../judge/types.ts";

/**
 * `cases.json`: LeetCode-style data-driven tests. Each case calls the named export of the
 * solution with `args` and expects `expected` (compared as `compare` says) or an error
 * (`throws`: a substring of its message). Cases are sample only when `sample: true`.
 */
export const casesFileSchema = z
  .object({
    function: z.string().regex(/^[A-Za-z_$][\w$]*$/, "must be the name of an exported function"),
    compare: z.enum(["equal", "unordered", "closeTo"]).default("equal"),
    cases: z
      .array(
        z
          .object({
            name: z.string().min(1).optional(),
            args: z.array(z.unknown()),
            expected: z.unknown().optional(),
            throws: z.string().optional(),
            sample: z.boolean().default(false),
          })
          .strict()
          .refine((c) => "expected" in c !== (c.throws !== undefined), "a case has either `expected` or `throws`"),
      )
      .min(1),
  })
  .strict();
export type CasesFile = z.infer<typeof casesFileSchema>;

const MAX_NAME = 80;

function caseName(spec: CasesFile, index: number, c: CasesFile["cases"][number]): string {
  if (c.name) return c.name;
  // Hidden cases are named by number only: their inputs never reach a candidate.
  if (!c.sample) return `case ${index + 1}`;
  const args = c.args.map((a) => JSON.stringify(a)).join(", ");
  const call = `${spec.function}(${args})`;
  return call.length > MAX_NAME ? `${call.slice(0, MAX_NAME - 1)}…` : call;
}

function expectationOf(spec: CasesFile, c: CasesFile["cases"][number]): CaseExpectation {
  return c.throws !== undefined ? { kind: "throws", message: c.throws } : { kind: spec.compare, value: c.expected };
}

/**
 * Jest-style test code that calls `fn` once per case, test i with case i's arguments, and hands
 * the call to `matcher`. Names and arguments only: what a case expects stays with the judge
 * (TestFile.expectations), never in code the submission could read.
 */
export function caseTestCode(fn: string, cases: { name: string; args: unknown[] }[], matcher: typeof MATCH_CASE | typeof RECORD_CASE, title = fn): string {
  // JSON inside a string literal: the test parses it, so no name or value is ever code.
  const data = JSON.stringify(JSON.stringify(cases.map((c) => ({ name: c.name, args: c.args }))));
  return `import { describe, it, expect } from "@jest/globals";
import * as solution from "./solution";
const __cases: { name: string; args: unknown[] }[] = JSON.parse(${data});
describe(${JSON.stringify(title)}, () => {
  __cases.forEach((c, i) => {
    it(c.name, () => {
      const fn = (solution as Record<string, unknown>)[${JSON.stringify(fn)}];
      if (typeof fn !== "function") throw new TypeError(${JSON.stringify(`The solution does not export a function named ${fn}`)});
      expect(() => fn(...c.args)).${matcher}(i);
    });
  });
});
`;
}

/** Turns one cases.json into Jest-style test files, one per visibility that has cases. */
export function casesToTestFiles(spec: CasesFile, path = "cases.json"): TestFile[] {
  const files: TestFile[] = [];
  for (const visibility of ["sample", "hidden"] as const satisfies Visibility[]) {
    const cases = spec.cases
      .map((c, i) => ({ ...c, name: caseName(spec, i, c) }))
      .filter((c) => c.sample === (visibility === "sample"));
    if (cases.length === 0) continue;
    files.push({
      path: visibility === "sample" ? path.replace(/\.json$/, ".sample.json") : path,
      visibility,
      code: caseTestCode(spec.function, cases, MATCH_CASE),
      expectations: cases.map((c) => expectationOf(spec, c)),
    });
  }
  return files;
}
