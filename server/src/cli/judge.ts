import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { createJudge } from "../judge/index.ts";
import type { TestFile } from "../judge/types.ts";
import { casesFileSchema, casesToTestFiles } from "../problems/cases.ts";
import { type Io, parse, UsageError } from "./io.ts";
import { formatJudgeResult } from "./report.ts";

const HELP = `Usage: rehearse judge --solution <file.ts> --tests <file.test.ts|cases.json> [--tests ...] [--json]

Judges the solution against every test given (all treated as visible).
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

export async function judgeCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    solution: { type: "string" },
    tests: { type: "string", multiple: true },
    json: { type: "boolean" },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (!values.solution) throw new UsageError("judge needs --solution <file.ts>");
  if (!values.tests?.length) throw new UsageError("judge needs --tests <file.test.ts|cases.json>");
  const code = await readText(values.solution);
  const tests = (await Promise.all(values.tests.map(readTestsArgument))).flat();
  const judge = createJudge({ workers: 1 });
  try {
    const result = await judge.judge({ solution: { path: basename(values.solution), code }, tests });
    io.out(values.json ? JSON.stringify(result, null, 2) : formatJudgeResult(result));
    return result.verdict === "Accepted" ? 0 : 1;
  } finally {
    await judge.close();
  }
}
