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
  return null;
}
