import type { AnswerResult } from "./api.ts";
import { isRecord, readStored, writeStored } from "./storage.ts";

/** The sections of a structured design answer, in the order an interviewer expects them. */
export const DESIGN_SECTIONS = [
  "Requirements",
  "Estimates",
  "API",
  "Data model",
  "High-level design",
  "Deep dives",
  "Scaling and reliability",
  "Security",
  "Cost",
  "Trade-offs",
] as const;

export const STAR_PARTS = ["Situation", "Task", "Action", "Result"] as const;

/** The design interview's phases and their usual minutes. */
export const DESIGN_PHASES = [
  { name: "Requirements", minutes: 5 },
  { name: "Core entities", minutes: 2 },
  { name: "API", minutes: 5 },
  { name: "High-level design", minutes: 15 },
  { name: "Deep dives", minutes: 10 },
] as const;

/** Filled sections as one document, each under a "## Section" heading; empty ones left out. */
export function joinSections(titles: readonly string[], values: Readonly<Record<string, string>>): string {
  return titles
    .map((title) => [title, (values[title] ?? "").trim()] as const)
    .filter(([, text]) => text !== "")
    .map(([title, text]) => `## ${title}\n${text}`)
    .join("\n\n");
}

/** The submit button of a written round, idle and busy. */
export const SCORING_LABELS = ["Submit for scoring", "Scoring…"] as const;

/** The answer a draft makes: the filled sections joined, or the free text. */
export function answerOf(titles: readonly string[], draft: WrittenDraft): string {
  return draft.mode === "free" ? draft.free.trim() : joinSections(titles, draft.sections);
}

/** A sent answer back as a draft: in sections when it is made of them (as `joinSections` writes), else free. */
export function draftFromAnswer(titles: readonly string[], answer: string, scene?: unknown): WrittenDraft {
  const parts = answer.split(/^## (.+)\n/m);
  const sections: Record<string, string> = {};
  for (let i = 1; i < parts.length; i += 2) sections[parts[i] ?? ""] = (parts[i + 1] ?? "").trim();
  const structured = parts.length > 1 && (parts[0] ?? "").trim() === "" && Object.keys(sections).every((t) => titles.includes(t));
  return { ...(structured ? { mode: "sections", sections, free: "" } : { mode: "free", sections: {}, free: answer }), ...(scene ? { scene } : {}) };
}

/** What the candidate is writing: sections or one document, and the whiteboard. */
export interface WrittenDraft {
  mode: "sections" | "free";
  sections: Record<string, string>;
  free: string;
  scene?: unknown;
}

/** A scored attempt as this browser keeps it, newest last. */
export interface WrittenAttempt {
  at: number;
  answer: string;
  scene?: unknown;
  result: AnswerResult;
}

export interface WrittenRecord {
  draft?: WrittenDraft;
  attempts: WrittenAttempt[];
}

/** Attempts kept per question: the latest few are enough to compare. */
export const MAX_KEPT_ATTEMPTS = 5;

const key = (rubricId: string) => `rehearse:written:${rubricId}`;

function parseRecord(value: unknown): WrittenRecord | undefined {
  if (!isRecord(value) || !Array.isArray(value.attempts)) return undefined;
  const attempts = value.attempts.filter((a): a is WrittenAttempt => isRecord(a) && typeof a.answer === "string" && isRecord(a.result) && isRecord(a.result.score));
  const d = value.draft;
  const draft: WrittenDraft | undefined =
    isRecord(d) && (d.mode === "sections" || d.mode === "free") && isRecord(d.sections) && typeof d.free === "string"
      ? { mode: d.mode === "free" ? "free" : "sections", sections: Object.fromEntries(Object.entries(d.sections).filter((e): e is [string, string] => typeof e[1] === "string")), free: d.free, ...(d.scene ? { scene: d.scene } : {}) }
      : undefined;
  return { attempts, ...(draft ? { draft } : {}) };
}

export function readWritten(rubricId: string): WrittenRecord {
  return readStored(key(rubricId), parseRecord) ?? { attempts: [] };
}

export function saveWrittenDraft(rubricId: string, draft: WrittenDraft): void {
  writeStored(key(rubricId), { ...readWritten(rubricId), draft });
}

/**
 * The attempts kept here and on the server as one list, oldest first: a server attempt this
 * browser already has (same id) is not repeated.
 */
export function mergeAttempts(local: readonly WrittenAttempt[], server: readonly WrittenAttempt[]): WrittenAttempt[] {
  const known = new Set(local.flatMap((a) => (a.result.id ? [a.result.id] : [])));
  return [...local, ...server.filter((a) => !a.result.id || !known.has(a.result.id))].sort((a, b) => a.at - b.at).slice(-MAX_KEPT_ATTEMPTS);
}

/** Replaces the kept attempts (after merging in the server's). */
export function saveWrittenAttempts(rubricId: string, attempts: WrittenAttempt[]): WrittenRecord {
  const next = { ...readWritten(rubricId), attempts };
  writeStored(key(rubricId), next);
  return next;
}

export function addWrittenAttempt(rubricId: string, attempt: WrittenAttempt): WrittenRecord {
  const record = readWritten(rubricId);
  const next = { ...record, attempts: [...record.attempts, attempt].slice(-MAX_KEPT_ATTEMPTS) };
  writeStored(key(rubricId), next);
  return next;
}
