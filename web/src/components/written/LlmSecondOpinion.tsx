import { useEffect, useState } from "react";
import type { LlmFeedback } from "../../../../server/src/scoring/llm.ts";
import { type AnswerInput, api } from "../../lib/api.ts";
import { readSse } from "../../lib/sse.ts";

type State = { status: "waiting" } | { status: "pending"; model: string } | { status: "off"; message: string } | { status: "done"; feedback: LlmFeedback } | { status: "failed"; message: string };

function parse(data: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The AI reviewer's view of a scored answer, streamed; says so plainly when no model is configured. */
export function LlmSecondOpinion({ input }: { input: AnswerInput }) {
  const [state, setState] = useState<State>({ status: "waiting" });
  const key = JSON.stringify(input);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the input, serialized.
  useEffect(() => {
    const abort = new AbortController();
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
      if (!abort.signal.aborted) setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    });
    return () => abort.abort();
  }, [key]);

  return (
    <section className="llm-opinion" aria-live="polite">
      <h3>AI second opinion</h3>
      {state.status === "waiting" && <p>Asking for AI feedback…</p>}
      {state.status === "pending" && <p>Waiting for {state.model}…</p>}
      {state.status === "off" && <p className="muted">LLM feedback is off. {state.message}</p>}
      {state.status === "failed" && <p className="notice notice-error">{state.message}</p>}
      {state.status === "done" && state.feedback.status === "ok" && (
        <>
          <p>{state.feedback.overall}</p>
          <ul>
            {state.feedback.criteria.map((c) => (
              <li key={c.id}>
                <strong>{c.id}</strong>: level {c.level} (scorer: {c.scorerLevel}){c.flagged ? " — the two disagree, worth a look" : ""}. {c.suggestion}
              </li>
            ))}
          </ul>
          <p className="muted">From {state.feedback.model}.</p>
        </>
      )}
    </section>
  );
}
