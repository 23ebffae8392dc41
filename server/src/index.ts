import type { Server } from "node:http";
import { totalmem } from "node:os";
import { serve } from "@hono/node-server";
import { createApp, createMetricsApp } from "./app.ts";
import { createAuth } from "./auth.ts";
import { createDb } from "./db/client.ts";
import { assertSchemaCurrent, migrateDb, prepareDb, SchemaMismatchError } from "./db/migrate.ts";
import { authOrigins, devSecretWarning, loadEnv } from "./env.ts";
import { judgeMemoryWarning } from "./judge/capacity.ts";
import { createJudge } from "./judge/index.ts";
import { createLifecycle } from "./lifecycle.ts";
import { createMailer, mailConfigFromEnv, mailStartupNotice } from "./mail/mailer.ts";
import { loadProblems } from "./problems/load.ts";
import { createLlmReviewer, llmConfigFromEnv } from "./scoring/llm.ts";
import { loadRubrics } from "./scoring/load.ts";
import { startAttemptSweep } from "./services/attempts/close.ts";
import { startPendingSubmissionResume } from "./services/submissions/resume.ts";
import { startAnonymousSubmissionSweep, SUBMISSION_SWEEP_INTERVAL_MS } from "./services/submissions/retention.ts";
import { drainServer, trackOpenResponses } from "./shutdown.ts";
import { createMemoryRateLimits } from "./lib/rate-limits.ts";
import { authLogTo } from "./observability/auth-log.ts";
import { observeJudgeEvents } from "./observability/judge.ts";
import { observeLlm } from "./observability/llm.ts";
import { createLogger } from "./observability/logger.ts";
import { createMetrics } from "./observability/metrics.ts";

const env = loadEnv();
const logger = createLogger({ level: env.LOG_LEVEL });
const metrics = createMetrics();
const secretWarning = devSecretWarning(env);
const memoryWarning = judgeMemoryWarning(env.JUDGE_WORKERS, env.JUDGE_WORKER_MEMORY_MB, totalmem() / 2 ** 20);
if (memoryWarning) logger.warn({ event: "judge_memory" }, memoryWarning);
if (secretWarning) logger.warn(secretWarning);
const db = createDb({ url: env.DATABASE_URL, onQuery: metrics.dbQuery, ...(env.DATABASE_AUTH_TOKEN ? { authToken: env.DATABASE_AUTH_TOKEN } : {}) });
await prepareDb(db);
try {
  if (env.MIGRATE_ON_START) {
    const applied = await migrateDb(db);
    if (applied.length > 0) logger.info({ event: "migrated", applied }, `Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  } else {
    await assertSchemaCurrent(db);
  }
} catch (error) {
  // Not a crash: tell the operator what to run, without a stack trace.
  if (!(error instanceof SchemaMismatchError)) throw error;
  logger.fatal({ event: "schema_mismatch" }, error.message);
  logger.flush();
  process.exit(1);
}
const problems = await loadProblems(env.PROBLEMS_DIR);
const rubrics = await loadRubrics(env.RUBRICS_DIR);
const llmConfig = llmConfigFromEnv(env);
const judge = createJudge({
  workers: env.JUDGE_WORKERS,
  maxQueue: env.JUDGE_MAX_QUEUE,
  maxPerClient: env.JUDGE_MAX_PER_CLIENT,
  workerMemoryMb: env.JUDGE_WORKER_MEMORY_MB,
  onEvent: observeJudgeEvents(logger, metrics),
  onWorkerOutput: ({ stream, text }) => logger.warn({ event: "worker_output", stream, text }, "judge worker output"),
});
metrics.watchJudge(judge);
const llm = llmConfig ? observeLlm(createLlmReviewer(llmConfig), logger, metrics) : null;
const mailConfig = mailConfigFromEnv(env);
const mailer = mailConfig ? createMailer(mailConfig) : null;
const lifecycle = createLifecycle();
const auth = createAuth({ db, secret: env.BETTER_AUTH_SECRET, signInPerMinute: env.SIGN_IN_RATE_LIMIT_PER_MINUTE, mailer, log: authLogTo(logger), ...authOrigins(env) });
const app = createApp({
  db,
  judge,
  problems,
  auth,
  lifecycle,
  rubrics,
  llm,
  invitationPerMinute: env.INVITATION_RATE_LIMIT_PER_MINUTE,
  rateLimits: createMemoryRateLimits({
    diagramRead: env.DIAGRAM_READ_RATE_LIMIT_PER_MINUTE,
    answer: env.ANSWER_RATE_LIMIT_PER_MINUTE,
    run: env.RUN_RATE_LIMIT_PER_MINUTE,
    submit: env.SUBMIT_RATE_LIMIT_PER_MINUTE,
    llmFeedback: env.LLM_FEEDBACK_PER_USER_PER_DAY,
  }),
  ...(env.PROXY_CLIENT_IP_HEADER ? { proxyClientIpHeader: env.PROXY_CLIENT_IP_HEADER } : {}),
  logger,
  metrics,
  ...(env.METRICS_TOKEN ? { metricsToken: env.METRICS_TOKEN } : {}),
});

// Attempts whose time ran out close themselves even if nobody is looking at them.
const attemptSweep = startAttemptSweep({ db, judge, problems, rubrics, llm, log: logger, metrics });
const submissionSweep = startAnonymousSubmissionSweep(db, env.ANONYMOUS_SUBMISSION_RETENTION_DAYS, SUBMISSION_SWEEP_INTERVAL_MS, logger);
// Submissions a crash or a drain past its timeout left pending are judged, never lost: once an
// old instance still draining beside this one (a rolling restart) has had its time to finish them.
const pendingResume = startPendingSubmissionResume({ db, judge, problems, log: logger }, { delayMs: env.SHUTDOWN_DRAIN_TIMEOUT_MS, acceptedBefore: new Date() });
void pendingResume.done.then((judged) => {
  if (judged > 0) logger.info({ event: "pending_resumed", judged }, `Judged ${judged} submissions left pending by the last shutdown`);
});

// serve() makes a node:http server unless told otherwise.
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  const url = env.PUBLIC_URL ?? `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${info.port}`;
  logger.info({ url, problems: problems.length, rubrics: rubrics.length, judgeWorkers: env.JUDGE_WORKERS }, `Rehearse is listening on ${url}`);
  logger.info(llmConfig ? `AI feedback on, with ${llmConfig.model} at ${llmConfig.baseURL ?? "api.openai.com"}` : "AI feedback off (set OPENAI_API_KEY or OPENAI_BASE_URL to turn it on)");
  const mailNotice = mailStartupNotice(mailConfig);
  logger[mailNotice.level === "warn" ? "warn" : "info"](mailNotice.text);
}) as Server;
const responses = trackOpenResponses(server);
// Loopback by default: scrapers on the same host or network namespace, never the public.
const metricsServer = env.METRICS_PORT
  ? serve({ fetch: createMetricsApp(metrics, env.METRICS_TOKEN).fetch, port: env.METRICS_PORT, hostname: env.METRICS_HOST }, (info) => {
      logger.info(`Metrics at http://${env.METRICS_HOST}:${info.port}/metrics`);
    })
  : null;
if (!env.METRICS_PORT && !env.METRICS_TOKEN) logger.info("Metrics off (set METRICS_PORT or METRICS_TOKEN to serve /metrics)");

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    // Asked twice (Ctrl-C again): stop waiting. What was accepted stays pending and is judged on the next start.
    logger.warn(`${signal} again: exiting without waiting for the drain`);
    process.exit(0);
  }
  stopping = true;
  logger.info({ event: "draining", signal }, `${signal}: draining (up to ${env.SHUTDOWN_DRAIN_TIMEOUT_MS} ms), then shutting down`);
  const background = [attemptSweep, submissionSweep, pendingResume];
  const drained = await drainServer({ lifecycle, server, responses, judge, background, timeoutMs: env.SHUTDOWN_DRAIN_TIMEOUT_MS });
  if (!drained) logger.warn({ event: "drain_timeout" }, "The drain timed out: submissions still being judged stay pending and are judged on the next start");
  metricsServer?.close();
  await judge.close();
  mailer?.close();
  db.$client.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
