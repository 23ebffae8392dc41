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

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
const STATUS = /^[1-5]\d\d$/;
const LATENCY = /^(\d+(?:\.\d+)?)ms$/;

/** The route and latency of a valid line, or undefined when the line is malformed. */
function parseLine(line: string): { route: string; latencyMs: number } | undefined {
  const fields = line.split(/\s+/);
  if (fields.length !== 5) return undefined;
  const [timestamp, method, path, status, latency] = fields as [string, string, string, string, string];
  const latencyMatch = LATENCY.exec(latency);
  if (!TIMESTAMP.test(timestamp) || !METHODS.has(method) || !path.startsWith("/") || !STATUS.test(status) || !latencyMatch) {
    return undefined;
  }
  const queryStart = path.indexOf("?");
  const route = `${method} ${queryStart === -1 ? path : path.slice(0, queryStart)}`;
  return { route, latencyMs: Number(latencyMatch[1]) };
}

/** Nearest rank: the value at 1-based rank ceil(p * n / 100) of the ascending values. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p * sorted.length) / 100);
  return sorted[Math.max(rank, 1) - 1]!;
}

/** Per-route nearest-rank p50/p95/p99 latency from access log lines, plus the number of malformed lines. */
export function latencyPercentiles(lines: string[]): LatencyReport {
  const latenciesByRoute = new Map<string, number[]>();
  let skipped = 0;

  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    const parsed = parseLine(line);
    if (parsed === undefined) {
      skipped++;
      continue;
    }
    const latencies = latenciesByRoute.get(parsed.route);
    if (latencies) latencies.push(parsed.latencyMs);
    else latenciesByRoute.set(parsed.route, [parsed.latencyMs]);
  }

  const routes: Record<string, RouteLatency> = {};
  for (const [route, latencies] of latenciesByRoute) {
    const sorted = latencies.sort((a, b) => a - b);
    routes[route] = {
      count: sorted.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
    };
  }
  return { routes, skipped };
}
