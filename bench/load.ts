import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadEnv } from "../server/src/env.ts";
import { startServer } from "../test/lifecycle/server-process.ts";
import { emptyTally, type LevelTally, REFUSAL_REASONS, runSubmitter, type Target } from "./load-submitter.ts";

/**
 * `npm run bench:load [-- --seconds 20 --levels 50,100,200 --problem <slug>]`: the real server
 * (a child process, temp database, 127.0.0.1 only, default judge workers, caps and rate limits)
 * under 1 submitter (the baseline), then each level of concurrent submitters, each for a bounded time. Every
 * submitter is a distinct user (its own address in a proxy header) looping over a correct
 * submission and honouring Retry-After. Prints status counts, latency percentiles, throughput
 * and the peak RSS of the server and its judge workers, ratios against the baseline, and
 * PASS/MISS; exits 1 on a miss.
 */
/** Each submitter's own address goes here, as a reverse proxy would set it, so the per-client caps and budgets see many users, not one. */
const CLIENT_HEADER = "x-bench-client";
const BOUNDS = { seconds: { min: 1, max: 60 }, submitters: { min: 1, max: 500 }, levels: 5 };
const RSS_SAMPLE_MS = 200;
const WARMUP_SECONDS = 2;
const EXIT_TIMEOUT_MS = 60_000;

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    levels: { type: "string", default: "50,100,200" },
    // The drain test's problem: ~0.2 s of judging per submission here, where first-bad-deploy takes ~15 ms.
    problem: { type: "string", default: "climb-deploy-stages" },
  },
});
const seconds = Number(args.seconds);
const levels = args.levels.split(",").map(Number);
const within = (n: number, b: { min: number; max: number }) => Number.isInteger(n) && n >= b.min && n <= b.max;
if (!within(seconds, BOUNDS.seconds) || levels.length > BOUNDS.levels || !levels.every((n) => within(n, BOUNDS.submitters)) || !/^[a-z0-9-]+$/.test(args.problem)) {
  console.error(
    `--seconds takes ${BOUNDS.seconds.min}-${BOUNDS.seconds.max}; --levels up to ${BOUNDS.levels} counts of ${BOUNDS.submitters.min}-${BOUNDS.submitters.max} submitters; --problem a slug under problems/`,
  );
  process.exit(2);
}
const SLUG = args.problem;
/** A real problem from the bank, submitted with its own reference solution: Accepted whenever judged. */
const CODE = readFileSync(new URL(`../problems/${SLUG}/solution.ts`, import.meta.url), "utf8");

interface LevelResult {
  submitters: number;
  tally: LevelTally;
  /** Submitters that got no verdict in the whole level. */
  starved: number;
  seconds: number;
  peakRssMb: number;
  /** CPU time of the server and its workers during the level, and of this process (the submitters), which shares the machine. */
  serverCpuSeconds: number;
  benchCpuSeconds: number;
  /** Everything else on the machine meanwhile. */
  otherCpuSeconds: number;
}

const percentile = (xs: number[], p: number) => {
  const sorted = xs.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Resident memory (kB) and CPU time so far (clock ticks, 100 a second) of `pid` and its descendants (the judge workers), from /proc: Linux only. */
function treeUsage(pid: number): { rssKb: number; cpuTicks: number } {
  try {
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const tasks = `/proc/${pid}/task`;
    const children = readdirSync(tasks).flatMap((t) => readFileSync(`${tasks}/${t}/children`, "utf8").split(" ").filter(Boolean));
    const below = children.map((child) => treeUsage(Number(child)));
    return { rssKb: rssKb + sum(below.map((u) => u.rssKb)), cpuTicks: Number(stat[11]) + Number(stat[12]) + sum(below.map((u) => u.cpuTicks)) };
  } catch {
    // A worker that exited between the listing and the read holds nothing.
    return { rssKb: 0, cpuTicks: 0 };
  }
}

/** CPU busy on the whole machine so far (clock ticks): what neither the server nor the submitters used was someone else's. */
function machineBusyTicks(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  return sum([user, nice, system, irq, softirq, steal].map((n) => n ?? 0));
}

/**
 * A free port, chosen before the server starts: with PORT=0 the server would trust the origin
 * http://127.0.0.1:0 (env.ts authOrigins), so no Origin a browser could send would pass its CSRF check.
 */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => probe.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const defaults = loadEnv({ DATABASE_URL: ":memory:" });
// Whatever else runs on the machine shares its cores with the judge: say how busy it was.
const loadBefore = loadavg()[0]!;
const dir = mkdtempSync(join(tmpdir(), "rehearse-load-"));
const port = await freePort();
const server = await startServer({
  DATABASE_URL: `file:${join(dir, "load.db")}`,
  PORT: String(port),
  NODE_ENV: "production",
  PROXY_CLIENT_IP_HEADER: CLIENT_HEADER,
  // Empty counts as unset (env.ts): the server's own defaults, not the lifecycle tests' generous ones.
  JUDGE_MAX_PER_CLIENT: "",
  RUN_RATE_LIMIT_PER_MINUTE: "",
  SUBMIT_RATE_LIMIT_PER_MINUTE: "",
});
const serverPid = server.child.pid!;
const target: Target = { url: server.url, origin: `http://127.0.0.1:${port}`, slug: SLUG, code: CODE, clientHeader: CLIENT_HEADER };

async function runLevel(submitters: number, levelIndex: number): Promise<LevelResult> {
  const tally = emptyTally();
  const before = treeUsage(serverPid);
  const ownBefore = process.cpuUsage();
  const machineBefore = machineBusyTicks();
  let peakKb = before.rssKb;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeUsage(serverPid).rssKb)), RSS_SAMPLE_MS);
  const t0 = performance.now();
  // A fresh block of addresses per level: the budgets of the level before do not carry over.
  const address = (i: number) => `10.${levelIndex}.${i >> 8}.${i & 255}`;
  const verdicts = await Promise.all(Array.from({ length: submitters }, (_, i) => runSubmitter(target, address(i), i % 2 === 1, t0 + seconds * 1000, tally)));
  const elapsed = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const after = treeUsage(serverPid);
  const own = process.cpuUsage(ownBefore);
  const machineSeconds = (machineBusyTicks() - machineBefore) / 100;
  return {
    submitters,
    tally,
    starved: verdicts.filter((n) => n === 0).length,
    seconds: elapsed,
    peakRssMb: Math.max(peakKb, after.rssKb) / 1024,
    serverCpuSeconds: (after.cpuTicks - before.cpuTicks) / 100,
    benchCpuSeconds: (own.user + own.system) / 1e6,
    otherCpuSeconds: Math.max(0, machineSeconds - (after.cpuTicks - before.cpuTicks) / 100 - (own.user + own.system) / 1e6),
  };
}

const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "-");
const cols = (cells: [string, number][]) => cells.map(([text, width]) => text.padStart(width)).join("");
const perSecond = (r: LevelResult) => r.tally.verdictMs.length / r.seconds;
const refusals = (t: LevelTally) => sum(REFUSAL_REASONS.map((r) => t.refusals[r]));
const status = (t: LevelTally, key: string) => String(t.statuses.get(key) ?? 0);

let exitCode: number | null = null;
let exitMs = Number.NaN;
const results: LevelResult[] = [];
let idleRssMb = Number.NaN;
let loadAfter = Number.NaN;
try {
  idleRssMb = treeUsage(serverPid).rssKb / 1024;
  // The first judgings pay for the workers' cold start; counted, they would be the baseline's tail.
  await runSubmitter(target, "10.255.0.1", false, performance.now() + WARMUP_SECONDS * 1000, emptyTally());
  for (const [i, submitters] of [1, ...levels].entries()) {
    console.error(`level ${submitters}: ${seconds} s...`);
    results.push(await runLevel(submitters, i));
  }
} finally {
  const t = performance.now();
  server.child.kill("SIGTERM");
  const timeout = setTimeout(() => server.child.kill("SIGKILL"), EXIT_TIMEOUT_MS);
  exitCode = await server.exited;
  clearTimeout(timeout);
  exitMs = performance.now() - t;
  loadAfter = loadavg()[0]!;
  rmSync(dir, { recursive: true, force: true });
}

const base = results[0]!;
const baseP50 = percentile(base.tally.requestMs, 50);
const errorLogs = server
  .output()
  .split("\n")
  .filter((line) => /"level":(50|60)/.test(line));

console.log(`Load benchmark: "${SLUG}" (its reference solution) via POST /api/problems/${SLUG}/submit, half JSON and half event stream,`);
console.log(`each level ${seconds} s; the real server (NODE_ENV=production, temp SQLite file, 127.0.0.1), ${process.version}, ${availableParallelism()} cores,`);
console.log(`load average ${fixed(loadBefore, 2)} before and ${fixed(loadAfter, 2)} after the run.`);
console.log(
  `Server defaults: JUDGE_WORKERS=${defaults.JUDGE_WORKERS}, JUDGE_MAX_QUEUE=${defaults.JUDGE_MAX_QUEUE}, JUDGE_MAX_PER_CLIENT=${defaults.JUDGE_MAX_PER_CLIENT}, ` +
    `SUBMIT_RATE_LIMIT_PER_MINUTE=${defaults.SUBMIT_RATE_LIMIT_PER_MINUTE}; every submitter its own address (${CLIENT_HEADER}).`,
);
console.log(`Server + workers RSS at idle: ${fixed(idleRssMb)} MB\n`);

console.log("Statuses and throughput: verdicts are Accepted answers; secs include the requests still in flight at the level's end; × base is");
console.log(`against the lone submitter, held to its ${defaults.SUBMIT_RATE_LIMIT_PER_MINUTE} a minute; CPU is the server's and its workers'; the submitters' (bench)`);
console.log("and everything else's on the machine (other) in % of one core");
console.log(
  cols([["submitters", 10], ["200", 6], ["429", 6], ["503", 5], ["4xx", 5], ["5xx", 5], ["net", 5], ["verdicts", 10], ["secs", 6], ["per s", 7], ["× base", 8], ["refusals/verdict", 18], ["peak RSS MB", 13], ["CPU ms/verdict", 16], ["bench CPU", 11], ["other CPU", 11]]),
);
for (const r of results) {
  const t = r.tally;
  const verdicts = t.verdictMs.length;
  console.log(
    cols([
      [String(r.submitters), 10],
      [status(t, "200"), 6],
      [status(t, "429"), 6],
      [status(t, "503"), 5],
      [status(t, "4xx"), 5],
      [status(t, "5xx"), 5],
      [String((t.statuses.get("network") ?? 0) + (t.statuses.get("stream error") ?? 0)), 5],
      [String(verdicts), 10],
      [fixed(r.seconds, 1), 6],
      [fixed(perSecond(r), 1), 7],
      [`${fixed(perSecond(r) / perSecond(base), 1)}×`, 8],
      [fixed(refusals(t) / verdicts, 2), 18],
      [fixed(r.peakRssMb), 13],
      [fixed((r.serverCpuSeconds * 1000) / verdicts), 16],
      [`${fixed((100 * r.benchCpuSeconds) / r.seconds)}%`, 11],
      [`${fixed((100 * r.otherCpuSeconds) / r.seconds)}%`, 11],
    ]),
  );
}

console.log("\nLatency of accepted verdicts, ms (request: one HTTP exchange; verdict: from the first try, refusals and waits included)");
console.log(cols([["submitters", 10], ["req p50", 9], ["p95", 8], ["p99", 8], ["× base p50", 12], ["verdict p50", 13], ["p95", 8], ["p99", 8]]));
for (const r of results) {
  const { requestMs, verdictMs } = r.tally;
  console.log(
    cols([
      [String(r.submitters), 10],
      [fixed(percentile(requestMs, 50)), 9],
      [fixed(percentile(requestMs, 95)), 8],
      [fixed(percentile(requestMs, 99)), 8],
      [`${fixed(percentile(requestMs, 50) / baseP50, 1)}×`, 12],
      [fixed(percentile(verdictMs, 50)), 13],
      [fixed(percentile(verdictMs, 95)), 8],
      [fixed(percentile(verdictMs, 99)), 8],
    ]),
  );
}

console.log("\nRefusals by reason: count / median Retry-After s / retries after waiting it that were refused again;");
console.log("cut at end: still waiting out a Retry-After at the level's end; no verdict: submitters that got none in the level");
console.log(cols([["submitters", 10], ["rate limit", 22], ["judge busy", 22], ["client cap", 22], ["restarting", 22], ["cut at end", 12], ["no verdict", 12]]));
for (const r of results) {
  const t = r.tally;
  const cell = (reason: (typeof REFUSAL_REASONS)[number]) =>
    `${t.refusals[reason]} / ${fixed(percentile(t.retryAfters[reason], 50))} / ${t.retries[reason].refusedAgain} of ${t.retries[reason].made}`;
  console.log(cols([[String(r.submitters), 10], [cell("rate_limit"), 22], [cell("queue_full"), 22], [cell("client_cap"), 22], [cell("unavailable"), 22], [String(t.cutByDeadline), 12], [String(r.starved), 12]]));
}

const all = results.map((r) => r.tally);
const failures = sum(all.map((t) => t.failureCount));
const unexplained = sum(all.map((t) => t.refusals.other));
const badRetryAfter = sum(all.map((t) => t.badRetryAfter));
const refused = sum(all.map(refusals));
console.log(`\nServer on SIGTERM: exit ${exitCode} after ${fixed(exitMs)} ms; ${errorLogs.length} error lines in its log`);
for (const line of [...errorLogs.slice(0, 3), ...all.flatMap((t) => t.failures).slice(0, 5)]) console.log(`  ${line.slice(0, 300)}`);

const checks = [
  { ok: failures === 0, text: `no 5xx, network errors, stream errors or wrong verdicts (${failures})` },
  { ok: badRetryAfter === 0 && unexplained === 0, text: `every refusal a known 429/503 with Retry-After ≥ 1 s (${refused} refusals, ${badRetryAfter} without, ${unexplained} unexplained)` },
  { ok: exitCode === 0, text: `the server exits 0 on SIGTERM after the load (exit ${exitCode})` },
];
console.log("\nTargets");
for (const c of checks) console.log(`  ${c.ok ? "PASS" : "MISS"}  ${c.text}`);
if (checks.some((c) => !c.ok)) process.exitCode = 1;
