import { describe, expect, it } from "vitest";
import { readSse, SseParser } from "./sse.ts";

describe("SseParser", () => {
  it("parses named events, joins data lines and skips comments", () => {
    const parser = new SseParser();
    expect(parser.feed(': keep-alive\n\nevent: test\ndata: {"a":1}\n\nevent: done\ndata: line one\ndata: line two\n\n')).toEqual([
      { event: "test", data: '{"a":1}' },
      { event: "done", data: "line one\nline two" },
    ]);
  });

  it("waits for the blank line, however the text is split", () => {
    const parser = new SseParser();
    const text = 'event: test\r\ndata: {"n":1}\r\n\r\ndata: plain\r\n\r\n';
    const events = [...text].flatMap((ch) => parser.feed(ch));
    expect(events).toEqual([
      { event: "test", data: '{"n":1}' },
      { event: "message", data: "plain" },
    ]);
  });

  it("ignores an event without data", () => {
    expect(new SseParser().feed("event: start\n\n")).toEqual([]);
  });
});

describe("readSse", () => {
  it("reads events from a byte stream, multi-byte characters split across chunks included", async () => {
    const bytes = new TextEncoder().encode('event: test\ndata: {"name":"café ✓"}\n\nevent: done\ndata: {}\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 5) controller.enqueue(bytes.slice(i, i + 5));
        controller.close();
      },
    });
    const events = [];
    for await (const event of readSse(body)) events.push(event);
    expect(events).toEqual([
      { event: "test", data: '{"name":"café ✓"}' },
      { event: "done", data: "{}" },
    ]);
  });
});
