import { isRecord, readStored, writeStored } from "./storage.ts";

/** Solved: some submission was Accepted. Tried: submitted, never Accepted. Problems not in the record are new. */
export type ProgressState = "solved" | "tried";
export type ProgressRecord = Record<string, ProgressState>;

const KEY = "rehearse:progress";

/** Folds one submission's verdict into the record: once solved, a problem stays solved. */
export function recordVerdict(record: ProgressRecord, slug: string, verdict: string): ProgressRecord {
  const state: ProgressState = verdict === "Accepted" || record[slug] === "solved" ? "solved" : "tried";
  return record[slug] === state ? record : { ...record, [slug]: state };
}

export function parseProgress(value: unknown): ProgressRecord | undefined {
  if (!isRecord(value)) return undefined;
  const record: ProgressRecord = {};
  for (const [slug, state] of Object.entries(value)) if (state === "solved" || state === "tried") record[slug] = state;
  return record;
}

/** What this browser remembers of the candidate's own submissions, for when nobody is signed in. */
export function readLocalProgress(): ProgressRecord {
  return readStored(KEY, parseProgress) ?? {};
}

export function rememberVerdict(slug: string, verdict: string): void {
  writeStored(KEY, recordVerdict(readLocalProgress(), slug, verdict));
}
