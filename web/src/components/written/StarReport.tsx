import type { AnswerResult } from "../../lib/api.ts";

type Score = AnswerResult["score"];

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** How a story is told: STAR parts, share of action, ownership, numbers, delivery, competencies. */
export function StarReport({ score }: { score: Score }) {
  const { star, delivery, competencies } = score;
  const quantities = [...new Set(score.criteria.flatMap((c) => c.evidence.filter((e) => e.signal === "quantity").map((e) => e.label)))];
  return (
    <section className="star-report" aria-label="How the story is told">
      {star && (
        <>
          <ul className="star-parts">
            {star.parts.map((p) => (
              <li key={p.part} className={`star-${p.part.toLowerCase()}`}>
                {p.part}: {p.present ? "present" : "missing"}
              </li>
            ))}
          </ul>
          <p>
            Action share: {percent(star.actionShare)}. Ownership:{" "}
            {star.ownership.share === null ? "no “I” or “we” in the actions" : `${percent(star.ownership.share)} “I” (${star.ownership.i} I, ${star.ownership.we} we)`}.
          </p>
        </>
      )}
      <p>Quantified result: {quantities.length > 0 ? quantities.join(", ") : "no numbers found"}.</p>
      <p>
        Speaking time: {Math.round(delivery.speakingSeconds.min)}–{Math.round(delivery.speakingSeconds.max)} s ({delivery.words} words). Filler words:{" "}
        {delivery.fillers.length > 0 ? delivery.fillers.map((f) => `${f.filler} ×${f.count}`).join(", ") : "none"}.
      </p>
      {competencies && competencies.length > 0 && (
        <p>
          Competencies evidenced:{" "}
          {competencies
            .filter((c) => c.shown)
            .map((c) => c.name)
            .join(", ") || "none yet"}
          {competencies.some((c) => !c.shown) && `; not shown: ${competencies.filter((c) => !c.shown).map((c) => c.name).join(", ")}`}.
        </p>
      )}
    </section>
  );
}

/** What changed since the attempt before: the total and each criterion's level. */
export function Improvement({ previous, current }: { previous: Score; current: Score }) {
  const delta = current.total - previous.total;
  const changed = current.criteria.flatMap((c) => {
    const before = previous.criteria.find((p) => p.id === c.id);
    return before && before.level !== c.level ? [`${c.title}: ${before.level} → ${c.level}`] : [];
  });
  return (
    <section className="improvement" aria-label="Since your last attempt">
      <p>
        Since your last attempt: {delta > 0 ? `+${delta}` : delta} points ({previous.total} → {current.total}).
        {changed.length > 0 ? ` ${changed.join("; ")}.` : " No criterion changed level."}
      </p>
    </section>
  );
}
