import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { forwardWorkerOutput, MAX_WORKER_LINE_CHARS, MAX_WORKER_LINES, type WorkerOutputListener } from "./worker-output.ts";

function collect(): { lines: Parameters<WorkerOutputListener>[0][]; listener: WorkerOutputListener } {
  const lines: Parameters<WorkerOutputListener>[0][] = [];
  return { lines, listener: (line) => lines.push(line) };
}

const ended = (stream: PassThrough) => new Promise((resolve) => stream.on("end", resolve));

describe("forwardWorkerOutput", () => {
  it("hands on whole lines from each stream, even when a chunk splits one", async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const { lines, listener } = collect();
    forwardWorkerOutput({ stdout, stderr }, listener);
    stderr.write("<--- Last few GCs --->\nFATAL ERROR: Reached heap ");
    stderr.end("limit Allocation failed\n\n");
    stdout.end("no newline at the end");
    await Promise.all([ended(stdout), ended(stderr)]);
    expect(lines).toEqual([
      { stream: "stderr", text: "<--- Last few GCs --->" },
      { stream: "stderr", text: "FATAL ERROR: Reached heap limit Allocation failed" },
      { stream: "stdout", text: "no newline at the end" },
    ]);
  });

  it("bounds a worker's lines and their length, then says how many it dropped", async () => {
    const stderr = new PassThrough();
    const { lines, listener } = collect();
    forwardWorkerOutput({ stderr }, listener);
    stderr.write(`${"x".repeat(100_000)}\n`);
    for (let i = 0; i < 500; i++) stderr.write(`frame ${i}\n`);
    stderr.end();
    await ended(stderr);
    expect(lines).toHaveLength(MAX_WORKER_LINES + 1);
    expect(lines[0]?.text).toHaveLength(MAX_WORKER_LINE_CHARS + 1);
    expect(lines.every((l) => l.text.length <= MAX_WORKER_LINE_CHARS + 1)).toBe(true);
    expect(lines.at(-1)?.text).toBe(`(${501 - MAX_WORKER_LINES} more lines from this worker not logged)`);
  });

  it("reads everything even with no listener, so a chatty worker never blocks on a full pipe", async () => {
    const stdout = new PassThrough({ highWaterMark: 16 });
    forwardWorkerOutput({ stdout }, undefined);
    stdout.end(Buffer.alloc(1024 * 1024, "a"));
    // "end" comes only once every byte was read: an unread pipe never gets here (the test would time out).
    await ended(stdout);
    expect(stdout.readableLength).toBe(0);
  });
});
