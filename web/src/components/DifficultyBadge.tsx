const LABELS = { easy: "Easy", medium: "Medium", hard: "Hard" } as const;

export type Difficulty = keyof typeof LABELS;

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return <span className={`badge badge-${difficulty}`}>{LABELS[difficulty]}</span>;
}
