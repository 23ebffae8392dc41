/** A line of the judge's diff, by what it shows: only in the expected value, only in the received one, or both. */
export type DiffLineKind = "expected" | "received" | "same";

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
}

/**
 * Splits the judge's line diff ("- Expected  - 2" / "+ Received  + 1" legend, then "- ",
 * "+ " and "  " lines) so the page can colour it. The +/- signs stay in the text, so the
 * colour is never the only cue.
 */
export function classifyDiff(diff: string): DiffLine[] {
  return diff.split("\n").map((text) => ({ kind: text.startsWith("-") ? "expected" : text.startsWith("+") ? "received" : "same", text }));
}
