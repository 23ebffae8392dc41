export interface Streak {
  start: number;
  length: number;
}

/** The longest run of consecutive views without a repeated page (earliest on ties). */
export function longestFreshStreak(pages: string[]): Streak {
  const lastSeen = new Map<string, number>();
  let best: Streak = { start: 0, length: 0 };
  let start = 0; // the window [start, i] never holds a page twice
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]!;
    const previous = lastSeen.get(page);
    // Only a previous view INSIDE the window forces it to shrink; never move start back.
    if (previous !== undefined && previous >= start) start = previous + 1;
    lastSeen.set(page, i);
    const length = i - start + 1;
    if (length > best.length) best = { start, length }; // strictly longer: earliest wins ties
  }
  return best;
}
