export interface Streak {
  start: number;
  length: number;
}

/** The longest run of consecutive views without a repeated page (earliest on ties). */
export function longestFreshStreak(pages: string[]): Streak {
  return { start: 0, length: 0 };
}
