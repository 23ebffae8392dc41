import { type CompiledCriterion, type CompiledPart, designSectionName } from "./compile.ts";
import type { SectionFinding } from "./design.ts";
import { type ComponentKind, componentsMatching, connectionsMatching, describeComponent, describeConnection, type PreparedDiagram } from "./diagram.ts";
import { findKeyIdea } from "./keyphrases.ts";
import { type CompiledConcept, findConcept, type Occurrence, quoteOccurrence } from "./match.ts";
import type { Quantity } from "./quantities.ts";
import { statesRelation, supportCredit } from "./reasoning.ts";
import type { Evidence, RedFlagHit, Signal } from "./result.ts";
import type { DesignSection } from "./rubric.ts";
import type { StarAnalysis } from "./star.ts";
import { quoteAround, type Text } from "./text.ts";
import { SECTION_TIPS, STAR_TIPS } from "./tips.ts";

/** An answer analysed once, shared by every criterion. */
export interface AnswerContext {
  t: Text;
  quantities: Quantity[];
  star?: StarAnalysis;
  sections?: Record<DesignSection, SectionFinding>;
  diagram?: PreparedDiagram;
}

/** What one signal of a criterion found: a share 0..1, the quotes behind it, what is missing and what to do. */
export interface SignalOutcome {
  score: number;
  evidence: Evidence[];
  missing: string[];
  tips: string[];
  /** Form signals only: what may be said before the answer key is revealed, when it differs from `missing` and `tips`. */
  hints?: { missing: string[]; tips: string[] };
}

/** What any number could measure: said to every question alike. */
export const QUANTITY_ADVICE = "a latency, a percentage, a count of users, requests or hours";

/** Full marks for a list of things (concepts, components) take three quarters of them. */
const listTarget = (n: number) => Math.max(1, Math.ceil(n * 0.75));
/** Key ideas are phrased many ways: full marks take 60% of their weight. */
const KEY_IDEA_TARGET = 0.6;
/** The share a bare number earns against a number with a unit. */
const BARE_NUMBER_CREDIT = 0.5;
/** The most "I" an answer can lack before its actions count half: "we" three times as often as "I". */
const MIN_OWNERSHIP = 0.25;
/** Actions below this share of the story count three quarters. */
const MIN_ACTION_SHARE = 0.25;

function fromAnswer(ctx: AnswerContext, signal: Signal, label: string, start: number, end: number): Evidence {
  return { source: "answer", signal, label, ...quoteAround(ctx.t, start, end) };
}

/** A span as evidence: as it is when short (a heading and its first sentence), else the sentence where it starts. */
export function fromSpan(ctx: AnswerContext, signal: Signal, label: string, span: { start: number; end: number }): Evidence {
  if (span.end - span.start <= 300) return { source: "answer", signal, label, quote: ctx.t.text.slice(span.start, span.end), start: span.start, end: span.end };
  return fromAnswer(ctx, signal, label, span.start, span.start + 1);
}

/** Mentions outside a sentence that blames: "My change was fine" does not show owning it. */
function creditable(ctx: AnswerContext, mentions: readonly Occurrence[]): readonly Occurrence[] {
  const blaming = ctx.star?.blame;
  if (!blaming?.length) return mentions;
  return mentions.filter((m) => !blaming.some((b) => b.sentence === ctx.t.tokens[m.first]!.sentence));
}

/**
 * Finds a named thing in the answer, where it is best explained (see `supportCredit`), or else
 * among the diagram's component labels, which count fully: drawing a thing places it.
 */
function findNamed(ctx: AnswerContext, concept: CompiledConcept & { kind?: ComponentKind }, signal: Signal, label: string): (Evidence & { credit: number }) | undefined {
  const match = findConcept(ctx.t, concept);
  let best: { o: (typeof match.mentions)[number]; credit: number } | undefined;
  for (const o of creditable(ctx, match.mentions)) {
    const credit = supportCredit(ctx.t, o.first);
    if (!best || credit > best.credit) best = { o, credit };
    if (credit === 1) break;
  }
  const component = ctx.diagram ? componentsMatching(ctx.diagram, concept)[0] : undefined;
  if (component && (!best || best.credit < 1)) return { source: "diagram", signal, label, quote: describeComponent(component), credit: 1 };
  if (best) return { source: "answer", signal, label, ...quoteOccurrence(ctx.t, best.o), said: ctx.t.text.slice(best.o.start, best.o.end), credit: best.credit };
  return undefined;
}

/** Evidence without its credit: the scorecard shows the quote, the score carries the credit. */
const asEvidence = ({ credit: _credit, ...e }: Evidence & { credit: number }): Evidence => e;

export function conceptSignal(ctx: AnswerContext, c: CompiledCriterion): SignalOutcome {
  const out: SignalOutcome = { score: 0, evidence: [], missing: [], tips: [] };
  let credit = 0;
  // A concept never named is the bigger gap: its tip comes before those asking for a reason.
  const unexplained: string[] = [];
  for (const concept of c.concepts) {
    const found = findNamed(ctx, concept, "concept", `concept "${concept.name}"`);
    if (found) {
      credit += found.credit;
      out.evidence.push(asEvidence(found));
      if (found.credit < 1) unexplained.push(`Say why ${concept.name} matters here, or what it does: named without a reason, it counts for less.`);
      continue;
    }
    const negated = findConcept(ctx.t, concept).negated[0];
    out.missing.push(`concept "${concept.name}"${negated ? " (mentioned only in the negative)" : ""}`);
    const other = concept.terms[1]?.text;
    out.tips.push(
      negated
        ? `You mention ${concept.name} only to rule it out ("${quoteOccurrence(ctx.t, negated).quote}"); if it belongs in the answer, say how you would use it.`
        : `Bring in ${concept.name}${other ? ` (${other})` : ""}: the answer never names it.`,
    );
  }
  out.tips.push(...unexplained);
  out.score = Math.min(1, credit / listTarget(c.concepts.length));
  return out;
}

function partOutcome(ctx: AnswerContext, part: CompiledPart): { credit: number; evidence?: Evidence; missing?: string; tip?: string } {
  if (part.type === "custom") {
    for (const cue of part.cues) {
      const first = creditable(ctx, findConcept(ctx.t, cue).mentions)[0];
      if (first) return { credit: 1, evidence: fromAnswer(ctx, "structure", part.name, first.start, first.end) };
    }
    return { credit: 0, missing: part.name, tip: `Add the part "${part.name}".` };
  }
  if (part.type === "design") {
    const found = ctx.sections?.[part.section];
    const name = designSectionName(part.section);
    if (found?.present && found.span) return { credit: 1, evidence: fromSpan(ctx, "structure", `section: ${name}`, found.span) };
    if (part.section === "high-level-design" && ctx.diagram && ctx.diagram.graph.components.length >= 3 && ctx.diagram.graph.connections.length >= 2) {
      const g = ctx.diagram.graph;
      return { credit: 1, evidence: { source: "diagram", signal: "structure", label: `section: ${name}`, quote: `diagram: ${g.components.length} components, ${g.connections.length} connections` } };
    }
    return { credit: 0, missing: `section: ${name}`, tip: SECTION_TIPS[part.section] };
  }
  const star = ctx.star;
  const segment = star?.parts[part.part];
  const name = part.part[0]!.toUpperCase() + part.part.slice(1);
  if (!star || !segment?.present || segment.evidenceSentence === undefined) return { credit: 0, missing: name, tip: STAR_TIPS[part.part] };
  const s = ctx.t.sentences[segment.evidenceSentence]!;
  const evidence = fromAnswer(ctx, "structure", name, s.start, s.end);
  if (part.part === "result" && !star.resultHasOutcome) {
    return { credit: 0.5, evidence, missing: "an outcome in the Result (what changed, not only what you learned)", tip: "End with what changed because of what you did, with a number if you can, and then what you learned." };
  }
  if (part.part !== "action") return { credit: 1, evidence };
  const { i, we } = star.ownership;
  if (i + we > 0 && i / (i + we) < MIN_OWNERSHIP) {
    return {
      credit: 0.5,
      evidence,
      missing: `actions in the first person ("I" ${i} times, "we" ${we} times)`,
      tip: `Say what you did yourself: the actions are told as "we" (${we} "we" to ${i} "I"). Use "I" for your part.`,
    };
  }
  if (star.actionShare < MIN_ACTION_SHARE) {
    const pct = Math.round(star.actionShare * 100);
    return { credit: 0.75, evidence, missing: `enough on the actions (${pct}% of the answer)`, tip: `Spend more of the answer on what you did: the actions are ${pct}% of it; aim for about half.` };
  }
  return { credit: 1, evidence };
}

export function structureSignal(ctx: AnswerContext, c: CompiledCriterion): SignalOutcome {
  const out: SignalOutcome = { score: 0, evidence: [], missing: [], tips: [] };
  let credit = 0;
  for (const part of c.structure) {
    const r = partOutcome(ctx, part);
    credit += r.credit;
    if (r.evidence) out.evidence.push(r.evidence);
    if (r.missing) out.missing.push(r.missing);
    if (r.tip) out.tips.push(r.tip);
  }
  out.score = credit / c.structure.length;
  return out;
}

export function quantitySignal(ctx: AnswerContext, c: CompiledCriterion): SignalOutcome {
  const spec = c.criterion.quantities!;
  const min = spec.min ?? 1;
  const out: SignalOutcome = { score: 0, evidence: [], missing: [], tips: [] };
  const seen = new Set<string>();
  let credit = 0;
  // Numbers with units first, and in a story those in its Result first: a quantified result is what counts.
  const result = ctx.star?.parts.result;
  const resultStart = result?.present ? ctx.t.sentences[result.firstSentence]!.start : Number.POSITIVE_INFINITY;
  const inResult = (q: { start: number }) => Number(q.start >= resultStart);
  const ordered = [...ctx.quantities].sort((a, b) => Number(b.withUnit) - Number(a.withUnit) || inResult(b) - inResult(a) || a.start - b.start);
  for (const q of ordered) {
    const key = q.text.toLowerCase().replace(/\s+/g, " ");
    if (seen.has(key) || credit >= min) continue;
    seen.add(key);
    credit += q.withUnit ? 1 : BARE_NUMBER_CREDIT;
    out.evidence.push(fromAnswer(ctx, "quantity", `quantity "${q.text}"${q.withUnit ? "" : " (no unit)"}`, q.start, q.end));
  }
  out.score = Math.min(1, credit / min);
  if (out.score < 1) {
    const bare = out.evidence.find((e) => e.label.endsWith("(no unit)"));
    const numbers = `${min} number${min > 1 ? "s" : ""} with a unit`;
    const generic = QUANTITY_ADVICE;
    const tip = (what: string) =>
      bare ? `Say what your numbers measure: ${bare.label.replace(" (no unit)", "")} of what? (ms, %, requests per second, users...)` : `Put a number with a unit on it: ${what}.`;
    out.missing.push(`${numbers}${spec.description ? ` (${spec.description})` : ""}`);
    out.tips.push(tip(spec.description ?? generic));
    // What to measure is the rubric's to know: before the reveal, only that a number is wanted.
    out.hints = { missing: [numbers], tips: [tip(generic)] };
  }
  return out;
}

export function componentSignal(ctx: AnswerContext, c: CompiledCriterion): SignalOutcome {
  const out: SignalOutcome = { score: 0, evidence: [], missing: [], tips: [] };
  let credit = 0;
  for (const component of c.components) {
    const inDiagram = ctx.diagram ? componentsMatching(ctx.diagram, component)[0] : undefined;
    const found = inDiagram
      ? ({ source: "diagram", signal: "component", label: `component "${component.name}"`, quote: describeComponent(inDiagram), credit: 1 } as const)
      : findNamed(ctx, component, "component", `component "${component.name}"`);
    if (found) {
      credit += found.credit;
      out.evidence.push(asEvidence(found));
    } else {
      out.missing.push(`component "${component.name}"`);
      out.tips.push(`Include ${component.name} in the design, in the diagram or the text.`);
    }
  }
  out.score = Math.min(1, credit / listTarget(c.components.length));
  return out;
}

/** Required connections, from the diagram or a sentence stating how both ends relate. Forbidden ones are red flags, not here. */
export function connectionSignal(ctx: AnswerContext, c: CompiledCriterion): SignalOutcome {
  const out: SignalOutcome = { score: 0, evidence: [], missing: [], tips: [] };
  const required = c.connections.filter((x) => !x.forbidden);
  for (const x of required) {
    const label = `connection ${x.from.name} → ${x.to.name}`;
    const edge = ctx.diagram ? connectionsMatching(ctx.diagram, x.from, x.to)[0] : undefined;
    if (edge) {
      out.evidence.push({ source: "diagram", signal: "connection", label, quote: describeConnection(edge.from, edge.to) });
      continue;
    }
    const froms = findConcept(ctx.t, x.from).mentions;
    const tos = findConcept(ctx.t, x.to).mentions;
    // Two names in one sentence are a connection only where the words between them relate them.
    const pair = froms.flatMap((a) => tos.filter((b) => ctx.t.tokens[a.first]!.sentence === ctx.t.tokens[b.first]!.sentence && statesRelation(ctx.t, a, b)).map((b) => [a, b] as const))[0];
    if (pair) {
      const [start, end] = [Math.min(pair[0].start, pair[1].start), Math.max(pair[0].end, pair[1].end)];
      out.evidence.push({ ...fromAnswer(ctx, "connection", label, start, end), said: ctx.t.text.slice(start, end) });
      continue;
    }
    out.missing.push(label);
    out.tips.push(`Show how ${x.from.name} connects to ${x.to.name}${x.note ? ` (${x.note})` : ""}.`);
  }
  out.score = required.length === 0 ? 0 : out.evidence.length / required.length;
  return out;
}

export function keyIdeaSignal(ctx: AnswerContext, c: CompiledCriterion): SignalOutcome & { found: string[] } {
  const out: SignalOutcome & { found: string[] } = { score: 0, evidence: [], missing: [], tips: [], found: [] };
  let weight = 0;
  let earned = 0;
  for (const idea of c.keyIdeas) {
    weight += idea.weight;
    const m = findKeyIdea(ctx.t, idea);
    if (m.credit > 0 && m.first !== undefined && m.last !== undefined) {
      earned += idea.weight * m.credit * supportCredit(ctx.t, m.first);
      out.found.push(idea.phrase);
      const t = ctx.t.tokens;
      const [start, end] = [t[m.first]!.start, t[m.last]!.end];
      out.evidence.push({ ...fromAnswer(ctx, "key-idea", `key idea "${idea.phrase}"${m.credit < 1 ? " (in part)" : ""}`, start, end), said: ctx.t.text.slice(start, end) });
    } else {
      out.missing.push(`key idea "${idea.phrase}"`);
      out.tips.push(`Cover the key idea "${idea.phrase}".`);
    }
  }
  out.score = weight === 0 ? 0 : Math.min(1, earned / weight / KEY_IDEA_TARGET);
  return out;
}

/** Red flags said (not negated) and forbidden connections drawn: each costs a level. */
export function redFlagHits(ctx: AnswerContext, c: CompiledCriterion): RedFlagHit[] {
  const hits: RedFlagHit[] = [];
  for (const flag of c.redFlags) {
    const first = findConcept(ctx.t, flag.concept).mentions[0];
    if (first) {
      const said = ctx.t.text.slice(first.start, first.end);
      hits.push({ source: "answer", signal: "red-flag", label: `red flag "${flag.concept.name}"`, reason: flag.reason, ...quoteOccurrence(ctx.t, first), said });
    }
  }
  for (const x of c.connections.filter((x) => x.forbidden)) {
    const edge = ctx.diagram ? connectionsMatching(ctx.diagram, x.from, x.to)[0] : undefined;
    if (edge) {
      hits.push({
        source: "diagram",
        signal: "red-flag",
        label: `forbidden connection ${x.from.name} → ${x.to.name}`,
        reason: x.note ?? `${x.from.name} should not connect to ${x.to.name}`,
        quote: describeConnection(edge.from, edge.to),
      });
    }
  }
  return hits;
}
