import { useCallback, useEffect, useReducer, useRef } from "react";
import { ApiError, api, type JudgeResult, type RunInput, type SubmitInput, type SubmitResult } from "./api.ts";
import { openWithOneRetry } from "./judge-retry.ts";
import { consumeJudgeStream, type JudgeKind, type JudgingEvent, judgingReducer } from "./judging.ts";

export type JudgeRequest = { kind: "run"; input: RunInput } | { kind: "submit"; input: SubmitInput };

/** Where Run and Submit go, answering as Server-Sent Events (see lib/judging.ts); a refusal throws an ApiError. */
export interface JudgeSource {
  run(input: RunInput, signal: AbortSignal): Promise<{ body: ReadableStream<Uint8Array> | null }>;
  submit(input: SubmitInput, signal: AbortSignal): Promise<{ body: ReadableStream<Uint8Array> | null }>;
}

/** Practice: the problem's own endpoints. */
export function practiceJudging(slug: string): JudgeSource {
  return {
    run: (input, signal) => api.runStream(slug, input, signal),
    submit: (input, signal) => api.submitStream(slug, input, signal),
  };
}

/**
 * Runs or submits and follows the result as it streams. A new request, or leaving the page,
 * stops following the previous one (the server still finishes and stores a submission). A
 * refusal with Retry-After (judge busy, server restarting) is shown as a wait and retried once.
 */
export function useJudging(source: JudgeSource, onResult: (kind: JudgeKind, result: JudgeResult | SubmitResult) => void) {
  const [judging, dispatch] = useReducer(judgingReducer, null);
  const controller = useRef<AbortController | null>(null);
  const onResultRef = useRef(onResult);
  onResultRef.current = onResult;

  useEffect(() => () => controller.current?.abort(), []);

  const judge = useCallback(
    async (request: JudgeRequest) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const { signal } = abort;
      const follow = (event: JudgingEvent) => {
        if (signal.aborted) return;
        dispatch(event);
        if (event.type === "done") onResultRef.current(request.kind, event.result);
      };
      follow({ type: "begin", kind: request.kind });
      try {
        const open = () => (request.kind === "run" ? source.run(request.input, signal) : source.submit(request.input, signal));
        const onWait = (seconds: number) => follow({ type: "busy", retryInSeconds: seconds });
        const response = await openWithOneRetry(open, onWait, signal);
        // The retry was taken: back to plain progress.
        follow({ type: "begin", kind: request.kind });
        if (!response.body) throw new ApiError(0, "no_body", "The server sent no results.");
        await consumeJudgeStream(response.body, follow);
      } catch (error) {
        if (signal.aborted) return;
        follow({ type: "failed", error: error instanceof Error ? error : new Error(String(error)) });
      }
    },
    [source],
  );

  return { judging, judge, pending: judging?.phase === "judging" ? judging.kind : null };
}

/** Ctrl/Cmd+Enter runs and Ctrl/Cmd+Shift+Enter submits, from anywhere on the page (the editor binds its own). */
export function useJudgeShortcuts(run: () => void, submit: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
      event.preventDefault();
      if (event.shiftKey) submit();
      else run();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [run, submit]);
}
