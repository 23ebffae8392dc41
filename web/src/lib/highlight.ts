/** A span of the answer to mark, with what it shows. */
export interface Highlight {
  start: number;
  end: number;
  label: string;
  /** A class for the mark: what kind of evidence it is. */
  tone: string;
}

export type Piece = { text: string; highlight?: Highlight };

/**
 * The answer cut into plain and marked pieces. Highlights out of range are dropped; where two
 * overlap, the earlier (then the longer) wins, so each character is marked at most once.
 */
export function splitHighlights(text: string, highlights: readonly Highlight[]): Piece[] {
  const valid = highlights
    .filter((h) => Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end <= text.length && h.start < h.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  let at = 0;
  for (const h of valid) {
    if (h.start < at) continue;
    if (h.start > at) pieces.push({ text: text.slice(at, h.start) });
    pieces.push({ text: text.slice(h.start, h.end), highlight: h });
    at = h.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
