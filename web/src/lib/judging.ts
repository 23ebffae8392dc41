import type { JudgeResult, SubmitResult, TestResult } from "./api.ts";
import { readSse } from "./sse.ts";

export type JudgeKind = "run" | "submit";

/** A Run or Submit as it streams in: tests arrive one by one, then the whole result. */
export type Judging =
  /** `retryInSeconds`: the judge refused it (busy, or restarting) and it is sent again after that wait. */
  | { phase: "judging"; kind: JudgeKind; total: number | undefined; tests: TestResult[]; retryInSeconds?: number }
  | { phase: "done"; kind: JudgeKind; total: number | undefined; tests: TestResult[]; result: JudgeResult | SubmitResult }
  | { phase: "failed"; kind: JudgeKind; total: number | undefined; tests: TestResult[]; error: Error };

export type JudgingEvent =
  | { type: "begin"; kind: JudgeKind }
  | { type: "busy"; retryInSeconds: number }
  | { type: "start"; total: number }
  | { type: "test"; test: TestResult }
  | { type: "done"; result: JudgeResult | SubmitResult }
  | { type: "failed"; error: Error };

const byIndex = (a: TestResult, b: TestResult) => a.index - b.index;

export function judgingReducer(state: Judging | null, event: JudgingEvent): Judging | null {
  if (event.type === "begin") return { phase: "judging", kind: event.kind, total: undefined, tests: [] };
  if (state?.phase !== "judging") return state;
  switch (event.type) {
    case "busy":
      return { ...state, retryInSeconds: event.retryInSeconds };
    case "start":
      return { ...state, total: event.total };
    case "test":
      return { ...state, tests: [...state.tests.filter((t) => t.index !== event.test.index), event.test].sort(byIndex) };
    case "done":
      return { phase: "done", kind: state.kind, total: event.result.summary.total, tests: event.result.tests, result: event.result };
    case "failed":
      return { phase: "failed", kind: state.kind, total: state.total, tests: state.tests, error: event.error };
  }
}

function field(body: unknown, name: string): string | undefined {
  const value = typeof body === "object" && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** Judging failed midway: the server's `error` event (same fields as its JSON errors), or a cut connection. */
export class JudgeStreamError extends Error {
  readonly code: string;
  readonly requestId: string | undefined;

  constructor(code: string, message: string, requestId?: string) {
    super(message);
    this.name = "JudgeStreamError";
    this.code = code;
    this.requestId = requestId;
  }
}

/** Feeds a judging event stream to `dispatch`; throws when it fails or ends without a result. */
export async function consumeJudgeStream(body: ReadableStream<Uint8Array>, dispatch: (event: JudgingEvent) => void): Promise<void> {
  for await (const { event, data } of readSse(body)) {
    const payload: unknown = JSON.parse(data);
    if (event === "start") dispatch({ type: "start", total: (payload as { total: number }).total });
    else if (event === "test") dispatch({ type: "test", test: payload as TestResult });
    else if (event === "done") return dispatch({ type: "done", result: payload as JudgeResult | SubmitResult });
    else if (event === "error") {
      throw new JudgeStreamError(field(payload, "code") ?? "internal_error", field(payload, "message") ?? "Judging failed.", field(payload, "requestId"));
    }
  }
  throw new JudgeStreamError("stream_ended", "The connection closed before the verdict arrived. Try again.");
}
