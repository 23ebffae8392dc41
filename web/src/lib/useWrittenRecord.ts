import { useEffect, useState } from "react";
import { api } from "./api.ts";
import { useSession } from "./session.tsx";
import { mergeAttempts, readWritten, saveWrittenAttempts, type WrittenAttempt, type WrittenRecord } from "./written.ts";

/**
 * A question's draft and attempts: this browser's at once, then, when signed in, the ones kept
 * on the server merged in (so another browser's attempts show up). `restored` is set when the
 * server gave an attempt and this browser had nothing: the page starts from it.
 */
export function useWrittenRecord(rubricId: string): {
  record: WrittenRecord;
  setRecord: (record: WrittenRecord) => void;
  restored: WrittenAttempt | null;
} {
  const { user } = useSession();
  const [record, setRecord] = useState(() => readWritten(rubricId));
  const [restored, setRestored] = useState<WrittenAttempt | null>(null);
  const userId = user?.id;

  useEffect(() => {
    if (!userId) return;
    let current = true;
    api.listAnswers(rubricId).then(
      (kept) => {
        if (!current || kept.length === 0) return;
        const server: WrittenAttempt[] = kept.map((a) => ({
          at: Date.parse(a.createdAt),
          answer: a.answer,
          ...(a.scene ? { scene: a.scene } : {}),
          result: { id: a.id, score: a.score, afterModelAnswer: a.afterModelAnswer },
        }));
        const local = readWritten(rubricId);
        const next = saveWrittenAttempts(rubricId, mergeAttempts(local.attempts, server));
        setRecord(next);
        if (!local.draft && local.attempts.length === 0) setRestored(next.attempts.at(-1) ?? null);
      },
      () => {
        // The server's copy is a bonus: this browser's record still stands.
      },
    );
    return () => {
      current = false;
    };
  }, [rubricId, userId]);

  return { record, setRecord, restored };
}
