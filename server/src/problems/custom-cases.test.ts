import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { CUSTOM_CASES, type CustomCase, customCasesSchema, customCasesToTestFile } from "./custom-cases.ts";

type Module = Record<string, unknown>;

/**
 * Runs a generated Jest-style file in this process with vitest's Jest-compatible `expect`,
 * so the generated code is tested without the judge.
 */
function runTestFile(code: string, solution: Module, reference: Module): { name: string; error?: string }[] {
  const tests: { name: string; fn: () => void }[] = [];
  const jest = { describe: (_: string, body: () => void) => body(), it: (name: string, fn: () => void) => tests.push({ name, fn }), expect };
  const modules: Record<string, unknown> = { "@jest/globals": jest, "./solution": solution, "./reference": reference };
  const js = transformSync(code, { loader: "ts", format: "cjs" }).code;
  const require = (id: string) => {
    if (!(id in modules)) throw new Error(`unexpected import ${id}`);
    return modules[id];
  };
  new Function("require", "module", "exports", js)(require, { exports: {} }, {});
  return tests.map(({ name, fn }) => {
    try {
      fn();
      return { name };
    } catch (error) {
      return { name, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

const reference = { sorted: (xs: number[]) => [...xs].sort((a, b) => a - b) };

describe("customCasesSchema", () => {
  it("accepts cases with and without expected", () => {
    const cases = [{ args: [[3, 1]] }, { name: "mine", args: [[2]], expected: [2] }];
    expect(customCasesSchema.parse(cases)).toEqual(cases);
  });

  it.each([
    ["too many cases", Array.from({ length: CUSTOM_CASES.max + 1 }, () => ({ args: [] }))],
    ["too much JSON", [{ args: ["x".repeat(CUSTOM_CASES.jsonBytes)] }]],
    ["args that are not an array", [{ args: 1 }]],
    ["unknown keys", [{ args: [], throws: "boom" }]],
    ["an empty name", [{ name: " ", args: [] }]],
  ])("rejects %s", (_, cases) => {
    expect(customCasesSchema.safeParse(cases).success).toBe(false);
  });
});

describe("customCasesToTestFile", () => {
  const run = (cases: CustomCase[], solution: Module, compare?: "equal" | "unordered" | "closeTo") =>
    runTestFile(customCasesToTestFile(cases, { function: "sorted", ...(compare ? { compare } : {}) }).code, solution, reference);

  it("is one sample file at your-cases.test.ts", () => {
    const file = customCasesToTestFile([{ args: [[1]] }], { function: "sorted" });
    expect(file).toMatchObject({ path: "your-cases.test.ts", visibility: "sample" });
    expect(file.code).toContain('import * as reference from "./reference"');
  });

  it("compares with the given expected value, or else with the reference solution", () => {
    const wrong = { sorted: (xs: number[]) => xs };
    const results = run([{ name: "given", args: [[2, 1]], expected: [2, 1] }, { args: [[2, 1]] }], wrong);
    expect(results[0]).toEqual({ name: "given" });
    expect(results[1]?.name).toBe("your case 2");
    expect(results[1]?.error).toMatch(/expected/i);
    expect(run([{ args: [[2, 1]] }], reference)).toEqual([{ name: "your case 1" }]);
  });

  it("gives each solution its own copy of the arguments", () => {
    const mutating = { sorted: (xs: number[]) => xs.sort((a, b) => a - b) };
    expect(run([{ args: [[3, 2, 1]] }], mutating)[0]?.error).toBeUndefined();
  });

  it("uses the problem's comparison", () => {
    const reversed = { sorted: (xs: number[]) => [...xs].sort((a, b) => b - a) };
    expect(run([{ args: [[1, 2]] }], reversed, "unordered")[0]?.error).toBeUndefined();
    expect(run([{ args: [[1, 2]] }], reversed, "equal")[0]?.error).toBeDefined();
  });

  it("explains when the reference solution itself fails on the arguments", () => {
    const throwing = { sorted: () => [] };
    const results = runTestFile(customCasesToTestFile([{ args: [null] }], { function: "sorted" }).code, throwing, {
      sorted: (xs: number[]) => [...xs],
    });
    expect(results[0]?.error).toMatch(/reference solution fails on these arguments/);
  });

  it("says so when the solution does not export the function", () => {
    expect(run([{ args: [[1]] }], {})[0]?.error).toMatch(/does not export a function named sorted/);
  });

  it("keeps names and values as data, never as code", () => {
    // Written as a join so the linter does not take it for a mistaken template literal.
    const interpolation = ["`$", "{globalThis.injected = 1}`"].join("");
    const name = `"); throw new Error("injected"); ("${interpolation}`;
    const results = run([{ name, args: [["</script>", '"', interpolation]] }], reference);
    expect(results).toEqual([{ name }]);
    expect(globalThis).not.toHaveProperty("injected");
  });
});
