import { z } from "zod";
import type { TestFile, Visibility } from "../judge/types.ts";

/**
 * `cases.json`: LeetCode-style data-driven tests. Each case calls the named export of the
 * solution with `args` and expects `expected` (deep equality) or an error (`throws`: a
 * substring of its message). Cases are sample only when `sample: true`.
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

/** Generated tests' helper for `compare: "unordered"`: arrays sorted by their JSON, recursively. */
export const CANONICAL_ORDER_SOURCE =
  "const __canon = (v: unknown): unknown => Array.isArray(v) ? v.map(__canon).sort((a, b) => { const x = JSON.stringify(a), y = JSON.stringify(b); return x < y ? -1 : x > y ? 1 : 0; }) : v;";

function caseName(spec: CasesFile, index: number, c: CasesFile["cases"][number]): string {
  if (c.name) return c.name;
  // Hidden cases are named by number only: their inputs never reach a candidate.
  if (!c.sample) return `case ${index + 1}`;
  const args = c.args.map((a) => JSON.stringify(a)).join(", ");
  const call = `${spec.function}(${args})`;
  return call.length > MAX_NAME ? `${call.slice(0, MAX_NAME - 1)}…` : call;
}

function assertion(spec: CasesFile): string {
  switch (spec.compare) {
    case "unordered":
      return "expect(__canon(received)).toEqual(__canon(c.expected));";
    case "closeTo":
      return "expect(received).toBeCloseTo(c.expected, 5);";
    default:
      return "expect(received).toEqual(c.expected);";
  }
}

/** Turns one cases.json into Jest-style test files, one per visibility that has cases. */
export function casesToTestFiles(spec: CasesFile, path = "cases.json"): TestFile[] {
  const files: TestFile[] = [];
  for (const visibility of ["sample", "hidden"] as const satisfies Visibility[]) {
    const cases = spec.cases
      .map((c, i) => ({ ...c, name: caseName(spec, i, c) }))
      .filter((c) => c.sample === (visibility === "sample"));
    if (cases.length === 0) continue;
    const data = JSON.stringify(JSON.stringify(cases.map((c) => ({ name: c.name, args: c.args, expected: c.expected, throws: c.throws }))));
    files.push({
      path: visibility === "sample" ? path.replace(/\.json$/, ".sample.json") : path,
      visibility,
      code: `import { describe, it, expect } from "@jest/globals";
import * as solution from "./solution";
const __cases = JSON.parse(${data});
${CANONICAL_ORDER_SOURCE}
describe(${JSON.stringify(spec.function)}, () => {
  for (const c of __cases) {
    it(c.name, () => {
      const fn = (solution as Record<string, unknown>)[${JSON.stringify(spec.function)}];
      if (typeof fn !== "function") throw new TypeError("The solution does not export a function named ${spec.function}");
      if (c.throws !== undefined) {
        expect(() => fn(...c.args)).toThrow(c.throws);
        return;
      }
      const received = fn(...c.args);
      ${assertion(spec)}
    });
  }
});
`,
    });
  }
  return files;
}
