import { isRecord } from "./storage.ts";

/** A custom case as the candidate types it: JSON text for the arguments, and optionally for the expected value. */
export interface CaseDraft {
  args: string;
  expected: string;
}

export interface CustomCase {
  args: unknown[];
  expected?: unknown;
}

export type ParsedCases = { ok: true; cases: CustomCase[] } | { ok: false; index: number; field: keyof CaseDraft; message: string };

/**
 * Turns the drafts into the cases Run sends. Arguments are a JSON array (`[[1, 2], 3]` calls
 * f([1, 2], 3)); an empty expected value lets the reference solution decide it.
 */
export function parseCases(drafts: readonly CaseDraft[]): ParsedCases {
  const cases: CustomCase[] = [];
  for (const [index, draft] of drafts.entries()) {
    const args = parseJson(draft.args);
    if (!args.ok || !Array.isArray(args.value)) {
      return { ok: false, index, field: "args", message: `Case ${index + 1}: the arguments must be a JSON array, like [[1, 2], 3].` };
    }
    if (draft.expected.trim() === "") {
      cases.push({ args: args.value });
      continue;
    }
    const expected = parseJson(draft.expected);
    if (!expected.ok) return { ok: false, index, field: "expected", message: `Case ${index + 1}: the expected value is not valid JSON.` };
    cases.push({ args: args.value, expected: expected.value });
  }
  return { ok: true, cases };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function parseCaseDrafts(value: unknown): CaseDraft[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((v) => (isRecord(v) && typeof v.args === "string" && typeof v.expected === "string" ? [{ args: v.args, expected: v.expected }] : []));
}
