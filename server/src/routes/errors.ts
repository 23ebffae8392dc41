import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { RequestIdVariables } from "hono/request-id";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import {
  AppError,
  ConflictError,
  CsrfError,
  ForbiddenError,
  GoneError,
  LimitExceededError,
  NotFoundError,
  ServiceUnavailableError,
  UnauthorizedError,
  UnprocessableError,
  ValidationError,
} from "../lib/errors.ts";
import { requestLog } from "../observability/logger.ts";
import { routeLabel } from "../observability/requests.ts";

type AppContext = Context<{ Variables: RequestIdVariables }>;

/** The one error body every failed request answers with; also the OpenAPI document's one error schema. */
export const errorBodySchema = z
  .object({
    code: z.string().meta({ description: "Stable and machine-readable: `not_found`, `validation_error`, `limit_exceeded`..." }),
    message: z.string().meta({ description: "A sentence for people." }),
    requestId: z.string().meta({ description: "Also in the X-Request-Id header: quote it when reporting a problem." }),
    details: z.unknown().optional().meta({ description: "Validation errors only: `{ issues: [{ path, message }] }`." }),
  })
  .meta({ title: "Error" });
export type ErrorBody = z.infer<typeof errorBodySchema>;

const STATUS_OF_ERROR: [new (...args: never[]) => AppError, ContentfulStatusCode][] = [
  [ValidationError, 400],
  [UnauthorizedError, 401],
  [ForbiddenError, 403],
  [CsrfError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [GoneError, 410],
  [UnprocessableError, 422],
  [LimitExceededError, 429],
  [ServiceUnavailableError, 503],
];

const CODE_OF_STATUS: Partial<Record<number, string>> = {
  400: "bad_request",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_media_type",
};

function errorBody(c: AppContext, code: string, message: string, details?: unknown): ErrorBody {
  const body: ErrorBody = { code, message, requestId: c.get("requestId") };
  if (details !== undefined) body.details = details;
  return body;
}

function respond(c: AppContext, status: ContentfulStatusCode, code: string, message: string, details?: unknown) {
  return c.json(errorBody(c, code, message, details), status);
}

/** Maps any error to its status and the one error body; used by `handleError` and by streams that fail midway. */
export function describeError(err: Error, c: AppContext): { status: ContentfulStatusCode; body: ErrorBody } {
  if (err instanceof AppError) {
    const status = STATUS_OF_ERROR.find(([type]) => err instanceof type)?.[1] ?? 500;
    // Only validation details are meant for the client (which fields or files are wrong).
    const details = err instanceof ValidationError || err instanceof UnprocessableError ? err.details : undefined;
    return { status, body: errorBody(c, err.code, err.message, details) };
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return { status, body: errorBody(c, CODE_OF_STATUS[status] ?? "http_error", err.message || "The request could not be handled.") };
  }
  requestLog().error({ event: "unhandled_error", method: c.req.method, route: routeLabel(c), err }, "unhandled error");
  return {
    status: 500,
    body: errorBody(c, "internal_error", "Something went wrong on our side. Try again, and quote the request id if it keeps happening."),
  };
}

/** The app's one `onError`: transport-neutral errors in, `{ code, message, requestId }` out. */
export function handleError(err: Error, c: AppContext) {
  if (err instanceof LimitExceededError || err instanceof ServiceUnavailableError) c.header("Retry-After", String(Math.max(1, Math.ceil(err.retryAfterSeconds))));
  const described = describeError(err, c);
  return c.json(described.body, described.status);
}

export function handleNotFound(c: AppContext) {
  return respond(c, 404, "not_found", `Nothing at ${c.req.method} ${c.req.path}.`);
}
