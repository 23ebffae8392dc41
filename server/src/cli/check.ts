import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { availableParallelism } from "node:os";
import { createJudge } from "../judge/index.ts";
import type { Judge } from "../judge/types.ts";
import { existsSync } from "node:fs";
import { checkProblemSolutions } from "../problems/check.ts";
import { loadProblem, type Problem } from "../problems/load.ts";
import { RUBRIC_SCHEMA_FILE, loadRubricFile } from "../scoring/load.ts";
import { type Io, parse, UsageError } from "./io.ts";

const HELP = `Usage: rehearse problems check [dir] [--rubrics <dir>] [--json]

Validates every problem folder under dir (default: problems): its files and front matter,
its reference solution Accepted, its starter not Accepted; and every rubric file under the
rubrics folder (default: rubrics, when it exists). Exits 0 when all are valid.`;

export interface ProblemCheck {
  slug: string;
  ok: boolean;
  errors: string[];
}

/** Loads and judges one problem folder; every reason it is invalid, not just the first. */
export async function checkProblem(dir: string, judge: Judge): Promise<ProblemCheck> {
  const slug = dir.split("/").filter(Boolean).pop() ?? dir;
  let problem: Problem;
  try {
    problem = await loadProblem(dir);
  } catch (error) {
    return { slug, ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
  return checkLoadedProblem(problem, judge);
}

/** Judges a problem already loaded (from a folder, or from files in memory), as `problems check` does. */
export async function checkLoadedProblem(problem: Problem, judge: Judge): Promise<ProblemCheck> {
  const { reference, starter } = await checkProblemSolutions(problem, judge);
  const errors: string[] = [];
  if (reference.verdict !== "Accepted") {
    const failing = reference.tests.filter((t) => t.status !== "passed" && t.status !== "skipped");
    errors.push(`reference solution: ${reference.message}`);
    for (const t of failing.slice(0, 5)) errors.push(`  ${t.name}: ${(t.message ?? t.status).split("\n").slice(0, 6).join("\n    ")}`);
  }
  if (starter.verdict === "Accepted") errors.push("starter: is Accepted; it must not solve the problem");
  if (starter.verdict === "Compile Error") errors.push(`starter: does not compile: ${starter.message}`);
  return { slug: problem.slug, ok: errors.length === 0, errors };
}

export interface RubricCheck {
  file: string;
  ok: boolean;
  errors: string[];
}

/** Every rubric file in `dir`, each loaded on its own so one broken file names itself. */
export async function checkRubrics(dir: string): Promise<RubricCheck[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /\.(ya?ml|json)$/.test(f) && f !== RUBRIC_SCHEMA_FILE).sort();
  } catch {
    throw new UsageError(`cannot read the folder ${dir}`);
  }
  return Promise.all(
    files.map(async (f) => {
      try {
        await loadRubricFile(join(dir, f));
        return { file: join(dir, f), ok: true, errors: [] };
      } catch (error) {
        return { file: join(dir, f), ok: false, errors: [error instanceof Error ? error.message : String(error)] };
      }
    }),
  );
}

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: "boolean" }, rubrics: { type: "string" } }, true);
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError("problems check takes one folder");
  const root = positionals[0] ?? "problems";
  let names: string[];
  try {
    const entries = await readdir(root, { withFileTypes: true });
    names = entries.filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name).sort();
  } catch {
    throw new UsageError(`cannot read the folder ${root}`);
  }
  const rubricsDir = values.rubrics ?? (existsSync("rubrics") ? "rubrics" : undefined);
  const rubrics = rubricsDir ? await checkRubrics(rubricsDir) : [];
  const judge = createJudge({ workers: Math.min(2, availableParallelism()), maxQueue: 1_000 });
  try {
    const checks = await Promise.all(names.map((name) => checkProblem(join(root, name), judge)));
    const ok = checks.length > 0 && checks.every((c) => c.ok) && rubrics.every((r) => r.ok);
    if (values.json) io.out(JSON.stringify({ ok, problems: checks, rubrics }, null, 2));
    else {
      for (const c of checks) io.out(`${c.ok ? "✓" : "✗"} ${c.slug}${c.ok ? "" : `\n    ${c.errors.join("\n    ")}`}`);
      for (const r of rubrics.filter((x) => !x.ok)) io.out(`✗ ${r.file}\n    ${r.errors.join("\n    ")}`);
      const bad = checks.filter((c) => !c.ok).length;
      io.out(`\n${checks.length - bad} of ${checks.length} problems valid`);
      if (rubricsDir) io.out(`${rubrics.filter((r) => r.ok).length} of ${rubrics.length} rubrics valid`);
    }
    return ok ? 0 : 1;
  } finally {
    await judge.close();
  }
}
