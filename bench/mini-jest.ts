import { isDeepStrictEqual } from "node:util";

/**
 * The baselines' test runner: just enough describe / it / expect to run the benchmark's
 * tests on already-compiled CommonJS, in the calling process, with no isolation at all.
 */
export interface MiniRun {
  passed: number;
  failed: { name: string; message: string }[];
}

type Matchers = Record<"toBe" | "toEqual" | "toHaveLength" | "toThrow", (expected?: unknown) => void>;

function check(ok: boolean, isNot: boolean, what: string): void {
  if (ok === isNot) throw new Error(`expected ${isNot ? "not " : ""}${what}`);
}

function matchers(received: unknown, isNot: boolean): Matchers {
  return {
    toBe: (e) => check(Object.is(received, e), isNot, `${String(received)} to be ${String(e)}`),
    toEqual: (e) => check(isDeepStrictEqual(received, e), isNot, `${JSON.stringify(received)} to equal ${JSON.stringify(e)}`),
    toHaveLength: (e) => check((received as { length: unknown }).length === e, isNot, `length ${String(e)}`),
    toThrow: (e) => {
      let thrown: unknown;
      let threw = false;
      try {
        (received as () => unknown)();
      } catch (error) {
        threw = true;
        thrown = error;
      }
      const ok =
        threw &&
        (e === undefined ||
          (typeof e === "function" && thrown instanceof e) ||
          (typeof e === "string" && thrown instanceof Error && thrown.message.includes(e)));
      check(ok, isNot, "to throw");
    },
  };
}

function expect(received: unknown) {
  return Object.assign(matchers(received, false), { not: matchers(received, true) });
}

/** Loads the solution and test files (CommonJS) and runs every test, as a judge would. */
export async function runCompiled(solution: string, tests: string[]): Promise<MiniRun> {
  const registered: { name: string; fn: () => unknown }[] = [];
  const path: string[] = [];
  const globals = {
    describe(name: string, fn: () => void) {
      path.push(name);
      try {
        fn();
      } finally {
        path.pop();
      }
    },
    it(name: string, fn: () => unknown) {
      registered.push({ name: [...path, name].join(" > "), fn });
    },
    expect,
  };
  const solutionModule = { exports: {} as unknown };
  new Function("exports", "require", "module", solution)(solutionModule.exports, () => ({}), solutionModule);
  const require = (name: string) => (name === "@jest/globals" ? globals : solutionModule.exports);
  for (const code of tests) {
    const module = { exports: {} };
    new Function("exports", "require", "module", code)(module.exports, require, module);
  }
  const run: MiniRun = { passed: 0, failed: [] };
  for (const test of registered) {
    try {
      const ret = test.fn();
      if (ret instanceof Promise) await ret;
      run.passed++;
    } catch (error) {
      run.failed.push({ name: test.name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return run;
}
