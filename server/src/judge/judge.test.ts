import { afterAll, describe, expect, it } from "vitest";
import { ValidationError } from "../lib/errors.ts";
import { consoleLines, JEST_IMPORTS, judgeRequest, testFile, testNamed } from "./fixtures.ts";
import { createJudge } from "./index.ts";

/** The judge through its public API: test structure, hooks, modules, errors and verdicts. */
const judge = createJudge({ workers: 2, maxQueue: 16 });
afterAll(() => judge.close());

const ADD = "export function add(a: number, b: number): number {\n  return a + b;\n}\n";
const names = (r: { tests: { name: string }[] }) => r.tests.map((t) => t.name);
const statuses = (r: { tests: { name: string; status: string }[] }) => Object.fromEntries(r.tests.map((t) => [t.name, t.status]));

describe("test structure", () => {
  it("names tests by their describe path, with it and test alike", async () => {
    const result = await judge.judge(
      judgeRequest(ADD, `import { add } from "./solution";
describe("outer", () => {
  describe("inner", () => {
    it("adds", () => { expect(add(1, 2)).toBe(3); });
  });
  test("at outer level", () => { expect(add(0, 0)).toBe(0); });
});
test("top level", () => { expect(add(-1, 1)).toBe(0); });
`),
    );
    expect(names(result)).toEqual(["outer > inner > adds", "outer > at outer level", "top level"]);
    expect(result.verdict).toBe("Accepted");
    expect(result.message).toBe("Accepted: 3 of 3 tests passed");
  });

  it("expands .each tables with printf placeholders and $name for object rows", async () => {
    const result = await judge.judge(
      judgeRequest(ADD, `import { add } from "./solution";
it.each([[1, 2, 3], [2.7, 2, 4]])("add(%s, %d) = %i #%#", (a, b, sum) => { expect(Math.trunc(add(a, b))).toBe(sum); });
test.each([[[1, 2], "x"]])("pretty %p and %s", (list, s) => { expect(list).toHaveLength(2); expect(s).toBe("x"); });
it.each([{ name: "zero", a: 0, want: 0 }, { name: "negative", a: -2, want: -4 }])("doubles $name ($a)", ({ a, want }) => { expect(add(a, a)).toBe(want); });
describe.each([[10], [20]])("base %i", (base) => { it("adds one", () => { expect(add(base, 1)).toBe(base + 1); }); });
`),
    );
    expect(names(result)).toEqual([
      "add(1, 2) = 3 #0",
      "add(2.7, 2) = 4 #1",
      'pretty [1, 2] and x',
      "doubles zero (0)",
      "doubles negative (-2)",
      "base 10 > adds one",
      "base 20 > adds one",
    ]);
    expect(result.verdict).toBe("Accepted");
  });

  it("skips .skip, xit, xtest, xdescribe, todo and tests without a body", async () => {
    const result = await judge.judge(
      judgeRequest(ADD, `it("runs", () => {});
it.skip("skip", () => { throw new Error("ran"); });
xit("xit", () => { throw new Error("ran"); });
xtest("xtest", () => { throw new Error("ran"); });
xdescribe("xdescribe", () => { it("inside", () => { throw new Error("ran"); }); });
describe.skip("describe.skip", () => { it("inside", () => { throw new Error("ran"); }); });
it.todo("todo");
it("no body");
`),
    );
    expect(statuses(result)).toEqual({
      runs: "passed",
      skip: "skipped",
      xit: "skipped",
      xtest: "skipped",
      "xdescribe > inside": "skipped",
      "describe.skip > inside": "skipped",
      todo: "skipped",
      "no body": "skipped",
    });
    expect(result.summary).toEqual({ total: 8, passed: 1, failed: 0, skipped: 7 });
    expect(result.verdict).toBe("Accepted");
  });

  it("runs only the .only and fit tests of a file that has them, and every test of other files", async () => {
    const focused = `${JEST_IMPORTS}it("plain", () => { throw new Error("ran"); });
it.only("only", () => {});
fit("fit", () => {});
describe.only("focused block", () => { it("inside", () => {}); });
`;
    const other = `${JEST_IMPORTS}it("other file", () => {});\n`;
    const result = await judge.judge(judgeRequest(ADD, [testFile(focused, "a.test.ts"), testFile(other, "b.test.ts")]));
    expect(statuses(result)).toEqual({ plain: "skipped", only: "passed", fit: "passed", "focused block > inside": "passed", "other file": "passed" });
    expect(result.verdict).toBe("Accepted");
  });

  it("runs hooks in Jest's order, afterEach and afterAll even after a failure", async () => {
    const result = await judge.judge(
      judgeRequest(ADD, `const log = (s: string) => console.log(s);
beforeAll(() => log("beforeAll"));
afterAll(() => log("afterAll"));
beforeEach(() => log("beforeEach"));
afterEach(() => log("afterEach"));
describe("block", () => {
  beforeAll(() => log("block beforeAll"));
  afterAll(() => log("block afterAll"));
  beforeEach(() => log("block beforeEach"));
  afterEach(() => log("block afterEach"));
  it("a", () => log("a"));
  it("b fails", () => { log("b"); throw new Error("b failed"); });
});
it("c", () => log("c"));
`),
    );
    expect(consoleLines(result)).toEqual([
      "beforeAll",
      "block beforeAll",
      "beforeEach",
      "block beforeEach",
      "a",
      "block afterEach",
      "afterEach",
      "beforeEach",
      "block beforeEach",
      "b",
      "block afterEach",
      "afterEach",
      "block afterAll",
      "beforeEach",
      "c",
      "afterEach",
      "afterAll",
    ]);
    expect(statuses(result)).toEqual({ "block > a": "passed", "block > b fails": "error", c: "passed" });
  });

  it("shares hook state with the tests, and a failing beforeEach fails its test", async () => {
    const result = await judge.judge(
      judgeRequest(ADD, `const calls: string[] = [];
beforeEach(() => { calls.push("before"); });
it("first", () => { expect(calls).toEqual(["before"]); });
it("second", () => { expect(calls).toEqual(["before", "before"]); });
describe("broken setup", () => {
  beforeEach(() => { throw new Error("setup failed"); });
  it("never reaches its body", () => { calls.push("body"); });
});
it("after", () => { expect(calls).not.toContain("body"); });
`),
    );
    expect(statuses(result)).toEqual({ first: "passed", second: "passed", "broken setup > never reaches its body": "error", after: "passed" });
    expect(testNamed(result, "broken setup > never reaches its body").message).toContain("setup failed");
  });

  it("waits for async tests and done callbacks", async () => {
    const result = await judge.judge(
      judgeRequest(ADD, `import { add } from "./solution";
const later = <T,>(v: T) => new Promise<T>((resolve) => setTimeout(() => resolve(v), 10));
it("async passes", async () => { expect(await later(add(1, 1))).toBe(2); });
it("async fails", async () => { expect(await later(add(1, 1))).toBe(3); });
it("returned promise", () => later(1).then((v) => { expect(v).toBe(1); }));
it("rejected promise", () => Promise.reject(new Error("nope")));
it("done passes", (done) => { setTimeout(() => { expect(add(2, 2)).toBe(4); done(); }, 10); });
it("done with an error", (done) => { setTimeout(() => done(new Error("done failed")), 10); });
it("done never called", (done) => { void done; });
`),
    );
    expect(statuses(result)).toEqual({
      "async passes": "passed",
      "async fails": "failed",
      "returned promise": "passed",
      "rejected promise": "error",
      "done passes": "passed",
      "done with an error": "error",
      "done never called": "timeout",
    });
    expect(testNamed(result, "done with an error").message).toContain("done failed");
  });
});

describe("imports", () => {
  const LRU = "export class LRUCache { constructor(readonly capacity: number) {} }\n";
  it.each(["./solution", "./lru-cache", "./lru-cache.ts", "../src/lru-cache.js"])("resolves %s to the submission", async (specifier) => {
    const result = await judge.judge(
      judgeRequest(LRU, `import { LRUCache } from ${JSON.stringify(specifier)};\nit("imports", () => { expect(new LRUCache(2).capacity).toBe(2); });`),
    );
    expect(result.verdict).toBe("Accepted");
  });

  it("resolves extra modules by path, and lets the solution import them", async () => {
    const result = await judge.judge(
      judgeRequest(
        `import { clamp } from "./util";\nexport const safeAdd = (a: number, b: number) => clamp(a + b);\n`,
        `import { safeAdd } from "./solution";\nimport { clamp, LIMIT } from "./util";\nit("uses both", () => { expect(safeAdd(LIMIT, 1)).toBe(clamp(LIMIT + 1)); expect(safeAdd(1, 1)).toBe(2); });`,
        { modules: [{ path: "util.ts", code: "export const LIMIT = 100;\nexport const clamp = (n: number) => Math.min(n, LIMIT);\n" }] },
      ),
    );
    expect(result.verdict).toBe("Accepted");
  });

  it("reports a bare import the sandbox does not have as a load error", async () => {
    const result = await judge.judge(judgeRequest(ADD, `import fs from "node:fs";\nit("reads", () => { expect(fs).toBeDefined(); });`));
    expect(result.verdict).toBe("Runtime Error");
    expect(result.tests[0]?.name).toBe("solution.test.ts (loading)");
    expect(result.tests[0]?.message).toContain("Cannot find module 'node:fs'");
  });
});

describe("errors in the candidate's code", () => {
  it("gives Compile Error with the line and column of a syntax error", async () => {
    const result = await judge.judge(judgeRequest("export function add(a: number, b: number) {\n  return a +;\n}\n", `it("x", () => {});`));
    expect(result.verdict).toBe("Compile Error");
    expect(result.compileError?.location).toEqual({ file: "solution.ts", line: 2, column: 13 });
    expect(result.message).toContain("solution.ts:2:13");
    expect(result.tests).toEqual([]);
  });

  it("maps a runtime error to the line of the candidate's TypeScript, past stripped types", async () => {
    const solution = [
      "interface ListNode {",
      "  value: number;",
      "  next?: ListNode;",
      "}",
      "type Maybe<T> = T | undefined;",
      "",
      "export function second(list: Maybe<ListNode>): number {",
      "  const head = list as ListNode;",
      "  return head.next!.value;",
      "}",
    ].join("\n");
    const result = await judge.judge(judgeRequest(solution, `import { second } from "./solution";\nit("short list", () => { expect(second({ value: 1 })).toBe(0); });`));
    expect(result.verdict).toBe("Runtime Error");
    const test = testNamed(result, "short list");
    expect(test.status).toBe("error");
    expect(test.message).toMatch(/^TypeError: Cannot read properties of undefined/);
    expect(test.location).toMatchObject({ file: "solution.ts", line: 9 });
    expect(test.message).toContain("solution.ts:9:");
  });

  it("points a failed expectation at the test's line", async () => {
    const result = await judge.judge(judgeRequest(ADD, `import { add } from "./solution";\n\nit("wrong", () => {\n  expect(add(1, 1)).toBe(3);\n});`));
    expect(testNamed(result, "wrong").location).toMatchObject({ file: "solution.test.ts", line: 5 });
  });
});

describe("verdict rules", () => {
  it("names the first failing test in the verdict, not a later one", async () => {
    const result = await judge.judge(
      judgeRequest(ADD, `it("ok", () => {});\nit("wrong", () => { expect(1).toBe(2); });\nit("crash", () => { throw new Error("x"); });`),
    );
    expect(result.verdict).toBe("Wrong Answer");
    expect(result.message).toBe('Wrong Answer on test "wrong"');
    expect(result.summary).toEqual({ total: 3, passed: 1, failed: 2, skipped: 0 });
  });

  it("takes the verdict from the first failure's kind", async () => {
    const result = await judge.judge(judgeRequest(ADD, `it("crash", () => { throw new Error("x"); });\nit("wrong", () => { expect(1).toBe(2); });`));
    expect(result.verdict).toBe("Runtime Error");
    expect(result.message).toBe('Runtime Error on test "crash"');
  });

  it("does not accept a run where every test was skipped", async () => {
    const result = await judge.judge(judgeRequest(ADD, `it.skip("a", () => {});\nxit("b", () => {});`));
    expect(result.verdict).toBe("Wrong Answer");
    expect(result.message).toBe("Wrong Answer: no test ran");
  });

  it("does not accept an expectation that fails outside any test, even if the code swallows it", async () => {
    const result = await judge.judge(judgeRequest(ADD, `try { expect(1).toBe(2); } catch {}\nit("fine", () => {});`));
    expect(testNamed(result, "fine").status).toBe("passed");
    expect(result.verdict).toBe("Wrong Answer");
  });

  it("fails a test whose failed expectation the code under test swallowed", async () => {
    const result = await judge.judge(judgeRequest(ADD, `it("swallowed", () => { try { expect(1).toBe(2); } catch {} });`));
    expect(testNamed(result, "swallowed").status).toBe("failed");
    expect(result.verdict).toBe("Wrong Answer");
  });

  it("rejects an empty test list and code over the size limit before running anything", async () => {
    await expect(judge.judge(judgeRequest(ADD, []))).rejects.toBeInstanceOf(ValidationError);
    await expect(judge.judge(judgeRequest("x".repeat(2_000), `it("x", () => {});`, { limits: { codeBytes: 1_000 } }))).rejects.toBeInstanceOf(ValidationError);
  });
});
