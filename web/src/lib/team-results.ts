/** One item of one candidate's attempt, as GET .../sets/:setId/results gives it. */
export interface ResultItemInput {
  position: number;
  kind: string;
  title: string;
  points: number;
  awardedPoints?: number | null;
  verdict?: string | null;
  passed?: number | null;
  total?: number | null;
  score?: number | null;
}

export interface ResultAttemptInput {
  id: string;
  candidate: { name?: string | null; email: string };
  status: string;
  timeTakenMs?: number | null;
  awardedPoints?: number | null;
  maxPoints: number;
  items: readonly ResultItemInput[];
}

export interface ResultColumn {
  position: number;
  title: string;
  kind: string;
  points: number;
}

export interface ResultCell {
  /** "7 / 10", or "—" while nothing is graded. */
  points: string;
  /** What the work earned: a verdict and the tests passed, or the rubric score. */
  outcome: string;
  /** For styling: did it get every point, some, or none. */
  tone: "full" | "partial" | "none" | "pending";
}

export interface ResultRow {
  id: string;
  candidate: string;
  email: string;
  status: string;
  /** One per column, in column order; undefined when the attempt has no item at that position. */
  cells: (ResultCell | undefined)[];
  total: string;
  timeTaken: string;
}

export const ATTEMPT_STATUS_LABELS: Record<string, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  expired: "Time ran out",
};
export const attemptStatusLabel = (status: string) => ATTEMPT_STATUS_LABELS[status] ?? status;

const isClosed = (status: string) => status === "submitted" || status === "expired";

/** Points with at most one decimal: a rubric item's share of its points is rarely whole. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}

/** "1 h 05 min", "42 min", "35 s": how long an attempt ran. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return "—";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/** What an item's work came to, in words. */
export function itemOutcome(item: ResultItemInput): string {
  if (item.verdict) {
    const tests = item.passed !== null && item.passed !== undefined && item.total ? ` · ${item.passed}/${item.total} tests` : "";
    return `${item.verdict}${tests}`;
  }
  if (item.score !== null && item.score !== undefined) return `Score ${formatPoints(item.score)}/100`;
  return "No answer";
}

function cellOf(item: ResultItemInput, closed: boolean): ResultCell {
  const awarded = item.awardedPoints;
  const graded = awarded !== null && awarded !== undefined && (closed || Boolean(item.verdict) || item.score !== null && item.score !== undefined);
  if (!graded) return { points: `— / ${item.points}`, outcome: closed ? "No answer" : "Not graded yet", tone: "pending" };
  const tone = awarded >= item.points ? "full" : awarded > 0 ? "partial" : "none";
  return { points: `${formatPoints(awarded)} / ${item.points}`, outcome: itemOutcome(item), tone };
}

/**
 * Candidates side by side: a column per item position (titles as the first attempt holding it
 * pinned them), a row per attempt, in the order given.
 */
export function resultsTable(attempts: readonly ResultAttemptInput[]): { columns: ResultColumn[]; rows: ResultRow[] } {
  const byPosition = new Map<number, ResultColumn>();
  for (const attempt of attempts) {
    for (const item of attempt.items) {
      if (!byPosition.has(item.position)) byPosition.set(item.position, { position: item.position, title: item.title, kind: item.kind, points: item.points });
    }
  }
  const columns = [...byPosition.values()].sort((a, b) => a.position - b.position);
  const rows = attempts.map((attempt): ResultRow => {
    const closed = isClosed(attempt.status);
    const items = new Map(attempt.items.map((item) => [item.position, item]));
    const awarded = attempt.awardedPoints;
    return {
      id: attempt.id,
      candidate: attempt.candidate.name?.trim() || attempt.candidate.email,
      email: attempt.candidate.email,
      status: attemptStatusLabel(attempt.status),
      cells: columns.map((column) => {
        const item = items.get(column.position);
        return item ? cellOf(item, closed) : undefined;
      }),
      total: closed && awarded !== null && awarded !== undefined ? `${formatPoints(awarded)} / ${attempt.maxPoints}` : `— / ${attempt.maxPoints}`,
      timeTaken: formatDuration(attempt.timeTakenMs),
    };
  });
  return { columns, rows };
}
