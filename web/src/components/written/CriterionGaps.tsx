interface RedFlag {
  quote: string;
  start?: number | undefined;
  reason: string;
}

/** Under a criterion of a scorecard: the red flags found in the answer, and what it left out. */
export function CriterionGaps({ redFlags, missing }: { redFlags: readonly RedFlag[]; missing: readonly string[] }) {
  return (
    <>
      {redFlags.length > 0 && (
        <ul className="red-flags">
          {redFlags.map((f) => (
            <li key={`${f.quote}-${f.start}`}>
              Red flag: “{f.quote}” — {f.reason}
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && <p>Missing: {missing.join(", ")}.</p>}
    </>
  );
}
