import { unescapeFenced } from "./llm-fence.ts";
import { type LlmAssessment, llmAssessmentSchema, llmCriterionSchema, type LlmCriterionReply } from "./llm-prompt.ts";
import type { Evidence, Level, ScoreResult } from "./result.ts";

/** The deterministic and the model's level may differ by this much before a criterion is flagged. */
const AGREEMENT = 1;

export interface LlmCriterionFeedback {
  id: string;
  /** The rubric's title for the criterion, for people to read. */
  title: string;
  level: Level;
  /** The deterministic scorer's level, shown beside it. */
  scorerLevel: Level;
  /** The two levels differ by more than one: worth a look. */
  flagged: boolean;
  /** The model's quotes that are in the answer, with their offsets: the only quotes ever shown. */
  evidence: Evidence[];
  /** The model's quotes that are not in the answer: dropped, counted for transparency. */
  droppedQuotes: number;
  /** Why the model chose the level, written before it. */
  reasoning: string;
  suggestion: string;
}

/** A rubric criterion the reply did not grade usably: absent, or given in a shape that fails validation. */
export interface MissingCriterion {
  id: string;
  title: string;
  reason: string;
}

export interface CheckedReply {
  criteria: LlmCriterionFeedback[];
  missing: MissingCriterion[];
  /** Criterion ids the reply made up; ignored. */
  unknownCriteria: string[];
  assessment: LlmAssessment | null;
}

/**
 * The JSON in a model's reply: the whole reply, else the first ```json (or bare ```) block, else
 * the first balanced `{...}` in prose. For servers that cannot be held to a response format.
 */
export function extractJson(content: string): unknown {
  const attempt = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  const whole = attempt(content.trim());
  if (whole !== undefined) return whole;
  for (const m of content.matchAll(/```[a-zA-Z]*\s*\n?([\s\S]*?)```/g)) {
    const inner = attempt((m[1] ?? "").trim());
    if (inner !== undefined) return inner;
  }
  for (let start = content.indexOf("{"); start !== -1; start = content.indexOf("{", start + 1)) {
    const end = balancedEnd(content, start);
    if (end === -1) continue;
    const found = attempt(content.slice(start, end + 1));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Where the object opened at `start` closes, skipping braces inside strings; -1 when it never does. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return i;
  }
  return -1;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Where a quote is in the answer: exactly, or ignoring case, runs of whitespace, curly against
 * straight quote marks and dash variants; escaped the way the fence escaped it or not.
 */
export function locateQuote(answer: string, quote: string): { start: number; end: number } | undefined {
  // As the model saw it (escaped) first, then as written: an answer may itself contain "&lt;".
  const unescaped = unescapeFenced(quote);
  return (unescaped !== quote ? locateAs(answer, unescaped) : undefined) ?? locateAs(answer, quote);
}

function locateAs(answer: string, quote: string): { start: number; end: number } | undefined {
  const q = quote.trim();
  if (q.length < 3) return undefined;
  const exact = answer.indexOf(q);
  if (exact !== -1) return { start: exact, end: exact + q.length };
  const pattern = q
    .split(/\s+/)
    .map((word) =>
      escapeRegExp(word)
        .replace(/["“”„]/g, "[\"“”„]")
        .replace(/['‘’`]/g, "['‘’`]")
        .replace(/[-‐‑–—]/g, "[-‐‑–—]"),
    )
    .join("\\s+");
  const m = new RegExp(pattern, "iu").exec(answer);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

function verifiedEvidence(answer: string, quotes: readonly string[]): { evidence: Evidence[]; droppedQuotes: number } {
  const evidence: Evidence[] = [];
  let droppedQuotes = 0;
  for (const quote of quotes) {
    const at = locateQuote(answer, quote);
    // The answer's own words at that place, never the model's version of them.
    if (at) evidence.push({ source: "answer", signal: "llm", label: "model's quote", quote: answer.slice(at.start, at.end), ...at });
    else droppedQuotes++;
  }
  return { evidence, droppedQuotes };
}

const issueText = (issue: { path: PropertyKey[]; message: string } | undefined) => (issue ? `${issue.path.map(String).join(".") || "criterion"}: ${issue.message}` : "invalid");

/**
 * The reply's criteria checked one by one against the rubric: each valid one with its quotes
 * verified, and every rubric criterion it lacks (or gave invalidly) named, so partial feedback
 * is never shown as complete.
 */
export function checkReply(reply: { criteria: unknown[]; assessment?: unknown }, answer: string, score: ScoreResult): CheckedReply {
  const byId = new Map<string, LlmCriterionReply>();
  const invalid = new Map<string, string>();
  const unknownCriteria: string[] = [];
  for (const raw of reply.criteria) {
    const parsed = llmCriterionSchema.safeParse(raw);
    const id = typeof (raw as { id?: unknown } | null)?.id === "string" ? (raw as { id: string }).id : undefined;
    if (id !== undefined && !score.criteria.some((c) => c.id === id)) {
      unknownCriteria.push(id);
      continue;
    }
    if (!parsed.success) {
      if (id !== undefined) invalid.set(id, issueText(parsed.error.issues[0]));
      continue;
    }
    if (!byId.has(parsed.data.id)) byId.set(parsed.data.id, parsed.data);
  }
  const criteria: LlmCriterionFeedback[] = [];
  const missing: MissingCriterion[] = [];
  for (const scored of score.criteria) {
    const c = byId.get(scored.id);
    if (!c) {
      const why = invalid.get(scored.id);
      missing.push({ id: scored.id, title: scored.title, reason: why ? `invalid (${why})` : "not in the reply" });
      continue;
    }
    const level = c.level as Level;
    criteria.push({
      id: scored.id,
      title: scored.title,
      level,
      scorerLevel: scored.level,
      flagged: Math.abs(level - scored.level) > AGREEMENT,
      ...verifiedEvidence(answer, c.evidence),
      reasoning: c.reasoning,
      suggestion: c.suggestion,
    });
  }
  const assessment = llmAssessmentSchema.safeParse(reply.assessment);
  return { criteria, missing, unknownCriteria, assessment: assessment.success ? assessment.data : null };
}
