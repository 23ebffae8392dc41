import { COMPONENT_KINDS, KIND_NAMES } from "./diagram.ts";
import { headingMatches, headingOf } from "./headings.ts";
import { type CompiledConcept, compileConcept, compileTerm, findConcept } from "./match.ts";
import type { Quantity } from "./quantities.ts";
import { DESIGN_SECTIONS, type DesignSection } from "./rubric.ts";
import type { Text } from "./text.ts";

interface SectionLexicon {
  headings: string[];
  cues: string[];
  /** Cue sentences count only with a number in them (an estimate without a number is not one). */
  needsNumber?: boolean;
}

const LEXICON: Record<DesignSection, SectionLexicon> = {
  requirements: {
    headings: ["requirements", "functional requirements", "non-functional requirements", "scope", "goals", "clarifying questions", "assumptions"],
    cues: ["requirement", "non-functional", "must support", "should support", "needs to support", "users can", "users should be able", "use case", "out of scope", "in scope", "assume", "assumption", "SLA", "constraint", "clarify"],
  },
  estimates: {
    headings: ["estimates", "estimation", "capacity estimation", "capacity", "back of the envelope", "scale estimates", "numbers"],
    cues: ["estimate", "back of the envelope", "per second", "QPS", "RPS", "TPS", "per day", "a day", "DAU", "MAU", "daily active", "peak", "storage", "throughput", "bandwidth", "TB", "GB", "requests"],
    needsNumber: true,
  },
  api: {
    headings: ["api", "api design", "apis", "interface", "endpoints"],
    cues: ["endpoint", "REST", "GraphQL", "gRPC", "webhook", "request body", "status code", "API contract", "API design", "returns 202", "returns 200"],
  },
  "data-model": {
    headings: ["data model", "schema", "database schema", "storage", "data", "database"],
    cues: ["data model", "schema", "table", "primary key", "partition key", "sort key", "secondary index", "GSI", "index on", "column", "foreign key", "entity", "attribute", "denormalize", "normalize"],
  },
  "high-level-design": {
    headings: ["high level design", "high-level design", "architecture", "overview", "design", "hld", "components"],
    cues: ["architecture", "high level", "overview", "request flow", "data flow", "the flow", "publishes", "consumes", "subscribes", "forwards", "routes to", "fronted by", "sits behind", "in front of", "reads from", "writes to"],
  },
  "deep-dives": {
    headings: ["deep dive", "deep dives", "details", "detailed design", "deep-dive"],
    cues: ["deep dive", "in detail", "edge case", "race condition", "concurrency", "message ordering", "ordering guarantee", "exactly once", "at least once", "idempotent", "idempotency", "hot partition", "conflict resolution", "consistency"],
  },
  scaling: {
    headings: ["scaling", "scalability", "scale"],
    cues: ["scale", "scalable", "horizontal", "horizontally", "shard", "partition", "autoscaling", "auto scaling", "read replica", "throttle", "throttling", "load balancing", "fan out", "concurrency limit", "burst"],
  },
  reliability: {
    headings: ["reliability", "fault tolerance", "failure handling", "availability", "resilience", "failures"],
    cues: ["reliability", "retry", "backoff", "dead-letter", "DLQ", "failover", "redundancy", "redundant", "multi-AZ", "availability zone", "fault tolerant", "circuit breaker", "timeout", "disaster recovery", "backup", "graceful degradation", "single point of failure", "RTO", "RPO"],
  },
  security: {
    headings: ["security", "auth", "authentication", "privacy", "security and privacy"],
    cues: ["security", "authentication", "authorization", "IAM", "least privilege", "encrypt", "encryption", "KMS", "TLS", "secret", "Secrets Manager", "WAF", "rate limit", "PII", "OAuth", "JWT", "tenant isolation", "access control", "RBAC"],
  },
  cost: {
    headings: ["cost", "costs", "cost optimization"],
    cues: ["cost", "pricing", "expensive", "cheap", "cheaper", "budget", "pay per", "reserved capacity", "savings plan", "per month", "free tier"],
  },
  observability: {
    headings: ["observability", "monitoring", "operations", "monitoring and alerting"],
    cues: ["observability", "monitoring", "metric", "structured log", "log aggregation", "centralized logging", "tracing", "trace", "alarm", "alert", "dashboard", "CloudWatch", "X-Ray", "Datadog", "OpenTelemetry", "correlation id", "p99", "p95", "SLO"],
  },
  "trade-offs": {
    headings: ["trade-offs", "tradeoffs", "trade offs", "alternatives", "decisions", "risks", "alternatives considered"],
    cues: ["trade-off", "tradeoff", "downside", "pros and cons", "on the other hand", "at the cost of", "alternatively", "drawback", "the price", "compared to", "versus", "we could also", "the catch"],
  },
};

interface CompiledSection {
  headings: string[][];
  cues: CompiledConcept[];
  needsNumber: boolean;
}

const COMPILED = Object.fromEntries(
  DESIGN_SECTIONS.map((s) => [
    s,
    { headings: LEXICON[s].headings.map((h) => compileTerm(h).stems), cues: LEXICON[s].cues.map((c) => compileConcept(c)), needsNumber: LEXICON[s].needsNumber ?? false },
  ]),
) as Record<DesignSection, CompiledSection>;

export interface SectionFinding {
  section: DesignSection;
  present: boolean;
  headed: boolean;
  /** The span that shows it: the heading and its first sentence, or the first cue sentence. */
  span?: { start: number; end: number };
}

const MIN_SECTION_WORDS = 4;

/** Finds which sections a design answer has: under a heading of their own, or from what its sentences talk about. */
export function findDesignSections(t: Text, quantities: readonly Quantity[]): Record<DesignSection, SectionFinding> {
  const found = {} as Record<DesignSection, SectionFinding>;
  const headings = t.sentences.map((s) => {
    const h = headingOf(t, s);
    return h !== undefined && !h.inline;
  });
  const headingSections = t.sentences.map((s) => {
    const h = headingOf(t, s);
    return h ? DESIGN_SECTIONS.find((section) => headingMatches(h, COMPILED[section].headings)) : undefined;
  });
  for (const section of DESIGN_SECTIONS) {
    found[section] = { section, present: false, headed: false };
    const at = headingSections.indexOf(section);
    if (at !== -1) {
      // The content under the heading: the heading line itself when inline, else the next sentence.
      const heading = t.sentences[at]!;
      const inline = headingOf(t, heading)?.inline ?? false;
      const content = inline ? heading : t.sentences[at + 1];
      if (content && headingSections[at + (inline ? 0 : 1)] === (inline ? section : undefined) && content.endToken - content.firstToken >= MIN_SECTION_WORDS) {
        found[section] = { section, present: true, headed: true, span: { start: heading.start, end: content.end } };
        continue;
      }
    }
    const { cues, needsNumber } = COMPILED[section];
    let first: { start: number; end: number } | undefined;
    for (const cue of cues) {
      for (const m of findConcept(t, cue).mentions) {
        const sentence = t.tokens[m.first]!.sentence;
        // A heading is not content: "## Cost" with nothing under it says nothing about cost.
        if (headings[sentence]) continue;
        const s = t.sentences[sentence]!;
        if (needsNumber && !quantities.some((q) => q.start >= s.start && q.end <= s.end)) continue;
        if (!first || s.start < first.start) first = { start: s.start, end: s.end };
        break;
      }
    }
    if (section === "high-level-design") {
      const s = sentenceNamingComponents(t);
      if (s && (!first || s.start < first.start)) first = s;
    }
    if (first) found[section] = { section, present: true, headed: false, span: first };
  }
  return found;
}

const KIND_CONCEPTS = COMPONENT_KINDS.map((kind) => compileConcept(kind, KIND_NAMES[kind]));
/** How many kinds of component one sentence must name to describe the architecture ("API Gateway in front of a Lambda that writes to DynamoDB"). */
const HIGH_LEVEL_KINDS = 3;

/** The first sentence naming three kinds of component: that sentence is a high-level design, headed or not. */
function sentenceNamingComponents(t: Text): { start: number; end: number } | undefined {
  const kindsBySentence = new Map<number, Set<number>>();
  for (const [k, concept] of KIND_CONCEPTS.entries()) {
    for (const m of findConcept(t, concept).mentions) {
      const sentence = t.tokens[m.first]!.sentence;
      const kinds = kindsBySentence.get(sentence) ?? new Set<number>();
      kinds.add(k);
      kindsBySentence.set(sentence, kinds);
    }
  }
  const first = [...kindsBySentence].filter(([, kinds]) => kinds.size >= HIGH_LEVEL_KINDS).sort((a, b) => a[0] - b[0])[0];
  return first ? t.sentences[first[0]] : undefined;
}
