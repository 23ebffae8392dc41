import { z } from "zod";
import type { TestFile } from "../judge/types.ts";
import { CANONICAL_ORDER_SOURCE, type CasesFile } from "./cases.ts";

export const CUSTOM_CASES = { max: 20, jsonBytes: 32 * 1024, nameLength: 80 } as const;

/** The path of the generated test, and of the module it imports the reference solution from. */
export const CUSTOM_CASES_PATH = "your-cases.test.ts";
export const REFERENCE_MODULE_PATH = "reference.ts";

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

function assertion(compare: CasesFile["compare"]): string {
  switch (compare) {
    case "unordered":
      return "expect(__canon(received)).toEqual(__canon(expected));";
    case "closeTo":
      return "expect(received).toBeCloseTo(expected as number, 5);";
    default:
      return "expect(received).toEqual(expected);";
  }
}

/**
 * One sample test file running the candidate's cases. It imports the reference solution from
 * `./reference`, so the judge request must carry it as a module at REFERENCE_MODULE_PATH.
 */
export function customCasesToTestFile(cases: CustomCase[], target: CustomCasesTarget): TestFile {
  const named = cases.map((c, i) => ({ ...c, name: c.name ?? `your case ${i + 1}` }));
  // JSON inside a string literal: the test parses it, so no candidate value is ever code.
  const data = JSON.stringify(JSON.stringify(named));
  const fn = JSON.stringify(target.function);
  return {
    path: CUSTOM_CASES_PATH,
    visibility: "sample",
    code: `import { describe, it, expect } from "@jest/globals";
import * as solution from "./solution";
import * as reference from "./reference";
const __cases: { name: string; args: unknown[]; expected?: unknown }[] = JSON.parse(${data});
${CANONICAL_ORDER_SOURCE}
// Each call gets its own copy, so a solution that mutates its arguments cannot change the other's.
const __args = (c: { args: unknown[] }): unknown[] => JSON.parse(JSON.stringify(c.args));
describe("your cases", () => {
  for (const c of __cases) {
    it(c.name, () => {
      const fn = (solution as Record<string, unknown>)[${fn}];
      if (typeof fn !== "function") throw new TypeError(${JSON.stringify(`The solution does not export a function named ${target.function}`)});
      let expected: unknown = c.expected;
      if (!("expected" in c)) {
        const ref = (reference as Record<string, unknown>)[${fn}] as (...args: unknown[]) => unknown;
        try {
          expected = ref(...__args(c));
        } catch (error) {
          throw new Error("The reference solution fails on these arguments, so they are probably outside the problem's constraints: " + (error instanceof Error ? error.message : String(error)));
        }
      }
      const received = fn(...__args(c));
      ${assertion(target.compare ?? "equal")}
    });
  }
});
`,
  };
}
