import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { createApp } from "../server/src/app.ts";
import { createDb } from "../server/src/db/client.ts";
import { migrateDb } from "../server/src/db/migrate.ts";
import { submissions } from "../server/src/db/schema/index.ts";
import { createJudge } from "../server/src/judge/index.ts";
import { loadProblem } from "../server/src/problems/load.ts";
import { NO_RATE_LIMITS, testAuth } from "../server/src/routes/fixtures.ts";
import { runCompiled } from "./mini-jest.ts";
import { SLUG, SOLUTION, TEST_COUNT, TEST_FILES, writeProblem } from "./top-k-frequent.ts";

/**
 * `npm run bench:judge`: a 20-test problem judged end to end through the API
 * (POST /api/problems/<slug>/submit on an in-process app with a temp SQLite file), against
 * two baselines measured in the same run: the floor (the same tests run in-process with no
 * sandbox) and a fresh node process per submission. Prints a table, the ratios and
 * PASS/MISS per target; exits 1 when a target is missed.
 */
const TARGETS = { p50Ms: 8, perSecondAt8: 300, speedupOverProcess: 10 };
const SEQUENTIAL_RUNS = 300;
const WARMUP_RUNS = 50;
const CONCURRENT_SECONDS = 3;
const FLOOR_RUNS = 2_000;
const PROCESS_RUNS = 20;

interface Measure {
  label: string;
  latencies: number[];
  seconds: number;
}

const percentile = (xs: number[], p: number) => {
  const sorted = xs.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};
const perSecond = (m: Measure) => m.latencies.length / m.seconds;

const root = await mkdtemp(join(tmpdir(), "rehearse-bench-"));
const problemDir = await writeProblem(root);
const db = createDb({ url: `file:${join(root, "bench.db")}` });
await migrateDb(db);
// One client submits everything here: the per-client queue cap and rate limits would measure
// themselves, not the judge.
const judge = createJudge({ workers: 2, maxQueue: 256, maxPerClient: 256 });
const problem = await loadProblem(problemDir);
const app = createApp({ db, judge, problems: [problem], webDist: root, auth: testAuth(db), rateLimits: NO_RATE_LIMITS });

async function submit(): Promise<void> {
  const res = await app.request(`/api/problems/${SLUG}/submit`, {
    method: "POST",
    body: JSON.stringify({ code: SOLUTION }),
    headers: { "content-type": "application/json" },
  });
  const body = (await res.json()) as { verdict?: string; summary?: { passed: number } };
  if (res.status !== 200 || body.verdict !== "Accepted" || body.summary?.passed !== TEST_COUNT) {
    throw new Error(`the benchmark submission was not accepted: HTTP ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  }
}

async function judgeAlone(): Promise<void> {
  const result = await judge.judge({ solution: { path: "solution.ts", code: SOLUTION }, tests: problem.tests, limits: problem.limits });
  if (result.verdict !== "Accepted") throw new Error(`the benchmark submission was not accepted: ${result.message}`);
}

/** What the submit route stores per submission, alone. */
async function insertAlone(): Promise<void> {
  await db
    .insert(submissions)
    .values({ problemSlug: SLUG, mode: "submit", verdict: "Accepted", passed: TEST_COUNT, total: TEST_COUNT, runtimeMs: 1, code: SOLUTION })
    .returning({ id: submissions.id });
}

async function sequential(label: string, runs: number, once: () => Promise<void>): Promise<Measure> {
  const latencies: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await once();
    latencies.push(performance.now() - t);
  }
  return { label, latencies, seconds: (performance.now() - t0) / 1000 };
}

async function concurrent(label: string, clients: number, seconds: number, once: () => Promise<void>): Promise<Measure> {
  const latencies: number[] = [];
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await once();
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { label, latencies, seconds: (performance.now() - t0) / 1000 };
}

/** The floor: the same code and tests, transpiled once, run in this process with no sandbox. */
async function floor(runs: number): Promise<Measure> {
  const compile = (code: string) => transformSync(code, { loader: "ts", format: "cjs", target: "es2024" }).code;
  const solution = compile(SOLUTION);
  const tests = await Promise.all(TEST_FILES.map(async (f) => compile(await readFile(join(problemDir, f), "utf8"))));
  const latencies: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const run = await runCompiled(solution, tests);
    latencies.push(performance.now() - t);
    if (run.passed !== TEST_COUNT) throw new Error(`the floor run failed: ${JSON.stringify(run.failed)}`);
  }
  return { label: "floor: in-process, no sandbox", latencies, seconds: (performance.now() - t0) / 1000 };
}

function spawnJudge(): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [new URL("./process-judge.ts", import.meta.url).pathname, problemDir, ...TEST_FILES], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const elapsed = performance.now() - t0;
      const run = code === 0 ? (JSON.parse(out) as { passed: number }) : undefined;
      if (run?.passed !== TEST_COUNT) reject(new Error(`the process-per-submission run failed (exit ${code}): ${out.slice(0, 500)}`));
      else resolve(elapsed);
    });
  });
}

async function processPerSubmission(runs: number): Promise<Measure> {
  await spawnJudge();
  const latencies: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) latencies.push(await spawnJudge());
  return { label: "process per submission", latencies, seconds: (performance.now() - t0) / 1000 };
}

/**
 * CPU time so far of this process and of its children (the judge's workers), in ms: on a busy
 * machine the rate swings with everyone else's load, CPU per submission much less. Linux only.
 */
function cpuMs(): { main: number; workers: number } | undefined {
  try {
    const tasks = `/proc/${process.pid}/task`;
    const children = readdirSync(tasks).flatMap((t) => readFileSync(`${tasks}/${t}/children`, "utf8").split(" ").filter(Boolean));
    let ticks = 0;
    for (const pid of children) {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    const own = process.cpuUsage();
    // utime and stime count clock ticks, 100 a second on Linux.
    return { main: (own.user + own.system) / 1000, workers: ticks * 10 };
  } catch {
    return undefined;
  }
}

function row(m: Measure): string {
  const fmt = (n: number) => (n < 1 ? n.toFixed(3) : n.toFixed(2)).padStart(9);
  return `${m.label.padEnd(36)}${String(m.latencies.length).padStart(7)}${fmt(percentile(m.latencies, 50))}${fmt(percentile(m.latencies, 99))}${perSecond(m).toFixed(0).padStart(10)}`;
}

try {
  await sequential("warm-up", WARMUP_RUNS, submit);
  const seq = await sequential("API, sequential", SEQUENTIAL_RUNS, submit);
  const c2 = await concurrent("API, concurrency 2", 2, CONCURRENT_SECONDS, submit);
  const cpuBefore = cpuMs();
  const c8 = await concurrent("API, concurrency 8", 8, CONCURRENT_SECONDS, submit);
  const cpuAfter = cpuMs();
  const alone = await sequential("  judge() alone, sequential", SEQUENTIAL_RUNS, judgeAlone);
  const alone8 = await concurrent("  judge() alone, concurrency 8", 8, CONCURRENT_SECONDS, judgeAlone);
  const inserts = await sequential("  the submission's DB insert alone", SEQUENTIAL_RUNS, insertAlone);
  const base = await floor(FLOOR_RUNS);
  const spawned = await processPerSubmission(PROCESS_RUNS);

  const apiP50 = percentile(seq.latencies, 50);
  const floorP50 = percentile(base.latencies, 50);
  const processP50 = percentile(spawned.latencies, 50);
  const speedup = processP50 / apiP50;
  const checks = [
    { ok: apiP50 <= TARGETS.p50Ms, text: `p50 ≤ ${TARGETS.p50Ms} ms per submission through the API (${apiP50.toFixed(3)} ms)` },
    { ok: perSecond(c8) >= TARGETS.perSecondAt8, text: `≥ ${TARGETS.perSecondAt8} submissions/s at concurrency 8 (${perSecond(c8).toFixed(0)}/s)` },
    { ok: speedup >= TARGETS.speedupOverProcess, text: `≥ ${TARGETS.speedupOverProcess}× faster than process-per-submission (${speedup.toFixed(1)}×)` },
  ];

  console.log(`Judge benchmark: "${SLUG}", ${TEST_COUNT} Jest-style tests, createJudge({ workers: 2, maxQueue: 256 }),`);
  console.log(`submitted through POST /api/problems/${SLUG}/submit (app.request, temp SQLite file); ${process.version}\n`);
  console.log(`${"".padEnd(36)}${"runs".padStart(7)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"subs/s".padStart(10)}`);
  for (const m of [seq, c2, c8, alone, alone8, inserts, base, spawned]) console.log(row(m));
  if (cpuBefore && cpuAfter) {
    const per = (ms: number) => (ms / c8.latencies.length).toFixed(2);
    console.log(`\nCPU per submission at concurrency 8: ${per(cpuAfter.main - cpuBefore.main)} ms in the API process, ${per(cpuAfter.workers - cpuBefore.workers)} ms in the judge workers`);
  }
  console.log("\nRatios of medians");
  console.log(`  API / floor                        ${(apiP50 / floorP50).toFixed(0)}×  (the price of the sandbox, the worker hop and the API)`);
  console.log(`  process per submission / API       ${speedup.toFixed(1)}×`);
  console.log("\nTargets");
  for (const c of checks) console.log(`  ${c.ok ? "PASS" : "MISS"}  ${c.text}`);
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
} finally {
  await judge.close();
  db.$client.close();
  await rm(root, { recursive: true, force: true });
}
