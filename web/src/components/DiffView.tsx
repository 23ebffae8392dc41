import { classifyDiff } from "../lib/diff.ts";

/** The judge's expected-vs-received line diff, "-" lines (expected) and "+" lines (received) coloured. */
export function DiffView({ diff }: { diff: string }) {
  return (
    <figure className="output">
      <figcaption>Difference (- expected, + received)</figcaption>
      <pre className="diff">
        {classifyDiff(diff).map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fixed diff; they may repeat.
          <span key={i} className={`diff-line diff-${line.kind}`}>
            {line.text}
            {"\n"}
          </span>
        ))}
      </pre>
    </figure>
  );
}
