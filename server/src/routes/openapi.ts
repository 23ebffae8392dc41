import type { MiddlewareHandler } from "hono";
import { type DescribeRouteOptions, describeRoute, resolver } from "hono-openapi";
import type { z } from "zod";
import { errorBodySchema } from "./errors.ts";

/** The statuses `onError` answers with (routes/errors.ts), each with what it means for any route. */
const ERROR_MEANINGS = {
  400: "Malformed, or a field is invalid (`validation_error` names each in `details.issues`).",
  401: "Sign in first (`unauthorized`).",
  403: "Not allowed for this account (`forbidden`), or a cross-site request (`cross_site_request`).",
  404: "No such thing, or not yours to see (`not_found`): someone else's ids answer 404, never 403.",
  409: "It conflicts with what exists (`conflict`).",
  410: "The link expired, was revoked or is used up (`gone`).",
  413: "The body is larger than the server takes (`payload_too_large`).",
  422: "Well-formed but cannot be used as asked (`unprocessable`).",
  429: "A rate limit, or the judge queue is full (`limit_exceeded`): retry after the `Retry-After` header's seconds.",
  500: "Something went wrong on the server (`internal_error`): quote the request id.",
  503: "The server is restarting and takes no new work (`service_unavailable`): retry after the `Retry-After` header's seconds, likely on another instance.",
} as const;

export type ErrorStatus = keyof typeof ERROR_MEANINGS;

type Responses = NonNullable<DescribeRouteOptions["responses"]>;
type ResponseObject = Extract<Responses[string], { description: string }>;
/** A JSON schema written out, for what zod does not describe (a binary download, an event stream). */
type SchemaObject = { type: "string"; format?: string };
type MediaSchema = ReturnType<typeof resolver> | SchemaObject;

/** One failed-request response: always the one error body. */
export function errorResponse(status: ErrorStatus): ResponseObject {
  return { description: ERROR_MEANINGS[status], content: { "application/json": { schema: resolver(errorBodySchema) } } };
}

/** A success response: a zod schema (JSON), or content of another type (a zip, CSV, an event stream). */
export type SuccessResponse =
  /** `events`: the route also answers Server-Sent Events (`Accept: text/event-stream`), described there. */
  | { description: string; json: z.ZodType; events?: string }
  | { description: string; content: Record<string, { schema: MediaSchema }>; headers?: Record<string, { description: string; schema: SchemaObject }> };

export interface Operation {
  tag: string;
  summary: string;
  description?: string;
  /** Query parameters: an object schema, one parameter per key. */
  query?: z.ZodObject;
  /** A JSON body; `bodyContent` for others (an import's zip). */
  body?: z.ZodType;
  bodyContent?: Record<string, { schema: MediaSchema }>;
  /** Path parameters, by name: what each one is. Hono-openapi lists them as strings either way. */
  params?: Record<string, string>;
  /** 503 only for readiness, whose "not ready" is an answer, not an error. */
  responses: Partial<Record<200 | 201 | 204 | 503, SuccessResponse>>;
  /** The failures this route itself can answer; what the app's middleware answers for any route is added (api-docs.ts). */
  errors: readonly ErrorStatus[];
}

/**
 * Describes a route for the OpenAPI document (`/api/openapi.json`). A middleware that only calls
 * `next()`: the handler, its validation and the `hc` client's types stay as they are.
 */
export function operation(op: Operation): MiddlewareHandler {
  const responses: Responses = {};
  for (const [status, response] of Object.entries(op.responses)) {
    if (!response) continue;
    responses[status] =
      "json" in response
        ? {
            description: response.events ? `${response.description}\n\n${response.events}` : response.description,
            content: { "application/json": { schema: resolver(response.json) }, ...(response.events ? { "text/event-stream": { schema: { type: "string" as const } } } : {}) },
          }
        : { description: response.description, content: response.content, ...(response.headers ? { headers: response.headers } : {}) };
  }
  for (const status of op.errors) responses[status] = errorResponse(status);
  const parameters: NonNullable<DescribeRouteOptions["parameters"]> = [
    ...Object.entries(op.params ?? {}).map(([name, description]) => ({ in: "path", name, required: true, description, schema: { type: "string" as const } })),
    ...Object.entries(op.query?.shape ?? {}).map(([name, schema]: [string, z.ZodType]) => ({
      in: "query",
      name,
      required: !schema.safeParse(undefined).success,
      ...(schema.description ? { description: schema.description } : {}),
      schema: { type: "string" as const },
    })),
  ];
  const bodyContent = op.body ? { "application/json": { schema: resolver(op.body) } } : op.bodyContent;
  return describeRoute({
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(bodyContent ? { requestBody: { required: true, content: bodyContent } } : {}),
    responses,
  });
}

/** Server-Sent Events, with the events a client may see named in the description. */
export function eventStream(description: string): SuccessResponse {
  return { description, content: { "text/event-stream": { schema: { type: "string" } } } };
}

/** A download, with the file name in Content-Disposition. */
export function download(description: string, mediaType: string): SuccessResponse {
  return {
    description,
    content: { [mediaType]: { schema: { type: "string", format: "binary" } } },
    headers: { "Content-Disposition": { description: "`attachment; filename=...`", schema: { type: "string" } } },
  };
}

/** A body of another type than JSON (a page, a script). */
export function typedContent(description: string, mediaType: string): SuccessResponse {
  return { description, content: { [mediaType]: { schema: { type: "string" } } } };
}
