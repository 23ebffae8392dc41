import { useState } from "react";

/** Hints are revealed one at a time, in order, as the problem format promises. */
export function Hints({ hints }: { hints: string[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <section className="hints" aria-labelledby="hints-heading">
      <h2 id="hints-heading">Hints</h2>
      {shown > 0 && (
        <ol>
          {hints.slice(0, shown).map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ol>
      )}
      {shown < hints.length && (
        <button type="button" className="secondary" onClick={() => setShown(shown + 1)}>
          Show hint {shown + 1} of {hints.length}
        </button>
      )}
    </section>
  );
}
