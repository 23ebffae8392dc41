import { useState } from "react";
import { type AnswerResult, api, type ModelAnswerReveal as Reveal } from "../../lib/api.ts";

type State = { phase: "idle" | "loading" } | { phase: "shown"; reveal: Reveal } | { phase: "failed"; message: string };

/**
 * "Show model answer", after an attempt: the server records that this user saw it, so their
 * later answers to the question are marked and left out of progress. Asked from a kept answer,
 * so only a signed-in user can ask.
 */
export function ModelAnswerReveal({ answerId, onRevealed }: { answerId: string | undefined; onRevealed?: (score: AnswerResult["score"]) => void }) {
  const [state, setState] = useState<State>({ phase: "idle" });
  if (!answerId) return <p className="muted">Sign in to keep your attempts and see the model answer after one.</p>;

  async function reveal(id: string) {
    setState({ phase: "loading" });
    try {
      const shown = await api.revealModelAnswer(id);
      setState({ phase: "shown", reveal: shown });
      onRevealed?.(shown.score);
    } catch (e) {
      setState({ phase: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  }

  if (state.phase !== "shown") {
    return (
      <div className="model-answer-reveal">
        <button type="button" className="secondary" disabled={state.phase === "loading"} onClick={() => reveal(answerId)}>
          {state.phase === "loading" ? "Loading…" : "Show model answer"}
        </button>
        <p className="muted">Once you have seen it, your later answers to this question are marked as given after seeing the model answer and do not count in your progress.</p>
        {state.phase === "failed" && <p className="notice notice-error">{state.message}</p>}
      </div>
    );
  }
  return (
    <section className="model-answer" aria-label="Model answer">
      <h3>Model answer</h3>
      {state.reveal.modelAnswer.criteria.map((c) => (
        <div key={c.id}>
          <h4>{c.title}</h4>
          {c.modelAnswer && <p>{c.modelAnswer}</p>}
          {c.concepts.length > 0 && <p className="muted">What earns points: {c.concepts.join(", ")}.</p>}
          {c.keyIdeas.length > 0 && <p className="muted">Key ideas: {c.keyIdeas.join("; ")}.</p>}
        </div>
      ))}
    </section>
  );
}
