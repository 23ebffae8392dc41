import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { createJudge } from "../judge/index.ts";
import { LIMITS, resolveLimits } from "../judge/limits.ts";
import type { JudgeRequest, TestFile } from "../judge/types.ts";
import { ValidationError } from "../lib/errors.ts";
import { casesFileSchema, casesToTestFiles } from "../problems/cases.ts";
import { loadProblem, type Problem } from "../problems/load.ts";
import { submissionRequest } from "../services/problems/request.ts";
import { type Io, parse, UsageError } from "./io.ts";
import { JEST_TEST_TIMEOUT_MS, parseLimitFlags, withLimitFlags } from "./judge-limits.ts";
import { formatJudgeResult } from "./report.ts";

const HELP = `Usage: rehearse judge --solution <file.ts> --problem <folder> [--tests ...] [options]
       rehearse judge --solution <file.ts> --tests <file.test.ts|cases.json> [--tests ...] [options]

  --problem <folder>      Judge as the server judges a submit: the problem's sample and
                          hidden tests, its time and memory limits. Every test is shown in
                          full; hidden ones are marked. The solution is judged as solution.ts.
  --tests <file>          A Jest-style .test.ts or a cases.json; repeatable, and added to the
                          problem's tests with --problem. Without --problem a test may run
                          for ${JEST_TEST_TIMEOUT_MS} ms, Jest's default.
  --time-limit <ms>       Time limit per test, 1 to ${LIMITS.testTimeMs.ceiling}.
  --memory-limit <mb>     Memory limit, 1 to ${LIMITS.memoryMb.ceiling}.
  --json                  Print the full result as JSON.

Exits 0 when Accepted, 1 otherwise, 2 on bad usage.`;

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch {
    throw new UsageError(`cannot read ${path}`);
  }
}

/** A tests argument as test files: a Jest-style file as it is, a cases.json converted. */
export async function readTestsArgument(path: string): Promise<TestFile[]> {
  const text = await readText(path);
  if (!path.endsWith(".json")) return [{ path: basename(path), code: text, visibility: "sample" }];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = casesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n");
    throw new UsageError(`${path} is not a valid cases file:\n${issues}`);
  }
  return casesToTestFiles(parsed.data, basename(path)).map((t) => ({ ...t, visibility: "sample" }));
}

/** A problem folder loaded as the server loads the bank; anything wrong with it is bad usage. */
export async function readProblemArgument(dir: string): Promise<Problem> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new UsageError(`no problem folder at ${dir}`);
  if (!info.isDirectory()) throw new UsageError(`${dir} is a file: --problem takes the problem's folder`);
  // The slug is the folder's name: "." or ".." must be resolved to say which folder.
  const folder = /^\.\.?$/.test(basename(dir)) ? resolve(dir) : dir;
  try {
    return await loadProblem(folder);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new UsageError(`${dir} is not a valid problem folder:\n  ${error.message.split("\n").join("\n  ")}`);
  }
}

/** Two test files under one path would shadow each other in the sandbox: refuse rather than judge one of them. */
function assertDistinctPaths(tests: readonly TestFile[]): void {
  const seen = new Set<string>();
  for (const t of tests) {
    if (seen.has(t.path)) throw new UsageError(`two test files are named ${t.path}; rename one`);
    seen.add(t.path);
  }
}

export async function judgeCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    solution: { type: "string" },
    problem: { type: "string" },
    tests: { type: "string", multiple: true },
    "time-limit": { type: "string" },
    "memory-limit": { type: "string" },
    json: { type: "boolean" },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (!values.solution) throw new UsageError("judge needs --solution <file.ts>");
  if (values.problem === undefined && !values.tests?.length) {
    throw new UsageError("judge needs --problem <folder> or --tests <file.test.ts|cases.json>");
  }
  const flags = parseLimitFlags(values);
  const problem = values.problem === undefined ? undefined : await readProblemArgument(values.problem);
  const code = await readText(values.solution);
  const extra = (await Promise.all((values.tests ?? []).map(readTestsArgument))).flat();
  const base: JudgeRequest = problem
    ? submissionRequest(problem, code)
    : { solution: { path: basename(values.solution), code }, tests: [], limits: { testTimeMs: JEST_TEST_TIMEOUT_MS } };
  const request: JudgeRequest = { ...base, tests: [...base.tests, ...extra], limits: withLimitFlags(base.limits ?? {}, flags) };
  assertDistinctPaths(request.tests);

  const judge = createJudge({ workers: 1 });
  try {
    const result = await judge.judge(request);
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else {
      const { testTimeMs, memoryMb } = resolveLimits(request.limits);
      io.out(`Limits: ${testTimeMs} ms per test, ${memoryMb} MB${problem ? ` (${problem.slug})` : ""}\n`);
      io.out(formatJudgeResult(result));
    }
    return result.verdict === "Accepted" ? 0 : 1;
  } finally {
    await judge.close();
  }
}
