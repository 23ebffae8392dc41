import { afterAll, describe, expect, it } from "vitest";
import { judgeRequest, testFile, testNamed } from "./fixtures.ts";
import { createJudge } from "./index.ts";

/**
 * What the compartments guarantee, through the judge's public API: the problem's files alone
 * decide the tests, the solution never reaches the test API or the tests' globals, and what
 * both sides share (Math, Date, console) can be spied on by a test but not changed by the code.
 */
const judge = createJudge({ workers: 1, maxQueue: 16 });
afterAll(() => judge.close());

const ADD = "export function add(a: number, b: number): number {\n  return a + b;\n}\n";
const statuses = (r: { tests: { name: string; status: string }[] }) => r.tests.map((t) => `${t.name}: ${t.status}`);

describe("the tests are the problem's", () => {
  it("reports every test of the problem, by name, when the solution throws while it loads", async () => {
    const result = await judge.judge(
      judgeRequest(`throw new Error("broken at load");\nexport const add = (a: number, b: number) => a + b;\n`, `import { add } from "./solution";
it("one", () => { expect(add(1, 1)).toBe(2); });
describe("group", () => { it("two", () => { expect(add(2, 2)).toBe(4); }); });
`),
    );
    expect(result.verdict).toBe("Runtime Error");
    expect(result.tests.map((t) => t.name)).toEqual(["one", "group > two"]);
    for (const t of result.tests) {
      expect(t.status).toBe("error");
      expect(t.message).toContain("The solution failed to load: Error: broken at load");
      expect(t.location).toMatchObject({ file: "solution.ts", line: 1 });
    }
  });

  it("reports every test of the problem, by name, when the solution's loading runs out of time", async () => {
    const result = await judge.judge(
      judgeRequest(`while (true) {}\nexport const add = (a: number, b: number) => a + b;\n`, `import { add } from "./solution";
it("one", () => { expect(add(1, 1)).toBe(2); });
it("two", () => { expect(add(2, 2)).toBe(4); });
`, { limits: { testTimeMs: 200 } }),
    );
    expect(result.verdict).toBe("Time Limit Exceeded");
    expect(statuses(result)).toEqual(["one: timeout", "two: skipped"]);
    expect(result.tests[0]!.message).toContain("while the solution loaded");
  });

  it("refuses a test declared from inside a running test, as Jest does", async () => {
    const result = await judge.judge(
      judgeRequest(ADD, `it("declares another", () => { it("nested", () => {}); });
it("after", () => {});
`),
    );
    expect(statuses(result)).toEqual(["declares another: error", "after: passed"]);
    expect(testNamed(result, "declares another").message).toContain("can be declared only at the top level of a test file");
  });

  it("gives the solution no test API: importing it fails the load, and no global holds it", async () => {
    const imported = await judge.judge(judgeRequest(`import { it } from "@jest/globals";\nexport const register = it;\nexport const add = (a: number, b: number) => a + b;\n`, `import { add } from "./solution";\nit("adds", () => { expect(add(1, 2)).toBe(3); });\n`));
    expect(imported.verdict).toBe("Runtime Error");
    expect(imported.tests[0]!.message).toContain("the test API belongs to the problem's tests");

    const probed = await judge.judge(
      judgeRequest(`export const seen = () => [typeof describe, typeof it, typeof expect, typeof jest, typeof (globalThis as Record<string, unknown>).__rt, Function("return typeof it")()];\n`, `import { seen } from "./solution";\nit("sees none", () => { expect(seen()).toEqual(["undefined", "undefined", "undefined", "undefined", "undefined", "undefined"]); });\n`),
    );
    expect(probed.verdict, probed.tests[0]?.message).toBe("Accepted");
  });

  it("keeps the tests' globals apart from the solution's, which may still use its own", async () => {
    const result = await judge.judge(
      judgeRequest(`(globalThis as Record<string, unknown>).JSON = { stringify: () => "forged" };
(globalThis as Record<string, unknown>).shared = 42;
export const own = () => [(globalThis as Record<string, unknown>).shared, JSON.stringify([1])];
`, `import { own } from "./solution";
it("tests see the real JSON and none of the solution's globals", () => {
  expect(JSON.stringify([1])).toBe("[1]");
  expect((globalThis as Record<string, unknown>).shared).toBeUndefined();
  expect(own()).toEqual([42, "[1]"]);
});
`),
    );
    expect(result.verdict).toBe("Accepted");
  });

  it("freezes a helper module both sides import, so the solution cannot change what a test calls", async () => {
    const result = await judge.judge(
      judgeRequest(`import * as helpers from "./helpers";
let tampered = "no";
try { (helpers as Record<string, unknown>).double = () => 0; tampered = "yes"; } catch { tampered = "refused"; }
export const status = () => tampered;
`, `import { status } from "./solution";
import { double } from "./helpers";
it("helper intact", () => { expect(status()).toBe("refused"); expect(double(4)).toBe(8); });
`, { modules: [{ path: "helpers.ts", code: "export const double = (n: number) => n * 2;\n" }] }),
    );
    expect(result.verdict).toBe("Accepted");
  });
});

describe("what both sides share", () => {
  it("lets a test spy on Math.random, Date.now and console.log as the solution calls them, and restore them", async () => {
    const result = await judge.judge(
      judgeRequest(`export const roll = () => Math.floor(Math.random() * 6) + 1;
export const stamp = () => Date.now();
export const say = (s: string) => console.log(s);
`, `import { roll, stamp, say } from "./solution";
it("spies", () => {
  const random = jest.spyOn(Math, "random").mockReturnValue(0.99);
  expect(roll()).toBe(6);
  random.mockRestore();
  expect(roll()).toBeLessThanOrEqual(6);
  jest.spyOn(Date, "now").mockReturnValue(1234);
  expect(stamp()).toBe(1234);
  const log = jest.spyOn(console, "log").mockImplementation(() => {});
  say("hello");
  expect(log).toHaveBeenCalledWith("hello");
});
`),
    );
    expect(result.verdict, result.tests[0]?.message).toBe("Accepted");
  });

  it("lets the code under test call a mock the test gave it, but never clear, reset or re-program it", async () => {
    const result = await judge.judge(
      judgeRequest(`export function debounce(fn: (() => void) & Record<string, (...a: unknown[]) => unknown>): () => void {
  return () => {
    fn(); fn(); fn();
    const tries: string[] = [];
    for (const method of ["mockClear", "mockReset", "mockImplementation", "mockReturnValue"]) {
      try { fn[method]!(() => 1); tries.push(method + " allowed"); } catch (e) { tries.push(method + " refused"); }
    }
    try { (fn as Record<string, unknown>).mockClear = () => fn; tries.push("replaced"); } catch { tries.push("replace refused"); }
    console.log(tries.join(", "));
  };
}
`, `import { debounce } from "./solution";
it("calls back once", () => {
  const fn = jest.fn();
  debounce(fn as never)();
  expect(fn).toHaveBeenCalledTimes(1);
});
it("a test may still clear its own mock", () => {
  const fn = jest.fn();
  fn();
  fn.mockClear();
  expect(fn).not.toHaveBeenCalled();
});
`),
    );
    expect(statuses(result)).toEqual(["calls back once: failed", "a test may still clear its own mock: passed"]);
    expect(result.tests[0]!.console[0]!.text).toBe("mockClear refused, mockReset refused, mockImplementation refused, mockReturnValue refused, replace refused");
  });

  it("fails loudly, not silently, when a test spies on a frozen built-in", async () => {
    const result = await judge.judge(judgeRequest(ADD, `it("spies on Math.max", () => { jest.spyOn(Math, "max").mockReturnValue(1); });\n`));
    expect(result.verdict).toBe("Runtime Error");
    expect(result.tests[0]!.message).toContain("jest.spyOn cannot replace max: it belongs to a frozen built-in");
  });

  it("refuses the solution's changes to what the tests share with it", async () => {
    const result = await judge.judge(
      judgeRequest(`const tries: string[] = [];
for (const [name, act] of [
  ["Math.max", () => { (Math as { max: unknown }).max = () => 0; }],
  ["Math.random", () => { Object.defineProperty(Math, "random", { value: () => 0 }); }],
  ["Date.now", () => { (Date as { now: unknown }).now = () => 0; }],
  ["console.log", () => { (console as { log: unknown }).log = () => {}; }],
  ["Array.prototype", () => { Object.defineProperty(Array.prototype, "0", { set() {} }); }],
] as const) {
  try { act(); tries.push(name + " changed"); } catch { tries.push(name + " refused"); }
}
export const report = () => tries;
`, `import { report } from "./solution";
it("every change refused", () => {
  expect(report()).toEqual(["Math.max refused", "Math.random refused", "Date.now refused", "console.log refused", "Array.prototype refused"]);
  expect(Math.max(1, 2)).toBe(2);
});
`),
    );
    expect(result.verdict, result.tests[0]?.message).toBe("Accepted");
  });

  it("seeds Math.random per run, so a randomised solution gets the same verdict every time", async () => {
    const request = judgeRequest(`export const draws = () => [Math.random(), Math.random(), Math.random()];\n`, `import { draws } from "./solution";\nit("logs", () => { console.log(JSON.stringify(draws())); });\n`);
    const [a, b] = [await judge.judge(request), await judge.judge(request)];
    expect(a.tests[0]!.console[0]!.text).toBe(b.tests[0]!.console[0]!.text);
    const values = JSON.parse(a.tests[0]!.console[0]!.text) as number[];
    expect(new Set(values).size).toBe(3);
    for (const v of values) expect(v >= 0 && v < 1).toBe(true);
  });

  it("keeps the standard globals SES leaves out of compartments: Float64Array, Intl, WeakRef", async () => {
    const result = await judge.judge(
      judgeRequest(`export const use = () => [new Float64Array([1.5])[0], new Float32Array(2).length, typeof Intl.NumberFormat, (1234.5).toLocaleString("en-US"), typeof WeakRef, typeof FinalizationRegistry];\n`, `import { use } from "./solution";\nit("uses", () => { expect(use()).toEqual([1.5, 2, "function", "1,234.5", "function", "undefined"]); });\n`),
    );
    expect(result.verdict, result.tests[0]?.message).toBe("Accepted");
  });
});

describe("per-test time limits", () => {
  // ~CPU-bound work the virtual clock cannot skip; sized in loop turns, not milliseconds.
  const SPIN = `export function spin(turns: number): number { let x = 0; for (let i = 0; i < turns; i++) x = (x + i * 7) % 1_000_003; return x; }\n`;

  it("honours it(name, fn, timeout) and jest.setTimeout over the problem's per-test limit", async () => {
    const calibrate = await judge.judge(judgeRequest(SPIN, `import { spin } from "./solution";\nit("spins", () => { spin(20_000_000); });\n`, { limits: { testTimeMs: 5_000 } }));
    const spinMs = calibrate.tests[0]!.durationMs;
    expect(spinMs).toBeGreaterThan(5);
    const limit = Math.max(1, Math.floor(spinMs / 4));
    const result = await judge.judge(
      judgeRequest(SPIN, [
        testFile(`import { it, jest } from "@jest/globals";\nimport { spin } from "./solution";\njest.setTimeout(${Math.ceil(spinMs * 8)});\nit("file timeout", () => { spin(20_000_000); });\n`, "b.test.ts"),
        testFile(`import { it } from "@jest/globals";\nimport { spin } from "./solution";\nit("own timeout", () => { spin(20_000_000); }, ${Math.ceil(spinMs * 8)});\nit("problem's limit", () => { spin(20_000_000); });\n`, "a.test.ts"),
      ], { limits: { testTimeMs: limit, cpuTimeMs: 30_000, submissionTimeMs: 60_000 } }),
    );
    expect(statuses(result)).toEqual(["file timeout: passed", "own timeout: passed", "problem's limit: timeout"]);
  });
});
