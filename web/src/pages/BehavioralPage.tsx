import { useEffect, useState } from "react";
import { AttemptHistory } from "../components/written/AttemptHistory.tsx";
import { LlmSecondOpinion } from "../components/written/LlmSecondOpinion.tsx";
import { PhaseTimer } from "../components/written/PhaseTimer.tsx";
import { Scorecard } from "../components/written/Scorecard.tsx";
import { SectionedAnswer } from "../components/written/SectionedAnswer.tsx";
import { Improvement, StarReport } from "../components/written/StarReport.tsx";
import { type AnswerInput, api, type AnswerResult } from "../lib/api.ts";
import type { Highlight } from "../lib/highlight.ts";
import { useDocumentTitle, useLoad } from "../lib/useLoad.ts";
import { useWrittenRecord } from "../lib/useWrittenRecord.ts";
import { addWrittenAttempt, draftFromAnswer, joinSections, STAR_PARTS, saveWrittenDraft, type WrittenDraft } from "../lib/written.ts";

const ANSWER_MINUTES = [{ name: "Answer", minutes: 3 }] as const;

/** The STAR parts coloured over the answer, where the scorer found them. */
function starHighlights(score: AnswerResult["score"]): Highlight[] {
  return (score.star?.parts ?? []).flatMap(({ part, quote }) =>
    quote?.start !== undefined && quote.end !== undefined ? [{ start: quote.start, end: quote.end, label: part, tone: `star-${part.toLowerCase()}` }] : [],
  );
}

export function BehavioralPage({ id }: { id: string }) {
  const load = useLoad(id, () => api.getRubric(id));
  const { record, setRecord, restored } = useWrittenRecord(id);
  const [draft, setDraft] = useState<WrittenDraft>(() => record.draft ?? { mode: "sections", sections: {}, free: "" });
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<AnswerInput | null>(null);
  useDocumentTitle(load.state === "ready" ? load.data.title : "Behavioral");
  useEffect(() => {
    if (restored) setDraft(draftFromAnswer(STAR_PARTS, restored.answer));
  }, [restored]);

  if (load.state === "loading") return <p>Loading the question…</p>;
  if (load.state === "failed") return <p className="notice notice-error">{load.error.message}</p>;
  const rubric = load.data;
  const answer = draft.mode === "free" ? draft.free.trim() : joinSections(STAR_PARTS, draft.sections);
  const last = record.attempts.at(-1);
  const before = record.attempts.at(-2);

  function update(next: WrittenDraft) {
    setDraft(next);
    saveWrittenDraft(id, next);
  }

  async function submit() {
    setSubmitting(true);
    setError(null);
    const input: AnswerInput = { rubricId: id, answer };
    try {
      const result = await api.submitAnswer(input);
      setRecord(addWrittenAttempt(id, { at: Date.now(), answer, result }));
      setSent(input);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <article className="written-round behavioral-round">
      <h1>{rubric.title}</h1>
      <p className="prompt">{rubric.prompt}</p>
      <PhaseTimer phases={ANSWER_MINUTES} label="Aim for" />
      <SectionedAnswer titles={STAR_PARTS} draft={draft} onChange={update} guidedName="STAR form" />
      {error && <p className="notice notice-error">{error}</p>}
      <button type="button" onClick={submit} disabled={submitting || answer === ""}>
        {submitting ? "Scoring…" : "Submit for scoring"}
      </button>
      {last && (
        <Scorecard result={last.result} answer={last.answer} highlights={starHighlights(last.result.score)}>
          {before && <Improvement previous={before.result.score} current={last.result.score} />}
          <StarReport score={last.result.score} />
        </Scorecard>
      )}
      {sent && <LlmSecondOpinion input={sent} />}
      <AttemptHistory attempts={record.attempts} />
    </article>
  );
}
