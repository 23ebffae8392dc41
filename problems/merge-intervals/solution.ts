/**
 * Merges overlapping or touching closed intervals. Returns new intervals sorted by start;
 * does not modify the input. Throws RangeError("invalid interval ...") when start > end.
 */
export function mergeIntervals(intervals: Array<[number, number]>): Array<[number, number]> {
  for (const [start, end] of intervals) {
    if (start > end) throw new RangeError(`invalid interval [${start}, ${end}]: start is after end`);
  }

  // Sort a shallow copy numerically (the default sort compares strings: "10" < "2").
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);

  // Output windows are fresh tuples, so extending one never touches the caller's data.
  const merged: Array<[number, number]> = [];
  for (const [start, end] of byStart) {
    const current = merged.at(-1);
    if (current !== undefined && start <= current[1]) {
      current[1] = Math.max(current[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
