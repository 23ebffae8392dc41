import type { ProblemSummary } from "./api.ts";

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Where the candidate stands on a problem: an Accepted submission, submissions but none Accepted, or none. */
export const PROBLEM_STATUSES = ["solved", "tried", "new"] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export const SORTS = ["default", "title", "difficulty", "difficulty-desc"] as const;
export type ProblemSort = (typeof SORTS)[number];

/** What the list shows; "" means "any". Kept in the URL's query so a filtered list can be shared and reloaded. */
export interface ProblemFilters {
  query: string;
  difficulty: Difficulty | "";
  tag: string;
  area: string;
  status: ProblemStatus | "";
  sort: ProblemSort;
}

export const NO_FILTERS: ProblemFilters = { query: "", difficulty: "", tag: "", area: "", status: "", sort: "default" };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | "" {
  return values.find((v) => v === value) ?? "";
}

export function filtersFromSearch(search: string): ProblemFilters {
  const params = new URLSearchParams(search);
  return {
    query: params.get("q") ?? "",
    difficulty: oneOf(DIFFICULTIES, params.get("difficulty")),
    tag: params.get("tag") ?? "",
    area: params.get("area") ?? "",
    status: oneOf(PROBLEM_STATUSES, params.get("status")),
    sort: oneOf(SORTS, params.get("sort")) || "default",
  };
}

/** The query string for `filters` ("" when nothing is set), with only the fields that differ from no filter. */
export function filtersToSearch(filters: ProblemFilters): string {
  const params = new URLSearchParams();
  if (filters.query.trim()) params.set("q", filters.query);
  if (filters.difficulty) params.set("difficulty", filters.difficulty);
  if (filters.tag) params.set("tag", filters.tag);
  if (filters.area) params.set("area", filters.area);
  if (filters.status) params.set("status", filters.status);
  if (filters.sort !== "default") params.set("sort", filters.sort);
  const text = params.toString();
  return text ? `?${text}` : "";
}

const RANK: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };
const byTitle = (a: ProblemSummary, b: ProblemSummary) => a.title.localeCompare(b.title, "en", { sensitivity: "base" });

/**
 * The problems `filters` lets through, in its order. The search matches every word against the
 * title, slug, tags and area name, ignoring case.
 */
export function filterProblems(
  problems: readonly ProblemSummary[],
  filters: ProblemFilters,
  statusOf: (slug: string) => ProblemStatus,
  areaName: (area: string) => string = (area) => area,
): ProblemSummary[] {
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  const kept = problems.filter((p) => {
    if (filters.difficulty && p.difficulty !== filters.difficulty) return false;
    if (filters.tag && !p.tags.includes(filters.tag)) return false;
    if (filters.area && p.area !== filters.area) return false;
    if (filters.status && statusOf(p.slug) !== filters.status) return false;
    const haystack = [p.title, p.slug, areaName(p.area), ...p.tags].join(" ").toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  switch (filters.sort) {
    case "title":
      return kept.sort(byTitle);
    case "difficulty":
      return kept.sort((a, b) => RANK[a.difficulty] - RANK[b.difficulty] || byTitle(a, b));
    case "difficulty-desc":
      return kept.sort((a, b) => RANK[b.difficulty] - RANK[a.difficulty] || byTitle(a, b));
    default:
      return kept;
  }
}

/** Every tag in use, sorted, for the tag filter. */
export function tagsOf(problems: readonly ProblemSummary[]): string[] {
  return [...new Set(problems.flatMap((p) => p.tags))].sort();
}
