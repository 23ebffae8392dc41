import type { Problem } from "../problems/load.ts";
import { ROADMAP_AREA_IDS, ROADMAP_AREAS, type RoadmapArea } from "../problems/areas.ts";
import type { Rubric } from "../scoring/rubric.ts";
import { DESIGN_EXERCISES, EXTRA_BEHAVIORAL_ITEMS, LEADERSHIP_ITEMS } from "./roadmap.ts";

/** How much of the roadmap the bank covers: counts per area, and the items nothing practises. */
export interface AreaCoverage {
  area: RoadmapArea;
  title: string;
  coding: number;
  concept: number;
  design: number;
  behavioral: number;
}

export interface BankCoverage {
  areas: AreaCoverage[];
  missingDesignExercises: string[];
  missingLeadershipItems: string[];
  /** Areas with fewer than two coding problems and concept questions together. */
  thinAreas: RoadmapArea[];
}

export function bankCoverage(problems: readonly Problem[], rubrics: readonly Rubric[]): BankCoverage {
  const areas = ROADMAP_AREA_IDS.map((area) => ({
    area,
    title: ROADMAP_AREAS[area],
    coding: problems.filter((p) => p.area === area).length,
    concept: rubrics.filter((r) => r.kind === "concept" && r.area === area).length,
    design: rubrics.filter((r) => r.kind === "design" && r.area === area).length,
    behavioral: rubrics.filter((r) => (r.kind === "behavioral" || r.kind === "leadership") && r.area === area).length,
  }));
  const covered = (kinds: Rubric["kind"][]) => new Set(rubrics.filter((r) => kinds.includes(r.kind)).flatMap((r) => r.covers ?? []));
  const design = covered(["design"]);
  const leadership = covered(["behavioral", "leadership"]);
  return {
    areas,
    missingDesignExercises: DESIGN_EXERCISES.filter((x) => !design.has(x)),
    missingLeadershipItems: [...LEADERSHIP_ITEMS, ...EXTRA_BEHAVIORAL_ITEMS].filter((x) => !leadership.has(x)),
    thinAreas: areas.filter((a) => a.coding + a.concept < 2).map((a) => a.area),
  };
}

/** The README's coverage table. */
export function coverageTable(coverage: BankCoverage): string {
  const rows = coverage.areas.map((a) => `| ${a.title} | ${a.coding} | ${a.concept} | ${a.design} | ${a.behavioral} |`);
  const total = (k: "coding" | "concept" | "design" | "behavioral") => coverage.areas.reduce((n, a) => n + a[k], 0);
  return [
    "| Roadmap area | Coding problems | Concept questions | Design prompts | Behavioral / leadership |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows,
    `| **Total** | **${total("coding")}** | **${total("concept")}** | **${total("design")}** | **${total("behavioral")}** |`,
  ].join("\n");
}
