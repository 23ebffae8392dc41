import { type ClientResponse, hc, type InferResponseType } from "hono/client";
import type { AppType } from "../../../server/src/app.ts";

/** Same origin in production (the server serves web/dist) and in development (Vite proxies /api). */
const client = hc<AppType>(window.location.origin);
const problems = client.api.problems;
const problem = problems[":slug"];

export type ProblemSummary = InferResponseType<typeof problems.$get, 200>[number];
export type Problem = InferResponseType<typeof problem.$get, 200>;
/** What Run answers; Submit answers the same plus the stored submission's id. */
export type JudgeResult = InferResponseType<typeof problem.run.$post, 200>;
export type TestResult = JudgeResult["tests"][number];

/** The server's one error shape, `{ code, message, requestId }`, as a thrown error. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;

  constructor(status: number, code: string, message: string, requestId?: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

function field(body: unknown, name: string): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

async function successBody<T>(request: Promise<ClientResponse<T>>): Promise<T> {
  let response: ClientResponse<T>;
  try {
    response = await request;
  } catch {
    throw new ApiError(0, "network_error", "Could not reach the server. Check that it is running and try again.");
  }
  if (response.ok) return (await response.json()) as T;
  const body: unknown = await response.json().catch(() => undefined);
  throw new ApiError(
    response.status,
    field(body, "code") ?? "http_error",
    field(body, "message") ?? `The server answered ${response.status} ${response.statusText}.`,
    field(body, "requestId"),
  );
}

export const api = {
  listProblems: () => successBody(problems.$get()),
  getProblem: (slug: string) => successBody(problem.$get({ param: { slug } })),
  runSamples: (slug: string, code: string) => successBody(problem.run.$post({ param: { slug }, json: { code } })),
  submit: (slug: string, code: string) => successBody(problem.submit.$post({ param: { slug }, json: { code } })),
};
