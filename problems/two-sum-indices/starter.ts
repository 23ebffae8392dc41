/**
 * Returns [i, j] with i < j and nums[i] + nums[j] === target, choosing the smallest j,
 * then the smallest i; or null when no such pair exists.
 */
export function twoSumIndices(nums: number[], target: number): [number, number] | null {
  throw new Error("Not implemented");
}
