import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { AttemptHistory } from "../components/written/AttemptHistory.tsx";
import { LlmSecondOpinion } from "../components/written/LlmSecondOpinion.tsx";
import { PhaseTimer } from "../components/written/PhaseTimer.tsx";
import { Scorecard } from "../components/written/Scorecard.tsx";
import { SectionedAnswer } from "../components/written/SectionedAnswer.tsx";
import { type AnswerInput, api, type DiagramReadingView } from "../lib/api.ts";
import { useDocumentTitle, useLoad } from "../lib/useLoad.ts";
import { useWrittenRecord } from "../lib/useWrittenRecord.ts";
import { addWrittenAttempt, draftFromAnswer, DESIGN_PHASES, DESIGN_SECTIONS, joinSections, saveWrittenDraft, type WrittenDraft } from "../lib/written.ts";

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

// Excalidraw is megabytes: it loads with this page only, its fonts from our own /excalidraw/ (see web/vite.config.ts).
const Whiteboard = lazy(() => {
  window.EXCALIDRAW_ASSET_PATH = `${window.location.origin}/excalidraw/`;
  return import("../components/written/Whiteboard.tsx");
});

const READ_DELAY_MS = 600;
const EMPTY_DRAFT: WrittenDraft = { mode: "sections", sections: {}, free: "" };

export function DesignPage({ id }: { id: string }) {
  const load = useLoad(id, () => api.getRubric(id));
  const { record, setRecord, restored } = useWrittenRecord(id);
  const [draft, setDraft] = useState<WrittenDraft>(() => record.draft ?? EMPTY_DRAFT);
  const [reading, setReading] = useState<DiagramReadingView | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<AnswerInput | null>(null);
  const draftRef = useRef(draft);
  // Bumped to start the whiteboard again from a scene restored from the server.
  const [boardKey, setBoardKey] = useState(0);
  useDocumentTitle(load.state === "ready" ? load.data.title : "Design");

  function update(next: WrittenDraft) {
    draftRef.current = next;
    setDraft(next);
    saveWrittenDraft(id, next);
  }

  useEffect(() => {
    if (!restored) return;
    const next = draftFromAnswer(DESIGN_SECTIONS, restored.answer, restored.scene);
    draftRef.current = next;
    setDraft(next);
    setBoardKey((k) => k + 1);
  }, [restored]);

  const scene = draft.scene;
  useEffect(() => {
    if (!scene) return;
    const abort = new AbortController();
    const timer = window.setTimeout(() => {
      api.readDiagram(scene as object, abort.signal).then(
        (r) => {
          setReading(r);
          setReadError(null);
        },
        (e: unknown) => !abort.signal.aborted && setReadError(e instanceof Error ? e.message : String(e)),
      );
    }, READ_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [scene]);

  if (load.state === "loading") return <p>Loading the prompt…</p>;
  if (load.state === "failed") return <p className="notice notice-error">{load.error.message}</p>;
  const rubric = load.data;
  const answer = draft.mode === "free" ? draft.free.trim() : joinSections(DESIGN_SECTIONS, draft.sections);
  const last = record.attempts.at(-1);

  async function submit() {
    setSubmitting(true);
    setError(null);
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
    <article className="written-round design-round">
      <h1>{rubric.title}</h1>
      <p className="prompt">{rubric.prompt}</p>
      {rubric.brief?.constraintsToAsk && (
        <details open>
          <summary>Constraints to ask about</summary>
          <ul>
            {rubric.brief.constraintsToAsk.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </details>
      )}
      <PhaseTimer phases={DESIGN_PHASES} label="Phases" />
      <h2>Whiteboard</h2>
      <Suspense fallback={<p>Loading the whiteboard…</p>}>
        <Whiteboard key={boardKey} initialScene={draftRef.current.scene} onChange={(s) => update({ ...draftRef.current, scene: s })} />
      </Suspense>
      <section className="understood" aria-live="polite" aria-labelledby="understood-title">
        <h3 id="understood-title">What I understood</h3>
        {readError ? <p className="notice notice-error">{readError}</p> : <p>{reading?.summary ?? "Draw components from the palette and connect them with arrows."}</p>}
      </section>
      <h2>Your answer</h2>
      <SectionedAnswer titles={DESIGN_SECTIONS} draft={draft} onChange={update} guidedName="Sections" rows={3} />
      {error && <p className="notice notice-error">{error}</p>}
      <button type="button" onClick={submit} disabled={submitting || answer === ""}>
        {submitting ? "Scoring…" : "Submit for scoring"}
      </button>
      {last && (
        <Scorecard result={last.result} answer={last.answer}>
          {last.result.diagram && <p className="diagram-summary">Diagram: {last.result.diagram.summary}</p>}
        </Scorecard>
      )}
      {sent && <LlmSecondOpinion input={sent} />}
      <AttemptHistory attempts={record.attempts} />
    </article>
  );
}
