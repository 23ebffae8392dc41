import { ValidationError } from "../lib/errors.ts";
import { type CompiledCriterion, type CompiledRubric, compileRubric, designSectionName } from "./compile.ts";
import { findCompetencies } from "./competencies.ts";
import { analyzeDelivery } from "./delivery.ts";
import { findDesignSections } from "./design.ts";
import { type DiagramGraph, prepareDiagram } from "./diagram.ts";
import { findQuantities } from "./quantities.ts";
import { namesUnsaid } from "./answer-key.ts";
import { fullSuggestion, publicHints } from "./hints.ts";
import { assessesOwnership, BLAME_CAP, blameRedFlags } from "./ownership.ts";
import { assessReliability } from "./reliability.ts";
import type { CriterionScore, Evidence, Level, RedFlagHit, Relevance, Reliability, ScoreResult, UnreliableReason } from "./result.ts";
import { DESIGN_SECTIONS, type Rubric, STAR_PARTS } from "./rubric.ts";
import {
  type AnswerContext,
  componentSignal,
  conceptSignal,
  connectionSignal,
  fromSpan,
  keyIdeaSignal,
  quantitySignal,
  redFlagHits,
  type SignalOutcome,
  structureSignal,
} from "./signals.ts";
import { analyzeStar } from "./star.ts";
import { analyzeText, quoteAround } from "./text.ts";
import { matchTopic } from "./topic.ts";

/** The longest answer scored: about 5,000 words, far beyond any spoken answer. */
export const MAX_ANSWER_CHARS = 30_000;
/** What one red flag or forbidden connection costs: a level. */
const RED_FLAG_PENALTY = 0.25;
/** Why a red flag costs points, when the rubric's reason would name the key. */
export const GENERIC_FLAG_REASON = "a reviewer would take this as a mistake here, and it costs a level";
/**
 * The most a mostly-list answer earns: terms without sentences show vocabulary, not
 * understanding, and an honest weak answer in prose should not score below one.
 */
export const LIST_CAP = 15;
/**
 * The most an answer to another question of the bank earns; below that, it keeps the share of
 * its points that its closeness to this question (against the other) justifies: what it shares
 * with this one, sections and numbers above all, is mostly incidental.
 */
export const OFF_TOPIC_CAP = 25;
/** What structure and numbers are worth in an answer with 0, 1, or 2+ topical hits (see `relevanceOf`). */
const FORM_FACTOR = [0.3, 0.6, 1] as const;

/** A share 0..1 as a level: none is 0; any evidence is at least 1; then the nearest quarter. */
function levelOf(share: number): Level {
  if (share <= 0) return 0;
  return Math.max(1, Math.min(4, Math.round(share * 4))) as Level;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

interface Evaluation {
  c: CompiledCriterion;
  /** Signals about the topic (concepts, components, key ideas) and about form (structure, numbers). */
  outcomes: { topical: boolean; outcome: SignalOutcome }[];
  redFlags: RedFlagHit[];
  /** The most share it may earn, whatever else it shows. */
  cap?: number;
}

function evaluateCriterion(ctx: AnswerContext, c: CompiledCriterion, keyIdeasFound: string[]): Evaluation {
  const outcomes: Evaluation["outcomes"] = [];
  if (c.concepts.length) outcomes.push({ topical: true, outcome: conceptSignal(ctx, c) });
  if (c.structure.length) outcomes.push({ topical: false, outcome: structureSignal(ctx, c) });
  if (c.criterion.quantities) outcomes.push({ topical: false, outcome: quantitySignal(ctx, c) });
  if (c.components.length) outcomes.push({ topical: true, outcome: componentSignal(ctx, c) });
  if (c.connections.some((x) => !x.forbidden)) outcomes.push({ topical: true, outcome: connectionSignal(ctx, c) });
  if (c.keyIdeas.length) {
    const k = keyIdeaSignal(ctx, c);
    keyIdeasFound.push(...k.found);
    outcomes.push({ topical: true, outcome: k });
  }
  // Blame caps what a story can earn for owning it, and names why.
  const blame = ctx.star && assessesOwnership(c) ? blameRedFlags(ctx.t, ctx.star.blame) : [];
  return { c, outcomes, redFlags: [...redFlagHits(ctx, c), ...blame], ...(blame.length ? { cap: BLAME_CAP } : {}) };
}

interface Finishing {
  formFactor: number;
  maxPoints: number;
  reliable: boolean;
  /** Whether a level's descriptor (or a red flag's reason) names a term of the key the answer never says. */
  praisesUnsaid: (descriptor: string) => boolean;
}

function finishCriterion(e: Evaluation, { formFactor, maxPoints, reliable, praisesUnsaid }: Finishing): CriterionScore {
  const { c } = e;
  const redFlags = e.redFlags.map((f) => ({ ...f, openReason: praisesUnsaid(f.reason) ? GENERIC_FLAG_REASON : f.reason }));
  const outcomes = e.outcomes.map((o) => o.outcome);
  const evidence = outcomes.flatMap((o) => o.evidence);
  const mean = e.outcomes.reduce((sum, o) => sum + o.outcome.score * (o.topical ? 1 : formFactor), 0) / e.outcomes.length;
  // Every point needs a quote: without evidence the criterion is 0, whatever else.
  const share = evidence.length === 0 ? 0 : Math.max(0, Math.min(e.cap ?? 1, mean - RED_FLAG_PENALTY * redFlags.length));
  const level = levelOf(share);
  const scored = { ...e, redFlags, level };
  // A level's descriptor praises what the answer shows: not for a keyword list, an answer the
  // scorer cannot read, or one that never says what the descriptor names.
  const candidate = c.criterion.levels?.[level];
  const descriptor = reliable && candidate && !praisesUnsaid(candidate) ? candidate : undefined;
  return {
    id: c.criterion.id,
    title: c.criterion.title,
    weight: c.criterion.weight,
    level,
    ...(descriptor ? { descriptor } : {}),
    points: round1(maxPoints * share),
    maxPoints: round1(maxPoints),
    evidence,
    missing: outcomes.flatMap((o) => o.missing),
    redFlags,
    suggestion: fullSuggestion(scored),
    hints: publicHints(scored),
  };
}

/**
 * How much an answer is about the question: the distinct concepts, components and key ideas
 * it names, and the competency cues it shows. Structure and numbers alone do not make an
 * answer relevant, so with fewer than two such hits they count for less (see `FORM_FACTOR`).
 */
function relevanceOf(evaluations: Evaluation[], competencies: ScoreResult["competencies"]): Relevance {
  const labels = new Set(evaluations.flatMap((e) => e.outcomes.filter((o) => o.topical).flatMap((o) => o.outcome.evidence.map((ev) => ev.label))));
  const cues = new Set((competencies ?? []).flatMap((c) => c.evidence.map((ev) => ev.label)));
  const hasTopic = evaluations.some((e) => e.outcomes.some((o) => o.topical)) || (competencies?.length ?? 0) > 0;
  const hits = labels.size + cues.size;
  const formFactor = hasTopic ? (FORM_FACTOR[Math.min(hits, FORM_FACTOR.length - 1)] ?? 1) : 1;
  return { hits, formFactor };
}

/** The summary line of a scorecard; a public one is made from the public suggestions. */
export function summarize(total: number, criteria: readonly Pick<CriterionScore, "title" | "level" | "points" | "maxPoints" | "suggestion">[], relevance: Relevance, reliability?: Reliability): string {
  const head = reliability && !reliability.reliable ? `${reliability.message} ` : "";
  return head + summarizeScore(total, criteria, relevance);
}

function summarizeScore(total: number, criteria: readonly Pick<CriterionScore, "title" | "level" | "points" | "maxPoints" | "suggestion">[], relevance: Relevance): string {
  if (relevance.formFactor < 1) return `${total}/100. The answer says little about what was asked: ${relevance.hits === 0 ? "none" : "one"} of the key concepts in it, so its structure and numbers count for less.`;
  const best = [...criteria].sort((a, b) => b.points / b.maxPoints - a.points / a.maxPoints)[0]!;
  // The one to work on is where the most points were lost, not merely the lowest level.
  const worst = [...criteria].sort((a, b) => b.maxPoints - b.points - (a.maxPoints - a.points))[0]!;
  if (criteria.length === 1) return `${total}/100. ${best.level === 4 ? "Strong answer." : best.suggestion}`.trim();
  if (worst.level === 4) return `${total}/100. Every criterion at the top level.`;
  const strongest = best.level > 1 && best !== worst ? `Strongest: ${best.title} (${best.level}/4). ` : "";
  return `${total}/100. ${strongest}Work on ${worst.title} (${worst.level}/4): ${worst.suggestion}`;
}

/** What the analyses of a story or a design found, for the report beside the criteria. */
function reports(ctx: AnswerContext, compiled: CompiledRubric): Pick<ScoreResult, "star" | "sections" | "competencies"> {
  const out: Pick<ScoreResult, "star" | "sections" | "competencies"> = {};
  const { t } = ctx;
  const quote = (signal: Evidence["signal"], label: string, start: number, end: number): Evidence => ({ source: "answer", signal, label, ...quoteAround(t, start, end) });
  if (ctx.star) {
    const { parts, actionShare, ownership } = ctx.star;
    out.star = {
      parts: STAR_PARTS.map((p) => {
        const s = parts[p].evidenceSentence === undefined ? undefined : t.sentences[parts[p].evidenceSentence!];
        return { part: p, present: parts[p].present, headed: parts[p].headed, ...(s ? { quote: quote("structure", p, s.start, s.end) } : {}) };
      }),
      actionShare: Math.round(actionShare * 100) / 100,
      ownership: { ...ownership, share: ownership.i + ownership.we === 0 ? null : Math.round((ownership.i / (ownership.i + ownership.we)) * 100) / 100 },
    };
  }
  if (ctx.sections) {
    out.sections = DESIGN_SECTIONS.map((s) => {
      const f = ctx.sections![s];
      return { section: s, present: f.present, headed: f.headed, ...(f.span ? { quote: fromSpan(ctx, "structure", `section: ${designSectionName(s)}`, f.span) } : {}) };
    });
  }
  if (compiled.rubric.competencies?.length) {
    out.competencies = findCompetencies(t, compiled.rubric.competencies).map((f) => ({
      name: f.name,
      shown: f.cues.length > 0,
      evidence: f.cues.map((cue) => quote("competency", `cue "${cue.cue}"`, cue.at.start, cue.at.end)),
    }));
  }
  return out;
}

/**
 * Scores an answer against a rubric, deterministically: per criterion a level 0–4 with the
 * quotes that earned it, what is missing and one suggestion; a weighted total out of 100.
 */
export interface ScoreOptions {
  /** The question bank: with it, an answer to another of its questions is recognised and capped. */
  bank?: readonly Rubric[];
}

export function scoreAnswer(rubric: Rubric, answer: string, diagram?: DiagramGraph, options: ScoreOptions = {}): ScoreResult {
  if (answer.length > MAX_ANSWER_CHARS) throw new ValidationError(`The answer is longer than ${MAX_ANSWER_CHARS.toLocaleString("en")} characters.`);
  const compiled = compileRubric(rubric);
  const t = analyzeText(answer);
  const quantities = findQuantities(answer);
  const ctx: AnswerContext = {
    t,
    quantities,
    ...(compiled.usesStar ? { star: analyzeStar(t, quantities) } : {}),
    ...(compiled.usesSections ? { sections: findDesignSections(t, quantities) } : {}),
    ...(diagram ? { diagram: prepareDiagram(diagram) } : {}),
  };
  const totalWeight = rubric.criteria.reduce((sum, c) => sum + c.weight, 0);
  const keyIdeasFound: string[] = [];
  const evaluations = compiled.criteria.map((c) => evaluateCriterion(ctx, c, keyIdeasFound));
  const extra = reports(ctx, compiled);
  const relevance = relevanceOf(evaluations, extra.competencies);
  const topic = options.bank ? matchTopic(t, rubric, options.bank) : undefined;
  const reliability = assessReliability(t, rubric.kind, topic);
  const praisesUnsaid = (descriptor: string) => namesUnsaid(descriptor, compiled.keyTerms, compiled.open, t);
  const criteria = evaluations.map((e) =>
    finishCriterion(e, { formFactor: relevance.formFactor, maxPoints: (100 * e.c.criterion.weight) / totalWeight, reliable: reliability.reliable, praisesUnsaid }),
  );
  const has = (code: UnreliableReason) => reliability.reasons.some((r) => r.code === code);
  const cap = Math.min(has("list") ? LIST_CAP : 100, has("off-topic") ? OFF_TOPIC_CAP : 100);
  const onTopic = has("off-topic") && topic?.closest ? topic.own / topic.closest.similarity : 1;
  const total = Math.max(0, Math.min(cap, Math.round(onTopic * criteria.reduce((sum, c) => sum + c.points, 0))));
  const allIdeas = compiled.criteria.flatMap((c) => c.keyIdeas.map((k) => k.phrase));
  return {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    kind: rubric.kind,
    total,
    summary: summarize(total, criteria, relevance, reliability),
    reliability,
    criteria,
    relevance,
    delivery: analyzeDelivery(t),
    ...extra,
    ...(allIdeas.length ? { keyIdeas: { found: keyIdeasFound, missed: allIdeas.filter((k) => !keyIdeasFound.includes(k)) } } : {}),
  };
}
