import { useId, useRef, useState } from "react";
import { ApiError } from "../../lib/api.ts";
import { type AttemptWrittenItem, attemptApi, type ItemSubmitResult } from "../../lib/attempt-api.ts";
import { toMs } from "../../lib/attempt-clock.ts";
import { answerOf, DESIGN_SECTIONS, draftFromAnswer, STAR_PARTS, type WrittenDraft } from "../../lib/written.ts";
import { BehavioralRound } from "../written/BehavioralRound.tsx";
import { DesignRound } from "../written/DesignRound.tsx";
import type { AttemptItemProps } from "./CodingItem.tsx";
import { localClockTime } from "./SaveStatus.tsx";

const SUBMIT_LABELS = ["Submit answer", "Submitting…"] as const;

function titlesOf(kind: AttemptWrittenItem["kind"]): readonly string[] {
  if (kind === "design") return DESIGN_SECTIONS;
  if (kind === "concept") return [];
  return STAR_PARTS;
}

function hasElements(scene: unknown): boolean {
  const elements = typeof scene === "object" && scene !== null ? (scene as { elements?: unknown }).elements : undefined;
  return Array.isArray(elements) && elements.length > 0;
}

/**
 * A written problem of an attempt (design, behavioral, leadership, concept): practice's round,
 * with the answer autosaved to the attempt and submitted to it. The server keeps the answer as
 * its text (what `joinSections` makes), so a reopened draft is read back with `draftFromAnswer`.
 */
export function WrittenItem({
  attemptId,
  position,
  item,
  autosave,
  locked,
  header,
  onClosed,
  onSubmitted,
  submittedAt,
  offsetMs,
}: AttemptItemProps & { item: AttemptWrittenItem; submittedAt: number | null; offsetMs: number }) {
  const titles = titlesOf(item.kind);
  const [draft, setDraft] = useState<WrittenDraft>(() =>
    autosave.initial ? draftFromAnswer(titles, autosave.initial.draft, autosave.initial.scene) : { mode: titles.length > 0 ? "sections" : "free", sections: {}, free: "" },
  );
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ItemSubmitResult | null>(null);
  const latest = useRef(draft);

  function update(changed: WrittenDraft) {
    // The whiteboard reports its empty scene as it mounts: that is no work worth saving yet.
    const untouchedBoard = latest.current.scene === undefined && !hasElements(changed.scene);
    if (untouchedBoard && changed.sections === latest.current.sections && changed.free === latest.current.free && changed.mode === latest.current.mode) return;
    const next = untouchedBoard ? { mode: changed.mode, sections: changed.sections, free: changed.free } : changed;
    latest.current = next;
    setDraft(next);
    autosave.change({ draft: answerOf(titles, next), ...(next.scene ? { scene: next.scene } : {}) });
  }

  async function submit() {
    const current = latest.current;
    const answer = answerOf(titles, current);
    setSubmitting(true);
    setError(null);
    autosave.flush();
    try {
      const submitted = await attemptApi.submitAnswer(attemptId, position, { answer, ...(current.scene ? { scene: current.scene } : {}) });
      setResult(submitted);
      onSubmitted();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) onClosed();
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSubmitting(false);
    }
  }

  const resultAt = result && "submittedAt" in result ? toMs(result.submittedAt as string | number | null) : null;
  const lastSubmitted = resultAt ?? submittedAt;
  // No score while the attempt runs, whatever the team shows later: a hint would let the candidate chase the lead's model answer.
  const outcome = lastSubmitted !== null && (
    <p className="attempt-submitted" role="status">
      Submitted {localClockTime(lastSubmitted, offsetMs)}.{locked ? "" : " You can change your answer and submit again until the time is up."} Written answers are scored when the attempt closes.
    </p>
  );
  const common = { rubric: item.rubric, draft, onChange: update, onSubmit: submit, submitting, error, locked, before: header, submitLabels: SUBMIT_LABELS };

  if (item.kind === "design") {
    return (
      <DesignRound {...common} boardKey={0}>
        {outcome}
      </DesignRound>
    );
  }
  if (item.kind === "concept") return <ConceptRound {...common}>{outcome}</ConceptRound>;
  return <BehavioralRound {...common}>{outcome}</BehavioralRound>;
}

/** A concept question: one answer, in a few sentences. */
function ConceptRound({
  rubric,
  draft,
  onChange,
  onSubmit,
  submitting,
  error,
  locked,
  before,
  submitLabels,
  children,
}: Omit<Parameters<typeof BehavioralRound>[0], "status">) {
  const id = useId();
  return (
    <article className="written-round concept-round">
      {before}
      <h1>{rubric.title}</h1>
      <p className="prompt">{rubric.prompt}</p>
      <div className="field">
        <label htmlFor={id}>Your answer</label>
        <textarea id={id} rows={8} readOnly={locked} value={draft.free} onChange={(e) => onChange({ ...draft, mode: "free", free: e.target.value })} />
      </div>
      {error && <p className="notice notice-error">{error}</p>}
      <button type="button" onClick={onSubmit} disabled={locked || submitting || draft.free.trim() === ""}>
        {submitting ? submitLabels?.[1] : submitLabels?.[0]}
      </button>
      {children}
    </article>
  );
}
