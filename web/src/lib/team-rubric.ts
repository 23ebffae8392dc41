import { parse as parseYaml, stringify } from "yaml";
import { ROADMAP_AREAS, type RoadmapArea } from "../../../server/src/problems/areas.ts";
import { RUBRIC_ID_PATTERN, RUBRIC_KINDS, type RubricKind } from "../../../server/src/scoring/rubric.ts";
import type { Composed, FormIssue } from "./team-coding.ts";

/** A key concept: its name and synonyms (one a line, since a synonym may hold a comma). */
export interface ConceptRow {
  name: string;
  synonyms: string;
  /** Fields the form does not edit (abbreviations), kept as they were. */
  extra: Record<string, unknown>;
}

export const LEVEL_COUNT = 5;

export interface CriterionForm {
  id: string;
  title: string;
  weight: string;
  description: string;
  /** What levels 0 to 4 look like: all five, or none. */
  levels: string[];
  concepts: ConceptRow[];
  modelAnswer: string;
  /** Parts the answer should have, as in the file: a STAR part or design section, or a custom part with cues. */
  structure: unknown[];
  /** Signals the form does not edit (quantities, red flags, components, connections), kept as they were. */
  extra: Record<string, unknown>;
}

/** What a design prompt's brief lists, one item a line. */
export const BRIEF_FIELDS = {
  functional: "Functional requirements",
  nonFunctional: "Non-functional requirements",
  scale: "Scale (numbers for the estimates)",
  constraintsToAsk: "Constraints worth asking about",
  components: "Components of a strong answer",
  deepDives: "Deep-dive questions",
} as const;
export type BriefField = keyof typeof BRIEF_FIELDS;

export interface RubricForm {
  id: string;
  title: string;
  kind: RubricKind;
  prompt: string;
  area: RoadmapArea | "";
  /** Comma-separated. */
  tags: string;
  /** Comma-separated; behavioral and leadership stories. */
  competencies: string;
  brief: Record<BriefField, string>;
  criteria: CriterionForm[];
  /** Top-level fields the form does not edit (version, covers...), kept as they were. */
  extra: Record<string, unknown>;
}

const emptyBrief = (): Record<BriefField, string> => ({ functional: "", nonFunctional: "", scale: "", constraintsToAsk: "", components: "", deepDives: "" });

export const emptyCriterion = (): CriterionForm => ({
  id: "",
  title: "",
  weight: "1",
  description: "",
  levels: Array.from({ length: LEVEL_COUNT }, () => ""),
  concepts: [{ name: "", synonyms: "", extra: {} }],
  modelAnswer: "",
  structure: [],
  extra: {},
});

export function emptyRubricForm(kind: RubricKind): RubricForm {
  return {
    id: "",
    title: "",
    kind,
    prompt: "",
    area: kind === "design" ? "system-design" : kind === "concept" ? "" : "leadership",
    tags: "",
    competencies: "",
    brief: emptyBrief(),
    criteria: [emptyCriterion()],
    extra: {},
  };
}

/** "Trade-offs & risks" -> "trade-offs-risks": an id from a title. */
export function idFromTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 63)
    .replace(/^-+|-+$/g, "");
}

/**
 * A new problem's slug follows its title as it is typed, until the author writes a slug of
 * their own (one that is not what the previous title made).
 */
export function slugFollowingTitle(slug: string, previousTitle: string, title: string): string {
  return slug === "" || slug === idFromTitle(previousTitle) ? idFromTitle(title) : slug;
}

const commaList = (text: string) =>
  text
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
const lineList = (text: string) =>
  text
    .split("\n")
    .map((t) => t.trim())
    .filter(Boolean);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value : "");
const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** The keys in the order the files in rubrics/ write them; any other key follows. */
const RUBRIC_ORDER = ["$schema", "id", "title", "kind", "version", "area", "covers", "tags", "prompt", "competencies", "brief", "criteria"];
const CRITERION_ORDER = ["id", "title", "weight", "description", "levels", "structure", "quantities", "concepts", "components", "connections", "modelAnswer", "redFlags"];

function ordered(value: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const keys = [...order.filter((k) => k in value), ...Object.keys(value).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]]));
}

function composeConcept(row: ConceptRow): unknown {
  const synonyms = lineList(row.synonyms);
  if (synonyms.length === 0 && Object.keys(row.extra).length === 0) return row.name.trim();
  return { name: row.name.trim(), ...(synonyms.length > 0 ? { synonyms } : {}), ...row.extra };
}

function composeCriterion(c: CriterionForm, index: number, issues: FormIssue[]): Record<string, unknown> {
  const label = `Criterion ${index + 1}`;
  const id = c.id.trim() || idFromTitle(c.title);
  if (!RUBRIC_ID_PATTERN.test(id)) issues.push({ field: `criteria.${index}.id`, message: `${label}: give it a title or an id of lower-case letters, digits and dashes.` });
  if (!c.title.trim()) issues.push({ field: `criteria.${index}.title`, message: `${label}: give it a title.` });
  const weight = Number(c.weight);
  if (!(weight > 0 && weight <= 100)) issues.push({ field: `criteria.${index}.weight`, message: `${label}: the weight is a number above 0, at most 100.` });
  const filledLevels = c.levels.filter((l) => l.trim()).length;
  if (filledLevels > 0 && filledLevels < LEVEL_COUNT) issues.push({ field: `criteria.${index}.levels`, message: `${label}: describe all five levels, or none.` });
  const concepts = c.concepts.filter((row) => row.name.trim());
  return ordered(
    {
      ...c.extra,
      id,
      title: c.title.trim(),
      weight,
      description: c.description.trim() ? c.description : undefined,
      levels: filledLevels > 0 ? c.levels.map((l) => l.trim()) : undefined,
      structure: c.structure.length > 0 ? c.structure : undefined,
      concepts: concepts.length > 0 ? concepts.map(composeConcept) : undefined,
      modelAnswer: c.modelAnswer.trim() ? c.modelAnswer : undefined,
    },
    CRITERION_ORDER,
  );
}

/** The question's rubric.yaml, or what to fix first. */
export function composeRubricYaml(form: RubricForm): Composed {
  const issues: FormIssue[] = [];
  if (!RUBRIC_ID_PATTERN.test(form.id)) issues.push({ field: "id", message: "The id is lower-case letters, digits and dashes, e.g. design-payments." });
  if (!form.title.trim()) issues.push({ field: "title", message: "Give the question a title." });
  if (!form.prompt.trim()) issues.push({ field: "prompt", message: "Write the prompt the candidate answers." });
  if (form.criteria.length === 0) issues.push({ field: "criteria", message: "Add at least one criterion." });
  const brief = Object.fromEntries(
    (Object.keys(BRIEF_FIELDS) as BriefField[]).flatMap((key) => {
      const items = lineList(form.brief[key]);
      return items.length > 0 ? [[key, items]] : [];
    }),
  );
  const tags = commaList(form.tags);
  const competencies = commaList(form.competencies);
  const rubric = ordered(
    {
      ...form.extra,
      id: form.id,
      title: form.title.trim(),
      kind: form.kind,
      area: form.area || undefined,
      tags: tags.length > 0 ? tags : undefined,
      prompt: form.prompt,
      competencies: competencies.length > 0 ? competencies : undefined,
      brief: Object.keys(brief).length > 0 ? brief : undefined,
      criteria: form.criteria.map((c, i) => composeCriterion(c, i, issues)),
    },
    RUBRIC_ORDER,
  );
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, files: { "rubric.yaml": stringify(rubric, { lineWidth: 100 }) } };
}

function parseCriterion(value: unknown): CriterionForm {
  const c = isRecord(value) ? value : {};
  const { id, title, weight, description, levels, concepts, modelAnswer, structure, ...extra } = c;
  const levelTexts = strings(levels);
  return {
    id: text(id),
    title: text(title),
    weight: typeof weight === "number" ? String(weight) : "1",
    description: text(description),
    levels: Array.from({ length: LEVEL_COUNT }, (_, i) => levelTexts[i] ?? ""),
    concepts: (Array.isArray(concepts) ? concepts : []).map((concept): ConceptRow => {
      if (!isRecord(concept)) return { name: String(concept), synonyms: "", extra: {} };
      const { name, synonyms, ...rest } = concept;
      return { name: text(name), synonyms: strings(synonyms).join("\n"), extra: rest };
    }),
    modelAnswer: text(modelAnswer),
    structure: Array.isArray(structure) ? structure : [],
    extra,
  };
}

/** rubric.yaml back into the editor's fields; throws with the YAML's own message when it does not parse. */
export function parseRubricYaml(yaml: string, fallbackKind: RubricKind): RubricForm {
  const value: unknown = parseYaml(yaml);
  if (!isRecord(value)) throw new Error("rubric.yaml is not a mapping of fields.");
  const { id, title, kind, prompt, area, tags, competencies, brief, criteria, ...extra } = value;
  const briefRecord = isRecord(brief) ? brief : {};
  return {
    id: text(id),
    title: text(title),
    kind: RUBRIC_KINDS.find((k) => k === kind) ?? fallbackKind,
    prompt: text(prompt),
    area: typeof area === "string" && area in ROADMAP_AREAS ? (area as RoadmapArea) : "",
    tags: strings(tags).join(", "),
    competencies: strings(competencies).join(", "),
    brief: Object.fromEntries((Object.keys(BRIEF_FIELDS) as BriefField[]).map((key) => [key, strings(briefRecord[key]).join("\n")])) as Record<BriefField, string>,
    criteria: (Array.isArray(criteria) ? criteria : []).map(parseCriterion),
    extra,
  };
}
