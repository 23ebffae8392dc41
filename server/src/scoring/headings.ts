import { compileTerm } from "./match.ts";
import type { Sentence, Text } from "./text.ts";

export interface Heading {
  /** Stems of the heading's words: "## Data Model:" -> data, model. */
  stems: string[];
  /** "Result: we cut latency by half" puts its heading in front of the content, on one line. */
  inline: boolean;
}

const MAX_HEADING_WORDS = 6;
// Markdown heading marks, bold, list bullets and numbering ("## ", "**", "- ", "3.", "S:").
const MARKUP = /^[\s#>*_\-•]*(?:\d+[.)]\s*)?|[\s*_:#-]+$/g;

/**
 * The heading a sentence is, or opens: a short line of its own ("## Scaling", "**Result**",
 * "Trade-offs:"), or a label ending in a colon or a dash at the start of a line ("Action: I ...", "Outcome - we ...").
 */
export function headingOf(t: Text, s: Sentence): Heading | undefined {
  const raw = t.text.slice(s.start, s.end);
  const lineStart = t.text.lastIndexOf("\n", s.start - 1) + 1;
  if (t.text.slice(lineStart, s.start).trim() !== "") return undefined;
  const colon = /^([^:\n]{1,60}?)\s*(?:\*\*)?\s*(?::|\s[-–—])\s*(?:\*\*)?\s*(\S)?/.exec(raw);
  if (colon?.[2] !== undefined) return heading(colon[1] ?? "", true);
  if (!s.ownLine) return undefined;
  if (s.endToken - s.firstToken > MAX_HEADING_WORDS) return undefined;
  if (/[.?!]$/.test(raw.trim()) && !/^#/.test(raw)) return undefined;
  return heading(raw, false);
}

function heading(label: string, inline: boolean): Heading | undefined {
  const clean = label.replace(MARKUP, "").trim();
  if (clean === "" || clean.split(/\s+/).length > MAX_HEADING_WORDS) return undefined;
  return { stems: compileTerm(clean).stems, inline };
}

/** Whether a heading names one of `names` ("Results", "## Outcome") exactly, word forms aside. */
export function headingMatches(h: Heading, names: readonly string[][]): boolean {
  return names.some((n) => n.length === h.stems.length && n.every((s, i) => s === h.stems[i]));
}
