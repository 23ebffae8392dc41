import { useEffect, useId, useState } from "react";
import type { LlmFeedback } from "../../../../server/src/scoring/llm.ts";
import { type AnswerInput, api } from "../../lib/api.ts";
import { type FeedbackRefusal, feedbackRefusal } from "../../lib/feedback-refusal.ts";
import { formatDateTime } from "../../lib/format.ts";
import { paths, usePathname } from "../../lib/router.ts";
import { readSse } from "../../lib/sse.ts";
import { Link } from "../Link.tsx";
import { SecondOpinionView } from "./SecondOpinionView.tsx";

type State =
  | { status: "waiting" }
  | { status: "pending"; model: string }
  | { status: "off"; message: string }
  | { status: "done"; feedback: LlmFeedback }
  | { status: "refused"; refusal: FeedbackRefusal }
  | { status: "failed"; message: string };

function parse(data: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function Refusal({ refusal }: { refusal: FeedbackRefusal }) {
  const here = usePathname();
  if (refusal.kind === "sign-in") {
    return (
      <p className="notice">
        AI feedback is for signed-in users. <Link href={paths.signIn(here)}>Sign in</Link> or <Link href={paths.signUp(here)}>create an account</Link> to get it.
      </p>
    );
  }
  return (
    <p className="notice notice-error">
      {refusal.message}
      {refusal.retryAt && (
        <>
          {" "}
          You can ask again from <time dateTime={refusal.retryAt.toISOString()}>{formatDateTime(refusal.retryAt)}</time>.
        </>
      )}
    </p>
  );
}

/** The AI reviewer's view of a scored answer, streamed; says so plainly when no model is configured, the visitor must sign in, or the quota is spent. */
export function LlmSecondOpinion({ input }: { input: AnswerInput }) {
  const [state, setState] = useState<State>({ status: "waiting" });
  const headingId = useId();
  const key = JSON.stringify(input);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the input, serialized.
  useEffect(() => {
    // Leaving the page aborts the stream, and the server then stops the model's request.
    const abort = new AbortController();
    setState({ status: "waiting" });
    (async () => {
      const response = await api.answerFeedbackStream(input, abort.signal);
      if (!response.body) throw new Error("The feedback stream had no body.");
      for await (const { event, data } of readSse(response.body)) {
        const body = parse(data);
        if (event === "status" && body.status === "off") setState({ status: "off", message: String(body.message ?? "LLM feedback is off.") });
        else if (event === "status") setState({ status: "pending", model: String(body.model ?? "the model") });
        else if (event === "feedback") setState({ status: "done", feedback: body as unknown as LlmFeedback });
        else if (event === "error") setState({ status: "failed", message: String(body.message ?? "The model failed.") });
      }
    })().catch((error: unknown) => {
      if (abort.signal.aborted) return;
      const refusal = feedbackRefusal(error);
      setState(refusal ? { status: "refused", refusal } : { status: "failed", message: error instanceof Error ? error.message : String(error) });
    });
    return () => abort.abort();
  }, [key]);

  const busy = state.status === "waiting" || state.status === "pending";
  return (
    <section className="llm-opinion" aria-labelledby={headingId} aria-busy={busy}>
      <h3 id={headingId}>AI second opinion</h3>
      <div aria-live="polite">
        {state.status === "waiting" && <p>Asking for AI feedback…</p>}
        {state.status === "pending" && <p>Waiting for {state.model}…</p>}
        {state.status === "off" && <p className="muted">LLM feedback is off. {state.message}</p>}
        {state.status === "refused" && <Refusal refusal={state.refusal} />}
        {state.status === "failed" && <p className="notice notice-error">{state.message}</p>}
        {state.status === "done" && state.feedback.status === "ok" && <p className="muted">From {state.feedback.model}. Quotes shown are your own words, found in your answer.</p>}
      </div>
      {state.status === "done" && <SecondOpinionView feedback={state.feedback} />}
    </section>
  );
}
