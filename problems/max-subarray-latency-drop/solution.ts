export interface LatencyDrop {
  drop: number;
  start: number;
  end: number;
}

/**
 * The non-empty run of consecutive deploys with the largest total saving; ties go to the
 * shortest run, then the earliest. null for no deploys.
 */
export function biggestLatencyDrop(saved: number[]): LatencyDrop | null {
  if (saved.length === 0) return null;
  // Kadane's algorithm: `current` is the best run ending at deploy i (shortest on ties).
  let currentDrop = saved[0]!;
  let currentStart = 0;
  let best: LatencyDrop = { drop: currentDrop, start: 0, end: 0 };
  for (let i = 1; i < saved.length; i++) {
    // Extend only if that is strictly better than deploy i alone: on a tie, alone is shorter.
    if (currentDrop > 0) {
      currentDrop += saved[i]!;
    } else {
      currentDrop = saved[i]!;
      currentStart = i;
    }
    const length = i - currentStart + 1;
    if (currentDrop > best.drop || (currentDrop === best.drop && length < best.end - best.start + 1)) {
      best = { drop: currentDrop, start: currentStart, end: i };
    }
  }
  return best;
}
