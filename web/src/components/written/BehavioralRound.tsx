import type { ReactNode } from "react";
import type { PublicRubric } from "../../lib/api.ts";
import { answerOf, SCORING_LABELS, STAR_PARTS, type WrittenDraft } from "../../lib/written.ts";
import { PhaseTimer } from "./PhaseTimer.tsx";
import { SectionedAnswer } from "./SectionedAnswer.tsx";

const ANSWER_MINUTES = [{ name: "Answer", minutes: 3 }] as const;

export interface BehavioralRoundProps {
  rubric: PublicRubric;
  draft: WrittenDraft;
  onChange: (draft: WrittenDraft) => void;
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

/** The behavioral round: a question, a story told free or in STAR form, Submit. */
export function BehavioralRound({ rubric, draft, onChange, onSubmit, submitting, error, locked = false, before, status, children, submitLabels = SCORING_LABELS }: BehavioralRoundProps) {
  const answer = answerOf(STAR_PARTS, draft);
  return (
    <article className="written-round behavioral-round">
      {before}
      <h1>{rubric.title}</h1>
      <p className="prompt">{rubric.prompt}</p>
      <PhaseTimer phases={ANSWER_MINUTES} label="Aim for" />
      <SectionedAnswer titles={STAR_PARTS} draft={draft} onChange={onChange} guidedName="STAR form" readOnly={locked} />
      {error && <p className="notice notice-error">{error}</p>}
      <button type="button" onClick={onSubmit} disabled={locked || submitting || answer === ""}>
        {submitting ? submitLabels[1] : submitLabels[0]}
      </button>
      {status}
      {children}
    </article>
  );
}
