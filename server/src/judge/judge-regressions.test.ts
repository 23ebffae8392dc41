import { afterAll, describe, expect, it } from "vitest";
import { consoleLines, judgeRequest, testNamed } from "./fixtures.ts";
import { createJudge } from "./index.ts";

/** Behaviour that problem authors ran into, pinned so it stays fixed. */
const judge = createJudge({ workers: 1, maxQueue: 8 });
afterAll(() => judge.close());

const SOLUTION = "export const id = <T>(x: T): T => x;\n";

describe("judge regressions", () => {
  it("a failed .rejects that settles while timers advance fails its test and the run goes on", async () => {
    const result = await judge.judge(
      judgeRequest(
        SOLUTION,
        `it("mismatch", async () => {
  const p = new Promise((_, reject) => setTimeout(() => reject(new Error("a")), 10));
  const assertion = expect(p).rejects.toThrow("b");
  await jest.advanceTimersByTimeAsync(100);
  await assertion;
});
it("a rejection handled only after the timers ran", async () => {
  const p = new Promise((_, reject) => setTimeout(() => reject(new Error("late")), 10));
  await jest.advanceTimersByTimeAsync(100);
  await expect(p).rejects.toThrow("late");
});
it("next", () => { expect(1).toBe(1); });`,
      ),
    );
    expect(testNamed(result, "mismatch").status).toBe("failed");
    expect(testNamed(result, "mismatch").message).toContain('Expected substring: "b"');
    expect(testNamed(result, "a rejection handled only after the timers ran").status).toBe("passed");
    expect(testNamed(result, "next").status).toBe("passed");
    expect(result.verdict).toBe("Wrong Answer");
  });

  it("toHaveLength counts an array that holds values the worker cannot read in full", async () => {
    const result = await judge.judge(
      judgeRequest(
        SOLUTION,
        `import { id } from "./solution";
class Foo { x = 1; }
it("errors", () => { expect(id([new Error("a")])).toHaveLength(1); });
it("class instances", () => { expect(id([new Foo(), new Foo()])).toHaveLength(2); });
it("wrong length", () => { expect(id([new Error("a")])).toHaveLength(2); });`,
      ),
    );
    expect(testNamed(result, "errors").status).toBe("passed");
    expect(testNamed(result, "class instances").status).toBe("passed");
    expect(testNamed(result, "wrong length").status).toBe("failed");
  });

  it("structuredClone makes a deep copy, keeps cycles and types, and refuses functions", async () => {
    const result = await judge.judge(
      judgeRequest(
        SOLUTION,
        `it("copies", () => {
  const o: { a: number[]; when: Date; m: Map<string, Set<number>>; self?: unknown } = { a: [1], when: new Date(5), m: new Map([["k", new Set([1])]]) };
  o.self = o;
  const c = structuredClone(o);
  c.a.push(2);
  expect(o.a).toEqual([1]);
  expect(c.when).toBeInstanceOf(Date);
  expect(c.when.getTime()).toBe(5);
  expect(c.m.get("k")?.has(1)).toBe(true);
  expect(c.self).toBe(c);
  expect(() => structuredClone({ f: () => 1 })).toThrow("could not be cloned");
});`,
      ),
    );
    expect(testNamed(result, "copies").status).toBe("passed");
  });

  it("the submission cannot import the reference solution that custom cases run beside it", async () => {
    const thief = `export function double(n: number): number {
  const ref = require("./reference") as { double: (n: number) => number };
  console.log(String(ref.double));
  return ref.double(n);
}`;
    const result = await judge.judge({
      ...judgeRequest(thief, `import { double } from "./solution";\nimport * as reference from "./reference";\nit("matches the reference", () => { expect(double(2)).toBe(reference.double(2)); });`),
      modules: [{ path: "reference.ts", code: "export function double(n: number): number { return n * 2; /* SECRET-REFERENCE */ }", testsOnly: true }],
    });
    const t = testNamed(result, "matches the reference");
    expect(t.status).toBe("error");
    expect(t.message).toContain("Cannot find module './reference'");
    expect(JSON.stringify(result)).not.toContain("SECRET-REFERENCE");
  });

  it("the clock a submission sets is not the next submission's", async () => {
    const setter = await judge.judge(judgeRequest(SOLUTION, `it("sets", () => { jest.setSystemTime(1_900_000_000_123.5); expect(Date.now()).toBe(1_900_000_000_123.5); });`));
    const reader = await judge.judge(judgeRequest(SOLUTION, `it("reads", () => { console.log(new Date().toISOString()); });`));
    expect(setter.verdict).toBe("Accepted");
    expect(consoleLines(reader)).toEqual(["2025-01-01T00:00:00.000Z"]);
  });
});
