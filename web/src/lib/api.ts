import { type ClientResponse, hc, type InferRequestType, type InferResponseType } from "hono/client";
import type { AppType } from "../../../server/src/app.ts";

/** Same origin in production (the server serves web/dist) and in development (Vite proxies /api). */
const client = hc<AppType>(window.location.origin);
const problems = client.api.problems;
const problem = problems[":slug"];

export type ProblemSummary = InferResponseType<typeof problems.$get, 200>[number];
export type Problem = InferResponseType<typeof problem.$get, 200>;
/** What Run answers; Submit answers the same plus the stored submission's id. */
export type JudgeResult = InferResponseType<typeof problem.run.$post, 200>;
export type SubmitResult = InferResponseType<typeof problem.submit.$post, 200>;
export type TestResult = JudgeResult["tests"][number];
export type RunInput = InferRequestType<typeof problem.run.$post>["json"];
export type SubmitInput = InferRequestType<typeof problem.submit.$post>["json"];

const draft = problem.draft;
export type SavedDraft = InferResponseType<typeof draft.$get, 200>;
export type SubmissionSummary = InferResponseType<(typeof problem.submissions)["$get"], 200>["submissions"][number];
export type SubmissionDetail = InferResponseType<(typeof client.api.submissions)[":id"]["$get"], 200>;
export type Progress = InferResponseType<typeof client.api.me.progress.$get, 200>;
export type ProblemProgress = Progress["problems"][string];
export type User = NonNullable<InferResponseType<typeof client.api.me.$get, 200>["user"]>;

const rubric = client.api.rubrics[":id"];
const answers = client.api.answers;
export type RubricSummary = InferResponseType<typeof client.api.rubrics.$get, 200>[number];
export type PublicRubric = InferResponseType<typeof rubric.$get, 200>;
export type AnswerInput = InferRequestType<typeof answers.$post>["json"];
export type AnswerResult = InferResponseType<typeof answers.$post, 200>;
export type DiagramReadingView = InferResponseType<typeof client.api.diagram.read.$post, 200>;
export type KeptAnswer = InferResponseType<(typeof answers)[":id"]["$get"], 200>;
export type ModelAnswerReveal = InferResponseType<(typeof answers)[":id"]["reveal"]["$post"], 200>;

/** The server's one error shape, `{ code, message, requestId }`, as a thrown error. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  /** From Retry-After on a refusal (429 busy, 503 restarting): when trying again makes sense. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, code: string, message: string, requestId?: string, retryAfterSeconds?: number) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function field(body: unknown, name: string): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const value = (body as Record<string, unknown>)[name];
  return typeof value === "string" ? value : undefined;
}

/** A 404 answer as null: "there is none yet" rather than a failure. */
async function orNullWhenMissing<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export async function successBody<T>(request: Promise<ClientResponse<T>>): Promise<T> {
  return (await successResponse(request)).json() as Promise<T>;
}

/** The response when it is a success; otherwise the server's error, thrown as an ApiError. */
export async function successResponse<T>(request: Promise<ClientResponse<T>>): Promise<ClientResponse<T>> {
  let response: ClientResponse<T>;
  try {
    response = await request;
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network_error", "Could not reach the server. Check that it is running and try again.");
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => undefined);
  // The server sends delay-seconds, never an HTTP date.
  const retryAfter = Number(response.headers.get("Retry-After") ?? Number.NaN);
  throw new ApiError(
    response.status,
    field(body, "code") ?? "http_error",
    field(body, "message") ?? `The server answered ${response.status} ${response.statusText}.`,
    field(body, "requestId"),
    Number.isFinite(retryAfter) ? retryAfter : undefined,
  );
}

const EVENT_STREAM = { Accept: "text/event-stream" };

export const api = {
  listProblems: () => successBody(problems.$get()),
  getProblem: (slug: string) => successBody(problem.$get({ param: { slug } })),
  runSamples: (slug: string, code: string) => successBody(problem.run.$post({ param: { slug }, json: { code } })),
  submit: (slug: string, code: string) => successBody(problem.submit.$post({ param: { slug }, json: { code } })),
  /** The signed-in user's saved code for a problem; null when there is none. 401 when signed out. */
  getDraft: (slug: string) => orNullWhenMissing(successBody(draft.$get({ param: { slug } }))),
  saveDraft: (slug: string, code: string) => successBody(draft.$put({ param: { slug }, json: { code } })),
  /** The signed-in user's submissions of a problem, newest first. 401 when signed out. */
  listSubmissions: async (slug: string) => (await successBody(problem.submissions.$get({ param: { slug } }))).submissions,
  /** One of the signed-in user's submissions, code included; 404 for anyone else's. */
  getSubmission: (id: string) => successBody(client.api.submissions[":id"].$get({ param: { id } })),
  /** "solved" or "tried" per problem slug; empty when signed out. */
  getProgress: async () => (await successBody(client.api.me.progress.$get())).problems,
  /** Who is signed in, or null, and whether this server verifies emails (sends mail). */
  getMe: () => successBody(client.api.me.$get()),
  listRubrics: () => successBody(client.api.rubrics.$get()),
  getRubric: (id: string) => successBody(rubric.$get({ param: { id } })),
  /** Scores a written answer (and its whiteboard scene); kept, with an id, when signed in. */
  submitAnswer: (json: AnswerInput) => successBody(answers.$post({ json })),
  /** The signed-in user's kept answers to one question, newest first. 401 when signed out. */
  listAnswers: async (rubricId: string) => (await successBody(answers.$get({ query: { rubricId } }))).answers,
  /** One of the signed-in user's kept answers, scene included; 404 for anyone else's. */
  getAnswer: (id: string) => successBody(answers[":id"].$get({ param: { id } })),
  /** Shows the model answer of the question one of the user's answers is to, and records that they saw it. */
  revealModelAnswer: (id: string) => successBody(answers[":id"].reveal.$post({ param: { id } })),
  /** What a whiteboard scene reads as: components, connections, a summary. */
  readDiagram: (scene: object, signal?: AbortSignal) => successBody(client.api.diagram.read.$post({ json: { scene } }, { init: signal ? { signal } : {} })),
  /** The AI second opinion as Server-Sent Events: `status`, then `feedback` or `error`. */
  answerFeedbackStream: (json: AnswerInput, signal: AbortSignal) => successResponse(answers.feedback.$post({ json }, { headers: EVENT_STREAM, init: { signal } })),
  /** Run and Submit as Server-Sent Events, test by test (see lib/judging.ts); a refusal throws an ApiError. */
  runStream: (slug: string, json: RunInput, signal: AbortSignal) =>
    successResponse(problem.run.$post({ param: { slug }, json }, { headers: EVENT_STREAM, init: { signal } })),
  submitStream: (slug: string, json: SubmitInput, signal: AbortSignal) =>
    successResponse(problem.submit.$post({ param: { slug }, json }, { headers: EVENT_STREAM, init: { signal } })),
};
