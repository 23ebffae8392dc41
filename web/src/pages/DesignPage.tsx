import { useEffect, useState } from "react";
import { AttemptHistory } from "../components/written/AttemptHistory.tsx";
import { DesignRound } from "../components/written/DesignRound.tsx";
import { LlmSecondOpinion } from "../components/written/LlmSecondOpinion.tsx";
import { Scorecard } from "../components/written/Scorecard.tsx";
import { type AnswerInput, api } from "../lib/api.ts";
import { useDocumentTitle, useLoad } from "../lib/useLoad.ts";
import { useWrittenRecord } from "../lib/useWrittenRecord.ts";
import { addWrittenAttempt, answerOf, draftFromAnswer, DESIGN_SECTIONS, saveWrittenDraft, type WrittenDraft } from "../lib/written.ts";

const EMPTY_DRAFT: WrittenDraft = { mode: "sections", sections: {}, free: "" };

export function DesignPage({ id }: { id: string }) {
  const load = useLoad(id, () => api.getRubric(id));
  const { record, setRecord, restored } = useWrittenRecord(id);
  const [draft, setDraft] = useState<WrittenDraft>(() => record.draft ?? EMPTY_DRAFT);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<AnswerInput | null>(null);
  // Bumped to start the whiteboard again from a scene restored from the server.
  const [boardKey, setBoardKey] = useState(0);
  useDocumentTitle(load.state === "ready" ? load.data.title : "Design");

  function update(next: WrittenDraft) {
    setDraft(next);
    saveWrittenDraft(id, next);
  }

  useEffect(() => {
    if (!restored) return;
    setDraft(draftFromAnswer(DESIGN_SECTIONS, restored.answer, restored.scene));
    setBoardKey((k) => k + 1);
  }, [restored]);

  if (load.state === "loading") return <p>Loading the prompt…</p>;
  if (load.state === "failed") return <p className="notice notice-error">{load.error.message}</p>;
  const last = record.attempts.at(-1);

  async function submit() {
    setSubmitting(true);
    setError(null);
    const answer = answerOf(DESIGN_SECTIONS, draft);
    const input: AnswerInput = { rubricId: id, answer, ...(draft.scene ? { scene: draft.scene } : {}) };
    try {
      const result = await api.submitAnswer(input);
      setRecord(addWrittenAttempt(id, { at: Date.now(), answer, ...(draft.scene ? { scene: draft.scene } : {}), result }));
      setSent(input);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <DesignRound rubric={load.data} draft={draft} onChange={update} boardKey={boardKey} onSubmit={submit} submitting={submitting} error={error}>
      {last && (
        <Scorecard result={last.result} answer={last.answer}>
          {last.result.diagram && <p className="diagram-summary">Diagram: {last.result.diagram.summary}</p>}
        </Scorecard>
      )}
      {sent && <LlmSecondOpinion input={sent} />}
      <AttemptHistory attempts={record.attempts} />
    </DesignRound>
  );
}
