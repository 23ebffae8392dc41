import { describe, expect, it } from "vitest";
import type { ProblemSummary } from "./api.ts";
import { filterProblems, filtersFromSearch, filtersToSearch, NO_FILTERS, type ProblemStatus, tagsOf } from "./problem-filters.ts";

function problem(slug: string, title: string, difficulty: ProblemSummary["difficulty"], tags: string[], area: ProblemSummary["area"] = "algorithms"): ProblemSummary {
  return { slug, title, difficulty, tags, area };
}

const PROBLEMS = [
  problem("lru-cache", "LRU Cache", "medium", ["hashing", "design"]),
  problem("two-sum", "Two Sum Indices", "easy", ["hashing", "arrays"]),
  problem("debounce", "Debounce", "medium", ["timers"], "javascript-typescript"),
  problem("islands", "Number of Islands", "hard", ["graphs"]),
  problem("bucket", "Token Bucket", "easy", ["rate-limiting"], "system-design"),
];
const STATUS: Record<string, ProblemStatus> = { "lru-cache": "solved", debounce: "tried" };
const statusOf = (slug: string) => STATUS[slug] ?? "new";
const slugs = (list: ProblemSummary[]) => list.map((p) => p.slug);

describe("filterProblems", () => {
  it("keeps the server's order without filters", () => {
    expect(slugs(filterProblems(PROBLEMS, NO_FILTERS, statusOf))).toEqual(["lru-cache", "two-sum", "debounce", "islands", "bucket"]);
  });

  it("matches every search word against title, slug, tags and area name, ignoring case", () => {
    const areaName = (area: string) => (area === "javascript-typescript" ? "JavaScript / TypeScript" : area);
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, query: "HASHING cache" }, statusOf))).toEqual(["lru-cache"]);
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, query: "javascript" }, statusOf, areaName))).toEqual(["debounce"]);
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, query: "  islands  " }, statusOf))).toEqual(["islands"]);
    expect(filterProblems(PROBLEMS, { ...NO_FILTERS, query: "heap" }, statusOf)).toEqual([]);
  });

  it("filters by difficulty, tag, area and status together", () => {
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, difficulty: "easy" }, statusOf))).toEqual(["two-sum", "bucket"]);
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, tag: "hashing", difficulty: "medium" }, statusOf))).toEqual(["lru-cache"]);
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, area: "system-design" }, statusOf))).toEqual(["bucket"]);
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, status: "solved" }, statusOf))).toEqual(["lru-cache"]);
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, status: "tried" }, statusOf))).toEqual(["debounce"]);
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, status: "new" }, statusOf))).toEqual(["two-sum", "islands", "bucket"]);
  });

  it("sorts by title, and by difficulty either way with title breaking ties", () => {
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, sort: "title" }, statusOf))).toEqual(["debounce", "lru-cache", "islands", "bucket", "two-sum"]);
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, sort: "difficulty" }, statusOf))).toEqual(["bucket", "two-sum", "debounce", "lru-cache", "islands"]);
    expect(slugs(filterProblems(PROBLEMS, { ...NO_FILTERS, sort: "difficulty-desc" }, statusOf))).toEqual(["islands", "debounce", "lru-cache", "bucket", "two-sum"]);
  });

  it("never reorders the list it was given", () => {
    const copy = [...PROBLEMS];
    filterProblems(copy, { ...NO_FILTERS, sort: "title" }, statusOf);
    expect(copy).toEqual(PROBLEMS);
  });
});

describe("filters in the query string", () => {
  it("round-trips every field", () => {
    const filters = { query: "two sum", difficulty: "easy", tag: "hashing", area: "algorithms", status: "new", sort: "difficulty" } as const;
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
  });

  it("writes nothing for no filters and ignores values it does not know", () => {
    expect(filtersToSearch(NO_FILTERS)).toBe("");
    expect(filtersFromSearch("?difficulty=extreme&status=done&sort=random&q=x")).toEqual({ ...NO_FILTERS, query: "x" });
  });
});

describe("tagsOf", () => {
  it("lists each tag once, sorted", () => {
    expect(tagsOf(PROBLEMS)).toEqual(["arrays", "design", "graphs", "hashing", "rate-limiting", "timers"]);
  });
});
