import { describe, expect, it } from "vitest";
import type { JudgeResult, TestResult } from "./api.ts";
import { consumeJudgeStream, type Judging, type JudgingEvent, judgingReducer } from "./judging.ts";

function test(index: number, status: TestResult["status"] = "passed"): TestResult {
  return { index, name: `t${index}`, file: "a.sample.test.ts", visibility: "sample", status, durationMs: 1, console: [] };
}

const RESULT: JudgeResult = {
  verdict: "Wrong Answer",
  message: 'Wrong Answer on test "t1"',
  tests: [test(0), test(1, "failed")],
  summary: { total: 2, passed: 1, failed: 1, skipped: 0 },
  runtimeMs: 2,
};

const run = (events: JudgingEvent[]) => events.reduce<Judging | null>(judgingReducer, null);

describe("judgingReducer", () => {
  it("collects tests in order as they arrive, then settles on the result", () => {
    const judging = run([{ type: "begin", kind: "run" }, { type: "start", total: 2 }, { type: "test", test: test(1, "failed") }, { type: "test", test: test(0) }]);
    expect(judging).toMatchObject({ phase: "judging", kind: "run", total: 2 });
    expect(judging?.tests.map((t) => t.index)).toEqual([0, 1]);

    const done = judgingReducer(judging, { type: "done", result: RESULT });
    expect(done).toMatchObject({ phase: "done", total: 2, result: RESULT, tests: RESULT.tests });
  });

  it("keeps the tests that arrived when judging fails", () => {
    const failed = run([{ type: "begin", kind: "submit" }, { type: "test", test: test(0) }, { type: "failed", error: new Error("gone") }]);
    expect(failed).toMatchObject({ phase: "failed", kind: "submit", tests: [test(0)] });
  });

  it("shows the wait a refusal asked for, and plain progress again once the retry is taken", () => {
    const waiting = run([{ type: "begin", kind: "submit" }, { type: "busy", retryInSeconds: 7 }]);
    expect(waiting).toMatchObject({ phase: "judging", kind: "submit", retryInSeconds: 7 });
    const retried = judgingReducer(waiting, { type: "begin", kind: "submit" });
    expect(retried).toEqual({ phase: "judging", kind: "submit", total: undefined, tests: [] });
    const refusedAgain = judgingReducer(waiting, { type: "failed", error: new Error("still busy") });
    expect(refusedAgain).toMatchObject({ phase: "failed", error: new Error("still busy") });
  });

  it("starts afresh on a new request and ignores events for a finished one", () => {
    const done = run([{ type: "begin", kind: "run" }, { type: "done", result: RESULT }]);
    expect(judgingReducer(done, { type: "test", test: test(5) })).toBe(done);
    expect(judgingReducer(done, { type: "begin", kind: "submit" })).toEqual({ phase: "judging", kind: "submit", total: undefined, tests: [] });
  });
});

function body(text: string): ReadableStream<Uint8Array> {
  return new Response(text).body!;
}

describe("consumeJudgeStream", () => {
  it("turns the server's events into judging events", async () => {
    const events: JudgingEvent[] = [];
    const text = `event: start\ndata: {"total":2}\n\nevent: test\ndata: ${JSON.stringify(test(0))}\n\nevent: done\ndata: ${JSON.stringify(RESULT)}\n\n`;
    await consumeJudgeStream(body(text), (e) => events.push(e));
    expect(events).toEqual([
      { type: "start", total: 2 },
      { type: "test", test: test(0) },
      { type: "done", result: RESULT },
    ]);
  });

  it("throws the server's error event as an ApiError", async () => {
    const text = 'event: error\ndata: {"code":"internal_error","message":"Something went wrong.","requestId":"r1"}\n\n';
    await expect(consumeJudgeStream(body(text), () => {})).rejects.toMatchObject({ code: "internal_error", message: "Something went wrong.", requestId: "r1" });
  });

  it("throws when the stream ends without a verdict", async () => {
    await expect(consumeJudgeStream(body(`event: test\ndata: ${JSON.stringify(test(0))}\n\n`), () => {})).rejects.toMatchObject({ code: "stream_ended" });
  });
});
