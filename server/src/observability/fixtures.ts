import { Writable } from "node:stream";
import { createLogger, type Logger } from "./logger.ts";

/** A logger writing into an array, for tests that read back what was logged, one parsed JSON object per line. */
export function capturedLogger(level: "info" | "debug" = "info"): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim() !== "") lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger({ level, destination }), lines };
}

/** One series' value from a Prometheus text exposition, or undefined when the series is absent. */
export function sample(exposition: string, series: string): number | undefined {
  const line = exposition.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
