import type { FormIssue } from "./team-coding.ts";

export type ItemSource = "bank" | "team";

/** Something a set may hold: a bank problem or rubric, or one of the team's published problems. */
export interface CatalogEntry {
  source: ItemSource;
  /** A bank slug or rubric id; a team problem's id. */
  ref: string;
  kind: string;
  title: string;
}

export interface SetItemRow extends CatalogEntry {
  /** Points as typed. */
  points: string;
}

export interface SetForm {
  title: string;
  instructions: string;
  timeLimitMinutes: string;
  resultsVisibleToCandidate: boolean;
  items: SetItemRow[];
}

/** What POST and PUT /api/teams/:teamId/sets(/:setId) take. */
export interface SetInput {
  title: string;
  instructions: string;
  timeLimitMinutes: number;
  resultsVisibleToCandidate: boolean;
  items: { source: ItemSource; ref: string; points: number }[];
}

export const KIND_LABELS: Record<string, string> = {
  coding: "Coding",
  design: "Design",
  behavioral: "Behavioral",
  leadership: "Leadership",
  concept: "Concept",
};
export const kindLabel = (kind: string) => KIND_LABELS[kind] ?? kind;

/** Default points: a coding problem or design prompt weighs more than a short answer. */
export const defaultPoints = (kind: string) => (kind === "coding" || kind === "design" ? 10 : 5);

/** A day, as the server caps it (server/src/services/sets/schema.ts). */
const MAX_MINUTES = 24 * 60;
const MAX_POINTS = 1_000;
const MAX_ITEMS = 50;

export const emptySetForm = (): SetForm => ({ title: "", instructions: "", timeLimitMinutes: "90", resultsVisibleToCandidate: false, items: [] });

export const itemKey = (item: Pick<CatalogEntry, "source" | "ref">) => `${item.source}:${item.ref}`;

export function addItem(items: readonly SetItemRow[], entry: CatalogEntry): SetItemRow[] {
  return [...items, { ...entry, points: String(defaultPoints(entry.kind)) }];
}

/** The items with the one at `index` moved by `by` places (clamped at the ends). */
export function moveItem<T>(items: readonly T[], index: number, by: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, index + by));
  const item = items[index];
  if (item === undefined || to === index) return [...items];
  const rest = items.filter((_, i) => i !== index);
  return [...rest.slice(0, to), item, ...rest.slice(to)];
}

export function composeSetInput(form: SetForm): { ok: true; input: SetInput } | { ok: false; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  if (!form.title.trim()) issues.push({ field: "title", message: "Give the set a title." });
  const minutes = Number(form.timeLimitMinutes);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MINUTES) issues.push({ field: "timeLimitMinutes", message: `The time limit is a whole number of minutes, from 1 to ${MAX_MINUTES}.` });
  if (form.items.length === 0) issues.push({ field: "items", message: "Add at least one problem." });
  if (form.items.length > MAX_ITEMS) issues.push({ field: "items", message: `A set holds at most ${MAX_ITEMS} problems.` });
  const items = form.items.map((item, i) => {
    const points = Number(item.points);
    if (!Number.isInteger(points) || points < 1 || points > MAX_POINTS) {
      issues.push({ field: `items.${i}.points`, message: `${item.title}: points are a whole number from 1 to ${MAX_POINTS}.` });
    }
    return { source: item.source, ref: item.ref, points };
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    input: { title: form.title.trim(), instructions: form.instructions, timeLimitMinutes: minutes, resultsVisibleToCandidate: form.resultsVisibleToCandidate, items },
  };
}

interface StoredSet {
  title: string;
  instructions: string;
  timeLimitMinutes: number;
  resultsVisibleToCandidate: boolean;
  items: readonly { position: number; source: ItemSource; ref: string; kind: string; title: string; points: number }[];
}

export function setFormFromSet(set: StoredSet): SetForm {
  return {
    title: set.title,
    instructions: set.instructions,
    timeLimitMinutes: String(set.timeLimitMinutes),
    resultsVisibleToCandidate: set.resultsVisibleToCandidate,
    items: [...set.items].sort((a, b) => a.position - b.position).map(({ source, ref, kind, title, points }) => ({ source, ref, kind, title, points: String(points) })),
  };
}

export interface CatalogGroup {
  label: string;
  entries: CatalogEntry[];
}

/**
 * What the set builder offers, grouped: the team's published problems first, then the bank by
 * kind. Entries already in the set and those not matching `filter` (title, ref or kind) are left out.
 */
export function catalogGroups(
  team: readonly { id: string; kind: string; title: string; status: string }[],
  bankProblems: readonly { slug: string; title: string }[],
  bankRubrics: readonly { id: string; kind: string; title: string }[],
  taken: readonly Pick<CatalogEntry, "source" | "ref">[],
  filter = "",
): CatalogGroup[] {
  const used = new Set(taken.map(itemKey));
  const needle = filter.trim().toLowerCase();
  const keep = (e: CatalogEntry) => !used.has(itemKey(e)) && (!needle || `${e.title} ${e.ref} ${e.kind}`.toLowerCase().includes(needle));
  const teamEntries: CatalogEntry[] = team.filter((p) => p.status === "published").map((p) => ({ source: "team", ref: p.id, kind: p.kind, title: p.title }));
  const bank: CatalogEntry[] = [
    ...bankProblems.map((p): CatalogEntry => ({ source: "bank", ref: p.slug, kind: "coding", title: p.title })),
    ...bankRubrics.map((r): CatalogEntry => ({ source: "bank", ref: r.id, kind: r.kind, title: r.title })),
  ];
  const groups: CatalogGroup[] = [{ label: "Team problems", entries: teamEntries.filter(keep) }];
  for (const kind of Object.keys(KIND_LABELS)) {
    groups.push({ label: `Bank: ${kindLabel(kind)}`, entries: bank.filter((e) => e.kind === kind && keep(e)) });
  }
  return groups.filter((g) => g.entries.length > 0);
}

export const totalPoints = (items: readonly SetItemRow[]) => items.reduce((sum, item) => sum + (Number(item.points) || 0), 0);
