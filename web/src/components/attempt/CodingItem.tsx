import { type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import { ApiError } from "../../lib/api.ts";
import { type AttemptCodingItem, attemptApi } from "../../lib/attempt-api.ts";
import type { AttemptDraft } from "../../lib/attempt-draft.ts";
import type { JudgeKind } from "../../lib/judging.ts";
import type { JudgeSource } from "../../lib/useJudging.ts";
import { CodingWorkspace } from "../CodingWorkspace.tsx";
import { StatementPane } from "../StatementPane.tsx";

export interface AttemptItemProps {
  attemptId: string;
  position: number;
  autosave: AttemptDraft;
  locked: boolean;
  /** Above the title: the attempt bar, and why the work is locked when it is. */
  header: ReactNode;
  /** The server refused because the attempt has closed. */
  onClosed: () => void;
  /** A submission was stored: the overview's state changes. */
  onSubmitted: () => void;
}

/** A coding problem of an attempt: practice's coding round, with Run and Submit going to the attempt. */
export function CodingItem({ attemptId, position, item, autosave, locked, header, onClosed, onSubmitted }: AttemptItemProps & { item: AttemptCodingItem }) {
  const { problem } = item;
  const [code, setCodeState] = useState(() => autosave.initial?.draft ?? problem.starter);
  const { change, flush } = autosave;
  const callbacks = useRef({ onClosed, onSubmitted, flush });
  callbacks.current = { onClosed, onSubmitted, flush };

  const setCode = useCallback(
    (next: string) => {
      setCodeState(next);
      change({ draft: next });
    },
    [change],
  );

  const judgeSource = useMemo<JudgeSource>(() => {
    const closedOn409 = async <T,>(request: Promise<T>): Promise<T> => {
      try {
        return await request;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) callbacks.current.onClosed();
        throw error;
      }
    };
    return {
      run: (input, signal) => closedOn409(attemptApi.runStream(attemptId, position, input, signal)),
      submit: (input, signal) => {
        callbacks.current.flush();
        return closedOn409(attemptApi.submitStream(attemptId, position, { code: input.code }, signal));
      },
    };
  }, [attemptId, position]);

  const onResult = useCallback((kind: JudgeKind) => {
    if (kind === "submit") callbacks.current.onSubmitted();
  }, []);

  return (
    <CodingWorkspace
      problem={problem}
      header={
        <header className="problem-header">
          {header}
          <h1>{problem.title}</h1>
        </header>
      }
      statement={<StatementPane problem={problem} />}
      code={code}
      setCode={setCode}
      draftStatus={null}
      judgeSource={judgeSource}
      onResult={onResult}
      casesKey={`rehearse:attempt-cases:${attemptId}:${position}`}
      locked={locked}
    />
  );
}
