/** The index of target in a rotated strictly increasing array, or -1, in O(log n). */
export function findSequence(log: number[], target: number): number {
  let lo = 0;
  let hi = log.length - 1;
  while (lo <= hi) {
    const mid = lo + ((hi - lo) >> 1);
    const value = log[mid]!;
    if (value === target) return mid;
    if (log[lo]! <= value) {
      // [lo, mid] is sorted (no wrap inside it).
      if (log[lo]! <= target && target < value) hi = mid - 1;
      else lo = mid + 1;
    } else {
      // Otherwise [mid, hi] is sorted.
      if (value < target && target <= log[hi]!) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}
