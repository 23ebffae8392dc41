import { type CompiledConcept, compileConcept, findConcept, type Occurrence } from "./match.ts";
import type { Text } from "./text.ts";

/** Cue words for the competencies leadership stories are asked about. A rubric may name others: their own name is the cue. */
const LEXICON: Record<string, string[]> = {
  mentoring: ["mentor", "mentee", "coach", "pair programming", "paired with", "onboard", "one-on-one", "1:1", "career", "junior", "taught him", "taught her", "taught them", "help them grow", "delegate", "sponsor"],
  conflict: ["disagree", "disagreement", "conflict", "tension", "pushback", "push back", "argued", "compromise", "common ground", "escalate", "friction", "different opinion", "objection"],
  "influencing-architecture": ["RFC", "design doc", "ADR", "architecture review", "proposal", "proposed", "prototype", "proof of concept", "benchmark", "convinced", "buy-in", "persuade", "technical direction", "influence"],
  "incident-handling": ["incident", "outage", "on-call", "paged", "pager", "postmortem", "post-mortem", "root cause", "rollback", "roll back", "mitigate", "hotfix", "SEV", "severity", "war room", "status page", "blameless"],
  "stakeholder-management": ["stakeholder", "product manager", "PM", "leadership", "executive", "expectation", "roadmap", "customer", "business"],
  prioritization: ["prioritize", "priority", "deadline", "scope", "MVP", "milestone", "cut scope", "backlog", "trade-off"],
  hiring: ["interview", "hiring", "hired", "candidate", "recruit"],
  "technical-debt": ["technical debt", "tech debt", "refactor", "legacy", "migration", "deprecate", "cleanup"],
  ownership: ["ownership", "took ownership", "accountable", "I owned", "volunteered", "stepped up", "on me"],
  feedback: ["feedback", "difficult conversation", "underperform", "performance", "expectation"],
  "cross-team-collaboration": ["cross-team", "other teams", "partner team", "collaborate", "dependency", "alignment", "aligned"],
  "decision-making": ["decided", "decision", "criteria", "evaluated", "options", "data"],
};

const compiled = new Map<string, CompiledConcept[]>();

/** "Incident handling" and "incident-handling" name the same competency. */
export function competencyKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, "-");
}

function cuesFor(name: string): CompiledConcept[] {
  const key = competencyKey(name);
  let cues = compiled.get(key);
  if (!cues) {
    cues = (LEXICON[key] ?? [name.replace(/-/g, " ")]).map((c) => compileConcept(c));
    compiled.set(key, cues);
  }
  return cues;
}

export interface CompetencyFinding {
  name: string;
  /** The distinct cues found, each once, earliest mention first. */
  cues: { cue: string; at: Occurrence }[];
}

/** Which of the named competencies the story shows, by the cue words in it. */
export function findCompetencies(t: Text, names: readonly string[]): CompetencyFinding[] {
  return names.map((name) => ({
    name,
    cues: cuesFor(name).flatMap((cue) => {
      const first = findConcept(t, cue).mentions[0];
      return first ? [{ cue: cue.name, at: first }] : [];
    }),
  }));
}
