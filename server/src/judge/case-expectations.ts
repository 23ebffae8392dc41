import { type AssertionFailureDetail, makeDiff } from "./assertions.ts";
import { equals, type EqualityHooks } from "./harness/equality.ts";
import { formatValue } from "./harness/format.ts";
import type { CaseOutcome } from "./harness/protocol.ts";
import type { CaseExpectation } from "./types.ts";
import { displayOrder, unorderedEquals } from "./unordered-equality.ts";

/**
 * Whether one call of the code under test did what its case expects, decided in the worker on
 * the copied-out outcome. The expected side is the judge's own data (cases.json, a reference
 * solution's answer), so nothing in it stands for an asymmetric matcher, and a marker object
 * the submission returns is just an object.
 */
const DATA: EqualityHooks = { asymmetric: () => undefined, opaque: () => false };

/** toBeCloseTo(expected, 5): what cases.json's `compare: "closeTo"` always meant. */
const CLOSE_TO_DIGITS = 5;

export type CaseDecision =
  | { pass: true }
  | { pass: false; detail: AssertionFailureDetail }
  /** The call threw where a value was expected: the test should fail as that call would. */
  | { pass: false; rethrow: true };

export function decideCase(expectation: CaseExpectation, outcome: CaseOutcome): CaseDecision {
  switch (expectation.kind) {
    case "invalid":
      return { pass: false, detail: { message: expectation.message } };
    case "throws":
      return decideThrows(expectation.message, outcome);
    default:
      if ("threw" in outcome) return { pass: false, rethrow: true };
      return decideValue(expectation.kind, expectation.value, outcome.returned);
  }
}

function decideValue(kind: "equal" | "unordered" | "closeTo", expected: unknown, received: unknown): CaseDecision {
  switch (kind) {
    case "equal":
      if (equals(received, expected, false, DATA) === true) return { pass: true };
      return mismatch("expect(received).toEqual(expected) // deep equality", expected, received);
    case "unordered":
      if (unorderedEquals(received, expected, DATA)) return { pass: true };
      return mismatch("expect(received).toEqual(expected) // deep equality, arrays in any order (shown sorted)", displayOrder(expected), displayOrder(received));
    case "closeTo":
      return decideCloseTo(expected, received);
  }
}

function decideCloseTo(expected: unknown, received: unknown): CaseDecision {
  const bound = 10 ** -CLOSE_TO_DIGITS / 2;
  // As toBeCloseTo: equal infinities match, NaN matches nothing.
  if (typeof received === "number" && typeof expected === "number" && (received === expected || Math.abs(received - expected) < bound)) {
    return { pass: true };
  }
  const e = print(expected);
  const r = print(received);
  const lines = [`expect(received).toBeCloseTo(expected, ${CLOSE_TO_DIGITS})`, "", `Expected: ${e}`, `Received: ${r}`];
  if (typeof received === "number" && typeof expected === "number") {
    lines.push("", `Expected difference: < ${bound}`, `Received difference:   ${Math.abs(received - expected)}`);
  }
  return { pass: false, detail: { message: lines.join("\n"), expected: e, received: r } };
}

function decideThrows(substring: string, outcome: CaseOutcome): CaseDecision {
  if ("threw" in outcome && outcome.threw.message.includes(substring)) return { pass: true };
  const expected = `Expected substring: ${JSON.stringify(substring)}`;
  const received =
    "threw" in outcome
      ? `Received message: ${JSON.stringify(outcome.threw.message)}${outcome.threw.name ? `\nReceived error: ${outcome.threw.name}` : ""}`
      : "Received function did not throw";
  return {
    pass: false,
    detail: {
      message: `expect(received).toThrow(expected)\n\n${expected}\n${received}`,
      expected: JSON.stringify(substring),
      received: "threw" in outcome ? outcome.threw.message : "did not throw",
    },
  };
}

/** A toEqual-style failure: both values, or a line diff when either spans lines. */
function mismatch(hint: string, expected: unknown, received: unknown): CaseDecision {
  const e = print(expected);
  const r = print(received);
  const diff = makeDiff(formatValue(expected, { multiline: true, maxLength: 20_000 }), formatValue(received, { multiline: true, maxLength: 20_000 }));
  const message = `${hint}\n\n${diff ?? `Expected: ${e}\nReceived: ${r}`}`;
  return { pass: false, detail: { message, expected: e, received: r, ...(diff ? { diff } : {}) } };
}

const print = (v: unknown) => formatValue(v, { maxLength: 4_000 });
