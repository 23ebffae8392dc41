export interface RouteLatency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface LatencyReport {
  routes: Record<string, RouteLatency>;
  skipped: number;
}

/** Per-route nearest-rank p50/p95/p99 latency from access log lines, plus the number of malformed lines. */
export function latencyPercentiles(lines: string[]): LatencyReport {
  throw new Error("Not implemented");
}
