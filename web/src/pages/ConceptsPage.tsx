import { useId, useState } from "react";
import { ModelAnswerReveal } from "../components/written/ModelAnswerReveal.tsx";
import { ScoreNotices } from "../components/written/ScoreNotices.tsx";
import { type AnswerResult, api, type RubricSummary } from "../lib/api.ts";
import { useDocumentTitle, useLoad } from "../lib/useLoad.ts";

/** Questions in a round of concept checks. */
export const ROUND_SIZE = 5;
const MIXED = "mixed";

function pickRound(all: readonly RubricSummary[], area: string): RubricSummary[] {
  const pool = all.filter((r) => r.kind === "concept" && (area === MIXED || r.area === area));
  const shuffled = [...pool];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled.slice(0, ROUND_SIZE);
}

/** Which key ideas were named, once the model answer is seen; before that only how many, so the count is no answer key. */
function KeyIdeas({ score }: { score: AnswerResult["score"] }) {
  if (score.answerKey === "revealed") {
    return (
      <>
        <p>Key ideas found: {score.keyIdeas?.found.join("; ") || "none"}</p>
        <p>Key ideas missed: {score.keyIdeas?.missed.join("; ") || "none"}</p>
      </>
    );
  }
  const count = score.keyIdeaCount;
  return count ? <p>Key ideas covered: {count.found} of {count.total}. {score.criteria.flatMap((c) => c.missing).join("; ")}</p> : null;
}

type Outcome = { status: "scored"; result: AnswerResult } | { status: "failed"; message: string };

export function ConceptsPage() {
  const load = useLoad("rubrics", api.listRubrics);
  const [area, setArea] = useState(MIXED);
  const [round, setRound] = useState<RubricSummary[] | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [outcomes, setOutcomes] = useState<Record<string, Outcome> | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const id = useId();
  useDocumentTitle("Concept checks");

  if (load.state === "loading") return <p>Loading…</p>;
  if (load.state === "failed") return <p className="notice notice-error">{load.error.message}</p>;
  const concepts = load.data.filter((r) => r.kind === "concept");
  const areas = [...new Set(concepts.flatMap((r) => (r.area ? [r.area] : [])))].sort();

  function start() {
    setRound(pickRound(concepts, area));
    setAnswers({});
    setOutcomes(null);
  }

  async function submit(questions: RubricSummary[]) {
    setSubmitting(true);
    const scored = await Promise.all(
      questions.map(async (q): Promise<[string, Outcome]> => {
        const answer = (answers[q.id] ?? "").trim();
        if (!answer) return [q.id, { status: "failed", message: "Not answered." }];
        try {
          return [q.id, { status: "scored", result: await api.submitAnswer({ rubricId: q.id, answer }) }];
        } catch (e) {
          return [q.id, { status: "failed", message: e instanceof Error ? e.message : String(e) }];
        }
      }),
    );
    setOutcomes(Object.fromEntries(scored));
    setSubmitting(false);
  }

  return (
    <article className="written-round concepts-round">
      <h1>Concept checks</h1>
      <p>A round of {ROUND_SIZE} short questions: answer each in a few sentences, then see how many key ideas you covered, and the model answer when you ask for it.</p>
      <div className="field">
        <label htmlFor={`${id}-area`}>Area</label>
        <select id={`${id}-area`} value={area} onChange={(e) => setArea(e.target.value)}>
          <option value={MIXED}>Mixed</option>
          {areas.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="secondary" onClick={start}>
        {round ? "New round" : "Start a round"}
      </button>
      {round && (
        <ol className="concept-questions">
          {round.map((q) => {
            const outcome = outcomes?.[q.id];
            return (
              <li key={q.id}>
                <label htmlFor={`${id}-${q.id}`}>{q.prompt}</label>
                <textarea id={`${id}-${q.id}`} rows={3} value={answers[q.id] ?? ""} onChange={(e) => setAnswers({ ...answers, [q.id]: e.target.value })} />
                {outcome?.status === "failed" && <p className="notice notice-error">{outcome.message}</p>}
                {outcome?.status === "scored" && (
                  <div className="concept-result">
                    <p>
                      Score: <strong>{outcome.result.score.total}</strong> / 100{outcome.result.score.reliability?.reliable === false && " (not reliable)"}
                    </p>
                    <ScoreNotices result={outcome.result} />
                    <KeyIdeas score={outcome.result.score} />
                    <ModelAnswerReveal answerId={outcome.result.id} />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {round && round.length === 0 && <p>No concept questions in this area yet.</p>}
      {round && round.length > 0 && (
        <button type="button" onClick={() => submit(round)} disabled={submitting}>
          {submitting ? "Scoring…" : "Submit the round"}
        </button>
      )}
    </article>
  );
}
