import type { Readable } from "node:stream";

export type WorkerOutputStream = "stdout" | "stderr";
/** One line a judge worker printed, cut to size: for the log, never copied raw to the server's own output. */
export type WorkerOutputListener = (line: { stream: WorkerOutputStream; text: string }) => void;

/** A worker dying of V8 out-of-memory prints a few dozen lines of GC and stack; enough to say why, no more. */
export const MAX_WORKER_LINES = 20;
export const MAX_WORKER_LINE_CHARS = 300;

/**
 * Reads a worker's stdout and stderr to the end (an unread pipe would block the worker once full)
 * and hands on at most MAX_WORKER_LINES lines of MAX_WORKER_LINE_CHARS characters per worker,
 * then one line saying how many more were dropped.
 */
export function forwardWorkerOutput(streams: Partial<Record<WorkerOutputStream, Readable | null>>, listener: WorkerOutputListener | undefined): void {
  let forwarded = 0;
  let dropped = 0;
  let open = 0;
  const emit = (stream: WorkerOutputStream, text: string) => {
    if (text.trim() === "") return;
    if (forwarded >= MAX_WORKER_LINES) dropped++;
    else {
      forwarded++;
      listener?.({ stream, text: text.length > MAX_WORKER_LINE_CHARS ? `${text.slice(0, MAX_WORKER_LINE_CHARS)}…` : text });
    }
  };
  for (const [name, stream] of Object.entries(streams) as [WorkerOutputStream, Readable | null | undefined][]) {
    if (!stream) continue;
    open++;
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const lines = (pending + chunk).split("\n");
      // The unfinished last line is kept only as far as it could be logged.
      pending = (lines.pop() ?? "").slice(0, MAX_WORKER_LINE_CHARS + 1);
      for (const line of lines) emit(name, line);
    });
    stream.on("error", () => {});
    stream.on("end", () => {
      emit(name, pending);
      if (--open === 0 && dropped > 0) listener?.({ stream: name, text: `(${dropped} more lines from this worker not logged)` });
    });
  }
}
