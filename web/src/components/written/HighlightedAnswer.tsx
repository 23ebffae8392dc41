import { type Highlight, splitHighlights } from "../../lib/highlight.ts";

/** The answer as sent, with the quotes that earned (or cost) points marked. */
export function HighlightedAnswer({ text, highlights, label }: { text: string; highlights: readonly Highlight[]; label: string }) {
  return (
    <section className="highlighted-answer" aria-label={label}>
      {splitHighlights(text, highlights).map((piece, i) =>
        piece.highlight ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and never reorder.
          <mark key={i} className={`mark-${piece.highlight.tone}`} title={piece.highlight.label}>
            {piece.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and never reorder.
          <span key={i}>{piece.text}</span>
        ),
      )}
    </section>
  );
}
