import { lazy, type ReactNode, Suspense, useEffect, useRef, useState } from "react";
import { api, type DiagramReadingView, type PublicRubric } from "../../lib/api.ts";
import { answerOf, DESIGN_PHASES, DESIGN_SECTIONS, SCORING_LABELS, type WrittenDraft } from "../../lib/written.ts";
import { PhaseTimer } from "./PhaseTimer.tsx";
import { SectionedAnswer } from "./SectionedAnswer.tsx";

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

// Excalidraw is megabytes: it loads with this round only, its fonts from our own /excalidraw/ (see web/vite.config.ts).
const Whiteboard = lazy(() => {
  window.EXCALIDRAW_ASSET_PATH = `${window.location.origin}/excalidraw/`;
  return import("./Whiteboard.tsx");
});

const READ_DELAY_MS = 600;

export interface DesignRoundProps {
  rubric: PublicRubric;
  draft: WrittenDraft;
  onChange: (draft: WrittenDraft) => void;
  /** Changes to start the whiteboard again from `draft.scene` (a draft restored from elsewhere). */
  boardKey: number;
  onSubmit: () => void;
  submitting: boolean;
  error: string | null;
  /** The answer can be read but not changed (an attempt that has closed). */
  locked?: boolean;
  /** Above the title (an attempt's bar). */
  before?: ReactNode;
  /** Beside the submit button (how saving goes). */
  status?: ReactNode;
  /** Under the answer: the scorecard, earlier attempts. */
  children?: ReactNode;
  /** The submit button, idle and busy. */
  submitLabels?: readonly [string, string];
}

/** The design round: prompt, whiteboard (read back as it is drawn), the answer in sections, Submit. */
export function DesignRound({ rubric, draft, onChange, boardKey, onSubmit, submitting, error, locked = false, before, status, children, submitLabels = SCORING_LABELS }: DesignRoundProps) {
  const [reading, setReading] = useState<DiagramReadingView | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  // The whiteboard reports changes between renders: it must build on the latest draft, not the one it rendered with.
  const latest = useRef(draft);
  latest.current = draft;
  const change = (next: WrittenDraft) => {
    latest.current = next;
    onChange(next);
  };

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

  const answer = answerOf(DESIGN_SECTIONS, draft);
  return (
    <article className="written-round design-round">
      {before}
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
        <Whiteboard key={boardKey} initialScene={latest.current.scene} onChange={(s) => change({ ...latest.current, scene: s })} readOnly={locked} />
      </Suspense>
      <section className="understood" aria-live="polite" aria-labelledby="understood-title">
        <h3 id="understood-title">What I understood</h3>
        {readError ? <p className="notice notice-error">{readError}</p> : <p>{reading?.summary ?? "Draw components from the palette and connect them with arrows."}</p>}
      </section>
      <h2>Your answer</h2>
      <SectionedAnswer titles={DESIGN_SECTIONS} draft={draft} onChange={change} guidedName="Sections" rows={3} readOnly={locked} />
      {error && <p className="notice notice-error">{error}</p>}
      <button type="button" onClick={onSubmit} disabled={locked || submitting || answer === ""}>
        {submitting ? submitLabels[1] : submitLabels[0]}
      </button>
      {status}
      {children}
    </article>
  );
}
