import type { SetView } from "../sets/get.ts";
import type { AttemptResultSummary, ItemResultSummary } from "./view.ts";

/**
 * Spreadsheets run a cell starting with one of these as a formula, and some skip leading spaces
 * and tabs before looking: a candidate's name must never be one. A tab or CR alone starts one too.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; text that looks like a formula is defused with a leading '. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(fields: (string | number | null)[]): string {
  return fields.map(csvField).join(",");
}

function outcomeOf(item: ItemResultSummary | undefined): string | null {
  if (!item) return null;
  if (item.verdict !== undefined) return `${item.verdict} ${item.passed ?? 0}/${item.total ?? 0}`;
  if (item.score !== undefined) return `${item.score}/100`;
  return null;
}

/** One row per attempt, a column pair (points, outcome) per item position, CRLF line ends. */
export function resultsCsv(results: { set: SetView; attempts: AttemptResultSummary[] }): string {
  // Headed by what the attempts pinned (the set may have changed since), then the set's own items.
  const titles = new Map<number, string>();
  for (const attempt of results.attempts) for (const item of attempt.items) if (!titles.has(item.position)) titles.set(item.position, item.title);
  for (const item of results.set.items) if (!titles.has(item.position)) titles.set(item.position, item.title);
  const positions = [...titles.keys()].sort((a, b) => a - b);

  const header = ["Candidate", "Email", "Status", "Started at", "Closed at", "Time taken (minutes)", "Points", "Max points"];
  for (const position of positions) header.push(`${position}. ${titles.get(position)} (points)`, `${position}. ${titles.get(position)} (result)`);
  const rows = results.attempts.map((a) => {
    const fields: (string | number | null)[] = [
      a.candidate.name,
      a.candidate.email,
      a.status,
      a.startedAt,
      a.closedAt,
      a.timeTakenMs === null ? null : Math.round(a.timeTakenMs / 600) / 100,
      a.awardedPoints,
      a.maxPoints,
    ];
    for (const position of positions) {
      const item = a.items.find((i) => i.position === position);
      fields.push(item?.awardedPoints ?? null, outcomeOf(item));
    }
    return csvRow(fields);
  });
  return `${[csvRow(header), ...rows].join("\r\n")}\r\n`;
}
