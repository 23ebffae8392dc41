/**
 * Merges overlapping or touching closed intervals. Returns new intervals sorted by start;
 * does not modify the input. Throws RangeError("invalid interval ...") when start > end.
 */
export function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  throw new Error("Not implemented");
}
