import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { runCompiled } from "./mini-jest.ts";

/**
 * The process-per-submission baseline: what a judge that starts a fresh `node` for every
 * submission does. Reads solution.ts and the test files from a folder, transpiles them,
 * runs the tests and prints the outcome as JSON. Usage: node bench/process-judge.ts <dir> <test files...>
 */
const [dir = ".", ...testFiles] = process.argv.slice(2);
const compile = async (file: string) => transformSync(await readFile(join(dir, file), "utf8"), { loader: "ts", format: "cjs", target: "es2024" }).code;
const [solution, ...tests] = await Promise.all(["solution.ts", ...testFiles].map(compile));
const run = await runCompiled(solution ?? "", tests);
process.stdout.write(JSON.stringify(run));
