import { useEffect, useState } from "react";
import { AttemptHistory } from "../components/written/AttemptHistory.tsx";
import { BehavioralRound } from "../components/written/BehavioralRound.tsx";
import { LlmSecondOpinion } from "../components/written/LlmSecondOpinion.tsx";
import { Scorecard } from "../components/written/Scorecard.tsx";
import { Improvement, StarReport } from "../components/written/StarReport.tsx";
import { type AnswerInput, api, type AnswerResult } from "../lib/api.ts";
import type { Highlight } from "../lib/highlight.ts";
import { useDocumentTitle, useLoad } from "../lib/useLoad.ts";
import { useWrittenRecord } from "../lib/useWrittenRecord.ts";
import { addWrittenAttempt, answerOf, draftFromAnswer, STAR_PARTS, saveWrittenDraft, type WrittenDraft } from "../lib/written.ts";

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
  const last = record.attempts.at(-1);
  const before = record.attempts.at(-2);

  function update(next: WrittenDraft) {
    setDraft(next);
    saveWrittenDraft(id, next);
  }

  async function submit() {
    setSubmitting(true);
    setError(null);
    const answer = answerOf(STAR_PARTS, draft);
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
    <BehavioralRound rubric={load.data} draft={draft} onChange={update} onSubmit={submit} submitting={submitting} error={error}>
      {last && (
        <Scorecard result={last.result} answer={last.answer} highlights={starHighlights(last.result.score)}>
          {before && <Improvement previous={before.result.score} current={last.result.score} />}
          <StarReport score={last.result.score} />
        </Scorecard>
      )}
      {sent && <LlmSecondOpinion input={sent} />}
      <AttemptHistory attempts={record.attempts} />
    </BehavioralRound>
  );
}
