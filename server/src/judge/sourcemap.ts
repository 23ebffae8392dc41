import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";
import type { SourceLocation } from "./types.ts";

/**
 * Stack traces from the isolate name generated JavaScript positions; this puts them back on
 * the lines the candidate (or the test author) wrote, and drops the harness's own frames.
 */
export class SourceMaps {
  private readonly maps = new Map<string, TraceMap>();
  private readonly raw = new Map<string, string>();

  add(file: string, map: string): void {
    this.raw.set(file, map);
  }

  private get(file: string): TraceMap | undefined {
    let m = this.maps.get(file);
    if (!m) {
      const raw = this.raw.get(file);
      if (!raw) return undefined;
      m = new TraceMap(raw);
      this.maps.set(file, m);
    }
    return m;
  }

  locate(file: string, line: number, column: number): SourceLocation | undefined {
    const map = this.get(file);
    if (!map) return undefined;
    const pos = originalPositionFor(map, { line, column: Math.max(0, column - 1) });
    return pos.line === null ? undefined : { file, line: pos.line, column: (pos.column ?? 0) + 1 };
  }

  /** Rewrites a V8 stack; returns it with the first frame in each of `prefer`'s files. */
  mapStack(stack: string): { stack: string; frames: SourceLocation[] } {
    const frames: SourceLocation[] = [];
    const lines: string[] = [];
    for (const line of stack.split("\n")) {
      const m = /^\s+at (?:(.*?) \()?([^()\s]+):(\d+):(\d+)\)?$/.exec(line);
      if (!m) {
        if (!/^\s+at /.test(line)) lines.push(line);
        continue;
      }
      const [, fn, file = "", l = "0", c = "0"] = m;
      const loc = this.locate(file, Number(l), Number(c));
      if (!loc) continue;
      frames.push(loc);
      lines.push(`    at ${fn ? `${fn} (` : ""}${loc.file}:${loc.line}:${loc.column}${fn ? ")" : ""}`);
    }
    return { stack: lines.join("\n"), frames };
  }
}
