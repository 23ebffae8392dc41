import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { type RequestIdVariables, requestId } from "hono/request-id";
import { AUTH_BASE_PATH, type Auth, verifiesEmails } from "./auth.ts";
import type { Db } from "./db/client.ts";
import type { Judge } from "./judge/types.ts";
import type { Lifecycle } from "./lifecycle.ts";
import { type Logger, silentLogger } from "./observability/logger.ts";
import type { Metrics } from "./observability/metrics.ts";
import { observeRequests } from "./observability/requests.ts";
import { createMemoryRateLimits, DEFAULT_RATE_LIMITS, type RateLimits } from "./lib/rate-limits.ts";
import type { Problem } from "./problems/load.ts";
import { answerRoutes } from "./routes/answers.ts";
import { apiDocsRoutes } from "./routes/api-docs.ts";
import { diagramRoutes } from "./routes/diagram.ts";
import { authRoutes } from "./routes/auth.ts";
import { sameOriginWrites } from "./routes/csrf.ts";
import { draftRoutes } from "./routes/drafts.ts";
import { handleError, handleNotFound } from "./routes/errors.ts";
import { healthRoutes } from "./routes/health.ts";
import { inputGuard } from "./routes/input-guard.ts";
import { meRoutes } from "./routes/me.ts";
import { metricsRoutes } from "./routes/metrics.ts";
import { problemRoutes } from "./routes/problems.ts";
import { rubricRoutes } from "./routes/rubrics.ts";
import { securityHeaders } from "./routes/security-headers.ts";
import { resolveSession } from "./routes/session.ts";
import { submissionRoutes } from "./routes/submissions.ts";
import { attemptRoutes } from "./routes/attempts.ts";
import { invitationRoutes } from "./routes/invitations.ts";
import { setRoutes } from "./routes/sets.ts";
import { teamProblemRoutes } from "./routes/team-problems.ts";
import { teamRoutes } from "./routes/teams.ts";
import type { TeamDeps } from "./teams/deps.ts";
import type { LlmReviewer } from "./scoring/llm.ts";
import type { Rubric } from "./scoring/rubric.ts";
import { createAnswerFeedback } from "./services/answers/feedback.ts";
import { revealedRubrics } from "./services/answers/revealed.ts";

export interface AppDeps {
  db: Db;
  judge: Judge;
  problems: readonly Problem[];
  /** Accounts and sessions, from `createAuth`, whose baseURL is the origin this app is served at. */
  auth: Auth;
  /** The built web app; defaults to web/dist beside the server. */
  webDist?: string;
  /** Questions scored by rubric (design, behavioral, concept); none by default. */
  rubrics?: readonly Rubric[];
  /** AI feedback on answers; off (null) by default. */
  llm?: LlmReviewer | null;
  /** Behind a reverse proxy: the header it sets to the client's address, for rate limits. */
  proxyClientIpHeader?: string;
  /** Invitation-link lookups and accepts per client per minute; 30 by default. */
  invitationPerMinute?: number;
  /** Per-client budgets for diagram reads, answer scoring, runs, submissions and AI feedback; the defaults, in memory, unless given. */
  rateLimits?: RateLimits;
  /** How often AI feedback streams send a heartbeat while the model thinks; 15 s by default. */
  feedbackHeartbeatMs?: number;
  /** Whether the server still takes new work (false once it drains for a restart); always taking it by default. */
  lifecycle?: Lifecycle;
  /** JSON lines: an access line per request, and what services log meanwhile, with its request id; silent by default. */
  logger?: Logger;
  /** Request metrics are counted when given; none by default. */
  metrics?: Metrics | null;
  /**
   * Serves `metrics` at `/metrics` on this app, to scrapes bearing this token. Without one this app
   * has no /metrics (index.ts may serve them on a listener of their own instead, METRICS_PORT).
   */
  metricsToken?: string;
}

export const DEFAULT_INVITATION_PER_MINUTE = 30;

export const BODY_LIMIT_BYTES = 512 * 1024;
const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

function apiRoutes(deps: AppDeps) {
  const rubrics = deps.rubrics ?? [];
  const rateLimits = deps.rateLimits ?? createMemoryRateLimits(DEFAULT_RATE_LIMITS);
  const limited = { rateLimits, ...(deps.proxyClientIpHeader ? { proxyClientIpHeader: deps.proxyClientIpHeader } : {}) };
  const team: TeamDeps = {
    db: deps.db,
    auth: deps.auth,
    judge: deps.judge,
    problems: deps.problems,
    rubrics,
    llm: deps.llm ?? null,
    invitationPerMinute: deps.invitationPerMinute ?? DEFAULT_INVITATION_PER_MINUTE,
    verifiesEmails: verifiesEmails(deps.auth),
    log: deps.logger ?? silentLogger,
    metrics: deps.metrics ?? null,
    ...(deps.lifecycle ? { lifecycle: deps.lifecycle } : {}),
    ...limited,
  };
  return new Hono()
    .route("/api/teams", teamRoutes(team))
    .route("/api/teams", teamProblemRoutes(team))
    .route("/api/teams", setRoutes(team))
    .route("/api/invitations", invitationRoutes(team))
    .route("/api/attempts", attemptRoutes(team))
    .route("/api/problems", problemRoutes({ ...deps, ...limited }))
    .route("/api/problems", draftRoutes(deps))
    .route("/api", submissionRoutes(deps))
    .route("/api/rubrics", rubricRoutes({ rubrics }))
    .route("/api/answers", answerRoutes({ db: deps.db, rubrics, feedback: createAnswerFeedback(deps.llm ?? null, rateLimits, async (userId, rubricId) => (await revealedRubrics(deps.db, userId, [rubricId])).has(rubricId)), ...limited, ...(deps.feedbackHeartbeatMs ? { feedbackHeartbeatMs: deps.feedbackHeartbeatMs } : {}) }))
    .route("/api/diagram", diagramRoutes(limited))
    .route("/api/me", meRoutes(deps))
    .route("/api/health", healthRoutes(deps));
}

/** The API's shape, for the web's `hc<AppType>` client. */
export type AppType = ReturnType<typeof apiRoutes>;

export function createApp(deps: AppDeps) {
  const app = new Hono<{ Variables: RequestIdVariables }>();
  app.use(requestId());
  app.use(observeRequests(deps.logger ?? silentLogger, deps.metrics ?? null));
  app.use(securityHeaders());
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: BODY_LIMIT_BYTES,
      onError: () => {
        throw new HTTPException(413, { message: `The request body is larger than ${BODY_LIMIT_BYTES / 1024} KB.` });
      },
    }),
  );
  // Before everything that reads a session, better-auth's routes included (they keep their own check
  // too): the origins trusted are better-auth's, i.e. PUBLIC_URL (see authOrigins in env.ts).
  const authContext = deps.auth.$context;
  app.use("/api/*", sameOriginWrites(async (origin) => (await authContext).isTrustedOrigin(origin)));
  app.use("/api/*", inputGuard());
  app.route(AUTH_BASE_PATH, authRoutes(deps.auth, deps.proxyClientIpHeader));
  // Registered after the auth routes, which answer without going on: they read their own cookies.
  app.use("/api/*", resolveSession(deps.auth));
  app.route("/", apiRoutes(deps));
  if (deps.metrics && deps.metricsToken) app.route("/", metricsRoutes({ metrics: deps.metrics, token: deps.metricsToken }));
  // Outside AppType: the web has no use for it. Given the app, whose routes it describes.
  app.route("/", apiDocsRoutes(app));
  const webDist = deps.webDist ?? DEFAULT_WEB_DIST;
  if (existsSync(join(webDist, "index.html"))) {
    app.get("*", webFiles(serveStatic({ root: webDist, precompressed: true })));
    // Client-side routes: every other page GET gets the app shell.
    app.get("*", webFiles(serveStatic({ root: webDist, path: "index.html", precompressed: true })));
  }
  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}

/** Static files for everything but the API, whose unknown paths must stay JSON 404s. */
function webFiles(serve: MiddlewareHandler): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.path === "/api" || c.req.path.startsWith("/api/")) return next();
    const res = await serve(c, next);
    // Vite fingerprints everything under assets/; the shell must be fetched fresh to pick up a new build.
    if (res instanceof Response) res.headers.set("Cache-Control", c.req.path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
    return res;
  };
}

/** `/metrics` alone, for a listener of its own (METRICS_PORT): a port kept off the public network. */
export function createMetricsApp(metrics: Metrics, token?: string) {
  const app = new Hono<{ Variables: RequestIdVariables }>();
  app.use(requestId());
  app.route("/", metricsRoutes({ metrics, ...(token ? { token } : {}) }));
  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
