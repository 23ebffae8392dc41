import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { FeedbackOutcome, FeedbackRun } from "../services/answers/feedback.ts";

/** A comment line every this often while the model thinks, so proxies and browsers keep the stream open. */
export const FEEDBACK_HEARTBEAT_MS = 15_000;

/** The outcome, or null when `ms` pass first; the timer is cleared either way. */
async function within<T>(work: Promise<T>, ms: number): Promise<{ value: T } | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work.then((value) => ({ value })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Streams AI feedback as Server-Sent Events: `status` ({ status: "off", message } and the end,
 * or { status: "pending", model }), `: heartbeat` comments while waiting, then `feedback` (the
 * validated result, flags included) or `error` ({ message }) when the model failed. Bad input was
 * refused before the stream opens. A client that leaves aborts the model's request.
 */
export function streamFeedback(c: Context, run: FeedbackRun, model: string | null, heartbeatMs = FEEDBACK_HEARTBEAT_MS) {
  const cancel = new AbortController();
  const leave = () => cancel.abort();
  // Either may notice first: the request's signal (the socket closed) or the stream's reader cancelled.
  c.req.raw.signal.addEventListener("abort", leave, { once: true });
  const outcome: Promise<FeedbackOutcome> = run(cancel.signal);
  return streamSSE(c, async (stream) => {
    stream.onAbort(leave);
    if (model !== null) await stream.writeSSE({ event: "status", data: JSON.stringify({ status: "pending", model }) });
    let done = await within(outcome, heartbeatMs);
    while (!done && !stream.aborted) {
      await stream.write(": heartbeat\n\n");
      done = await within(outcome, heartbeatMs);
    }
    const result = done?.value ?? (await outcome);
    if (stream.aborted) return;
    if (result.status === "off") await stream.writeSSE({ event: "status", data: JSON.stringify({ status: "off", message: result.message }) });
    else if (result.feedback.status === "ok") await stream.writeSSE({ event: "feedback", data: JSON.stringify(result.feedback) });
    else await stream.writeSSE({ event: "error", data: JSON.stringify({ message: result.feedback.message, model: result.feedback.model }) });
  });
}
