import { describe, expect, it } from "@jest/globals";
import { minPlanEdits } from "./solution";

/** A deterministic pseudo-random generator (Park–Miller). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state;
  };
}

/** n steps drawn from a vocabulary of `vocabulary` names. */
function plan(seed: number, n: number, vocabulary: number): string[] {
  const next = generator(seed);
  return Array.from({ length: n }, () => `step-${next() % vocabulary}`);
}

/** Applies `edits` random inserts, removals and replacements to a copy of `steps`. */
function revise(steps: string[], seed: number, edits: number): string[] {
  const next = generator(seed);
  const out = steps.slice();
  for (let e = 0; e < edits; e++) {
    const kind = next() % 3;
    const position = next() % (out.length + 1);
    if (kind === 0) out.splice(position, 0, `new-${next() % 1000}`);
    else if (kind === 1 && out.length > 0) out.splice(Math.min(position, out.length - 1), 1);
    else if (out.length > 0) out[Math.min(position, out.length - 1)] = `changed-${next() % 1000}`;
  }
  return out;
}

describe("minPlanEdits on plans of 1,500 steps", () => {
  it("two unrelated plans over a small vocabulary", () => {
    expect(minPlanEdits(plan(11, 1_500, 12), plan(23, 1_500, 12))).toBe(1_162);
  });

  it("a plan and a revision of it, without modifying either", () => {
    const current = plan(7, 1_500, 50);
    const target = revise(current, 99, 120);
    const [currentCopy, targetCopy] = [current.join("\n"), target.join("\n")];
    expect(target).toHaveLength(1_499);
    expect(minPlanEdits(current, target)).toBe(116);
    expect(current.join("\n")).toBe(currentCopy);
    expect(target.join("\n")).toBe(targetCopy);
  });

  it("identical plans, and plans with nothing in common", () => {
    const current = plan(3, 1_500, 40);
    expect(minPlanEdits(current, current.slice())).toBe(0);
    const other = Array.from({ length: 1_000 }, (_, k) => `other-${k}`);
    expect(minPlanEdits(current, other)).toBe(1_500);
    expect(minPlanEdits(other, current)).toBe(1_500);
  });
});
