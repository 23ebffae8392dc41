import { useId } from "react";
import { ROADMAP_AREAS, type RoadmapArea } from "../../../server/src/problems/areas.ts";
import { DIFFICULTIES, NO_FILTERS, PROBLEM_STATUSES, type ProblemFilters, type ProblemSort } from "../lib/problem-filters.ts";

const SORT_LABELS: Record<ProblemSort, string> = {
  default: "Default",
  title: "Title (A–Z)",
  difficulty: "Difficulty (easy first)",
  "difficulty-desc": "Difficulty (hard first)",
};
const STATUS_LABELS = { solved: "Solved", tried: "Tried", new: "New" } as const;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface ProblemFiltersFormProps {
  filters: ProblemFilters;
  onChange: (filters: ProblemFilters) => void;
  tags: string[];
  areas: RoadmapArea[];
}

/** Search, filters and sort for the problem list; every control is a native one, so all work by keyboard. */
export function ProblemFiltersForm({ filters, onChange, tags, areas }: ProblemFiltersFormProps) {
  const id = useId();
  const set = (change: Partial<ProblemFilters>) => onChange({ ...filters, ...change });
  return (
    <search className="problem-filters">
      <div className="filter">
        <label htmlFor={`${id}-q`}>Search</label>
        <input id={`${id}-q`} type="search" value={filters.query} onChange={(e) => set({ query: e.target.value })} placeholder="Title, tag or area" />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-difficulty`}>Difficulty</label>
        <select id={`${id}-difficulty`} value={filters.difficulty} onChange={(e) => set({ difficulty: e.target.value as ProblemFilters["difficulty"] })}>
          <option value="">Any</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {capitalize(d)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-tag`}>Tag</label>
        <select id={`${id}-tag`} value={filters.tag} onChange={(e) => set({ tag: e.target.value })}>
          <option value="">Any</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-area`}>Roadmap area</label>
        <select id={`${id}-area`} value={filters.area} onChange={(e) => set({ area: e.target.value })}>
          <option value="">Any</option>
          {areas.map((a) => (
            <option key={a} value={a}>
              {ROADMAP_AREAS[a]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={filters.status} onChange={(e) => set({ status: e.target.value as ProblemFilters["status"] })}>
          <option value="">Any</option>
          {PROBLEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select id={`${id}-sort`} value={filters.sort} onChange={(e) => set({ sort: e.target.value as ProblemSort })}>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="secondary" onClick={() => onChange(NO_FILTERS)} disabled={JSON.stringify(filters) === JSON.stringify(NO_FILTERS)}>
        Clear filters
      </button>
    </search>
  );
}
