import type { Context, Next } from "hono";
import type { RequestIdVariables } from "hono/request-id";
import { type SSEMessage, streamSSE } from "hono/streaming";
import type { JudgeEvents } from "../services/problems/events.ts";
import { describeError } from "./errors.ts";

type AppContext = Context<{ Variables: RequestIdVariables }>;

/** True when the client asked for Server-Sent Events (`Accept: text/event-stream`). */
export function wantsEventStream(c: Context): boolean {
  const accept = c.req.header("Accept") ?? "";
  return accept.split(",").some((part) => part.split(";")[0]?.trim().toLowerCase() === "text/event-stream");
}

/**
 * Middleware for a judging route: answers as a stream when the client asks for one, else lets
 * the JSON handler answer. (As middleware, its plain Response stays out of the route's typed
 * JSON contract that the `hc` client sees.)
 */
export async function streamWhenAsked<R>(c: AppContext, next: Next, judging: (events: JudgeEvents) => Promise<R>): Promise<Response | undefined> {
  if (wantsEventStream(c)) return streamJudging(c, judging);
  await next();
  return undefined;
}

/**
 * Answers a judging as Server-Sent Events: `start` ({ total }) when the test count is known,
 * `test` per finished test, then `done` with the whole result, or `error` with the one error
 * body if it fails midway. The stream opens (HTTP 200) only once the judge has accepted the
 * job, or it is over: an error before that (unknown problem, oversized code, a full queue or
 * the client's cap) still reaches `onError` and is answered as the usual JSON, a refusal as
 * 429 with Retry-After. A `start` known earlier (the reference run) waits for the stream.
 */
export async function streamJudging<R>(c: AppContext, judging: (events: JudgeEvents) => Promise<R>): Promise<Response> {
  const queue: SSEMessage[] = [];
  let wake: () => void = () => {};
  let outcome: { ok: true; value: R } | { ok: false; error: Error } | undefined;
  const push = (message: SSEMessage) => {
    if (outcome) return;
    queue.push(message);
    wake();
  };
  const changed = () => new Promise<void>((resolve) => (wake = resolve));

  let accept: () => void = () => {};
  const accepted = new Promise<void>((resolve) => (accept = resolve));
  const result = judging({
    onPlan: (plan) => push({ event: "start", data: JSON.stringify(plan) }),
    onTest: (test) => {
      // A finished test means the job was taken, whether or not the judge said so.
      accept();
      push({ event: "test", data: JSON.stringify(test) });
    },
    onAccepted: () => accept(),
  });
  await Promise.race([result, accepted]);
  result.then(
    (value) => {
      outcome = { ok: true, value };
      wake();
    },
    (error: unknown) => {
      outcome = { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
      wake();
    },
  );

  return streamSSE(c, async (stream) => {
    for (;;) {
      const next = changed();
      while (queue.length > 0) await stream.writeSSE(queue.shift()!);
      if (outcome) break;
      await next;
    }
    while (queue.length > 0) await stream.writeSSE(queue.shift()!);
    if (outcome.ok) await stream.writeSSE({ event: "done", data: JSON.stringify(outcome.value) });
    else await stream.writeSSE({ event: "error", data: JSON.stringify(describeError(outcome.error, c).body) });
  });
}
