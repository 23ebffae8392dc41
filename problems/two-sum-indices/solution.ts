/**
 * Returns [i, j] with i < j and nums[i] + nums[j] === target, choosing the smallest j,
 * then the smallest i; or null when no such pair exists.
 */
export function twoSumIndices(nums: number[], target: number): [number, number] | null {
  // value -> first index where it appears (never overwritten, so i is the smallest)
  const firstIndex = new Map<number, number>();
  for (let j = 0; j < nums.length; j++) {
    const value = nums[j]!;
    const i = firstIndex.get(target - value);
    if (i !== undefined) return [i, j];
    if (!firstIndex.has(value)) firstIndex.set(value, j);
  }
  return null;
}
